// Values the azurerm provider refuses must fail at synth time, by the provider's own rule (the source
// is cited next to each rule in lib/). Each case here passed synthesis before the rule was aligned.
import {
  AutomationAccountWithIdentity, ExchangeOnlineAutomation, EntraRole, PowerShellRuntime, PowerShellRuntimeEnvironment,
  RunbookScript, ScheduleFrequency, UserAssignedIdentity,
} from '../../lib';
import { newStackWithProviders, synthJson } from '../support/helpers';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

function exo(stack = newStackWithProviders()) {
  return new ExchangeOnlineAutomation(stack, 'exo', {
    organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER],
    connectionCheckRunbook: false,
  });
}

describe('provider rules at synth time', () => {
  test('an empty runtime environment description (azurerm: StringIsNotEmpty)', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', ...RG });
    expect(() => new PowerShellRuntimeEnvironment(stack, 'env', { account, runtime: PowerShellRuntime.V7_4, description: '' }))
      .toThrow('test/env: description "" must not be empty (azurerm refuses an empty description; leave it unset for the default)');
  });

  test('an identity ARM id in the wrong case (azurerm parses ids case-sensitively)', () => {
    const stack = newStackWithProviders();
    const lower = `${SUB}/resourcegroups/rg/providers/microsoft.managedidentity/userassignedidentities/id-exo`;
    expect(() => UserAssignedIdentity.fromAttributes(stack, 'id', {
      principalId: '11111111-1111-1111-1111-111111111111', clientId: '22222222-2222-2222-2222-222222222222', resourceId: lower,
    })).toThrow(`test/id: resourceId "${lower}" must be /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>, with that exact case`);
  });

  test.each([['europe/amsterdam'], ['Mars/Olympus_Mons'], ['CET ']])('a schedule timezone the provider does not list: %s', (timezone) => {
    const automation = exo();
    expect(() => automation.addRunbook('r', {
      name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n'), schedule: { frequency: ScheduleFrequency.DAY, timezone },
    })).toThrow(`test/exo/r: schedule.timezone "${timezone}" must be one of the time zones azurerm accepts, with that exact case (e.g. "Europe/Amsterdam", "Etc/UTC")`);
  });

  test('a listed timezone in its exact case is accepted', () => {
    const automation = exo();
    automation.addRunbook('r', {
      name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n'), schedule: { frequency: ScheduleFrequency.DAY, timezone: 'America/Argentina/Buenos_Aires' },
    });
    const schedules = synthJson(automation.node.scope as any).resource.azurerm_automation_schedule;
    expect(Object.values(schedules).map((s: any) => s.timezone)).toEqual(['America/Argentina/Buenos_Aires']);
  });

  test('more than 50 tags', () => {
    const stack = newStackWithProviders();
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'x']));
    expect(() => new UserAssignedIdentity(stack, 'id', { name: 'id-exo', ...RG, tags }))
      .toThrow('test/id: tags (51 tags) must have at most 50 entries (azurerm and Azure allow 50 tags per resource)');
  });

  test('tag lengths are counted in bytes, as the provider does', () => {
    const stack = newStackWithProviders();
    const value = 'é'.repeat(129); // 129 characters, 258 bytes in UTF-8
    expect(() => new UserAssignedIdentity(stack, 'id', { name: 'id-exo', ...RG, tags: { owner: value } }))
      .toThrow(`test/id: tags["owner"] "${value}" must be a string of at most 256 bytes in UTF-8 (258 bytes)`);
    const key = 'ü'.repeat(257); // 514 bytes
    expect(() => new UserAssignedIdentity(stack, 'id2', { name: 'id-exo2', ...RG, tags: { [key]: 'x' } }))
      .toThrow('must be 1-512 bytes in UTF-8 without < > % & \\ ? /');
    expect(() => new UserAssignedIdentity(stack, 'ok', { name: 'id-exo3', ...RG, tags: { owner: 'é'.repeat(128) } })).not.toThrow();
  });

  test('a location is whatever the provider accepts: not blank', () => {
    const stack = newStackWithProviders();
    expect(() => new UserAssignedIdentity(stack, 'id', { name: 'id-exo', resourceGroupName: 'rg', location: '   ' }))
      .toThrow('test/id: location "   " must not be empty');
    expect(() => new UserAssignedIdentity(stack, 'id2', { name: 'id-exo2', resourceGroupName: 'rg', location: 'eastus2euap' })).not.toThrow();
  });
});
