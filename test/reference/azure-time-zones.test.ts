// Schedule time zones as azurerm accepts them (lib/reference/azure-time-zones.ts), checked at synth time.
import { EntraRole, ExchangeOnlineAutomation, RunbookScript, ScheduleFrequency } from '../../lib';
import { newStackWithProviders, synthJson } from '../support/helpers';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };

function exo(stack = newStackWithProviders()) {
  return new ExchangeOnlineAutomation(stack, 'exo', {
    organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER],
    connectionCheckRunbook: false,
  });
}

describe('provider rules at synth time', () => {
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
});
