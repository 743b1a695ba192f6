// The JSON-driven tenants example: someone who never writes TypeScript edits tenants.json, so every
// mistake must come back as a message that names the JSON path and the rule.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { TENANTS_FILE } from '../support/tenants-file';
import { TenantStacks } from '../../lib';

const original = JSON.parse(readFileSync(TENANTS_FILE, 'utf8'));

/** Writes a changed copy of tenants.json (scripts resolve against the original folder) and loads it. */
function withChange(change: (config: any) => void): () => unknown {
  const config = JSON.parse(JSON.stringify(original));
  change(config);
  for (const tenant of config.tenants ?? []) {
    for (const runbook of tenant.runbooks ?? []) {
      runbook.file = join(TENANTS_FILE, '..', runbook.file);
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'exo-tenants-')), 'tenants.json');
  writeFileSync(file, JSON.stringify(config));
  return () => TenantStacks.fromFile(Testing.app(), file);
}

describe('tenants.json', () => {
  test('a tenant on "runtime": "7.6" gets a PowerShell-7-6 runtime environment with ExchangeOnlineManagement 3.10.1', () => {
    const stacks = withChange((c) => { c.tenants[1].runtime = '7.6'; delete c.tenants[1].exchangeModuleVersion; })() as any[];
    const json = JSON.parse(Testing.synth(stacks[1]));
    expect(Object.values(json.resource.azurerm_automation_runtime_environment)).toEqual([
      expect.objectContaining({ name: 'PowerShell-7-6', runtime_version: '7.6' })]);
    expect(Object.values(json.resource.azurerm_automation_runtime_environment_package)).toEqual([
      expect.objectContaining({ name: 'ExchangeOnlineManagement', content_version: '3.10.1' })]);
  });

  test.each([
    ['an unknown role', (c: any) => { c.tenants[0].roles = ['Exchange Admin']; }, 'tenants[0].roles[0] "Exchange Admin" must be one of: Compliance Administrator'],
    ['a runtime that does not exist', (c: any) => { c.tenants[1].runtime = '7.3'; }, 'tenants[1].runtime must be "5.1", "7.2", "7.4" or "7.6" (found "7.3")'],
    ['the same tenant name twice', (c: any) => { c.tenants[1].name = 'contoso'; }, 'tenants.json: tenants[1].name "contoso" is also tenants[0].name; each tenant needs its own name (it names the stack exo-contoso and its state blob exchange-online/contoso.tfstate, which two tenants would overwrite)'],
    ['a tenant name with capitals', (c: any) => { c.tenants[0].name = 'Contoso'; }, 'tenants[0].name "Contoso" must be 1-40 lowercase letters'],
    ['no state location', (c: any) => { delete c.state; }, 'state is required'],
    ['a user-assigned identity without a name', (c: any) => { delete c.tenants[1].userAssignedIdentityName; }, 'tenants[1].userAssignedIdentityName (missing) must be a string'],
    ['an identity kind with a typo', (c: any) => { c.tenants[0].identity = 'system'; }, 'tenants[0].identity "system" must be one of "system-assigned", "user-assigned"'],
    ['a schedule frequency in lowercase', (c: any) => { c.tenants[0].runbooks[0].schedule.frequency = 'day'; }, 'tenants[0].runbooks[0].schedule.frequency "day" must be one of OneTime, Hour, Day, Week, Month'],
    ['no tenants', (c: any) => { c.tenants = []; }, 'tenants must list at least one tenant'],
    ['a module version that cannot run on the runtime', (c: any) => { c.tenants[1].runtime = '7.2'; }, 'tenants.json: tenants[1].exchangeModuleVersion "3.9.2" does not load on PowerShell 7.2'],
    ['a field name with a typo', (c: any) => { c.tenants[0].rolez = c.tenants[0].roles; }, 'tenants[0].rolez is not a known field; the known fields are name, tenantId'],
    ['a tenant id that is not a GUID', (c: any) => { c.tenants[0].tenantId = 'contoso'; }, 'tenants[0].tenantId "contoso" must be a GUID'],
    ['a state that is not an object', (c: any) => { c.state = 'rg-terraform-state'; }, 'state must be a JSON object (found "rg-terraform-state")'],
    ['a user-assigned identity name on a system-assigned tenant', (c: any) => { c.tenants[0].userAssignedIdentityName = 'id-x'; }, 'tenants.json: tenants[0].userAssignedIdentityName "id-x" is only for identity "user-assigned"'],
    ['an organization that is not an onmicrosoft.com domain', (c: any) => { c.tenants[0].organization = 'contoso.com'; }, 'tenants.json: tenants[0].organization "contoso.com" must be the tenant\'s initial domain'],
    // Values the constructs would refuse are refused here, under the field's JSON path.
    ['a resource group name ending with a period', (c: any) => { c.tenants[0].resourceGroupName = 'rg.'; }, 'tenants.json: tenants[0].resourceGroupName "rg." must be 1-90 letters'],
    ['an account name of 5 characters', (c: any) => { c.tenants[1].automationAccountName = 'aa-ex'; }, 'tenants.json: tenants[1].automationAccountName "aa-ex" must be 6-50 letters'],
    ['an identity name with a dot', (c: any) => { c.tenants[1].userAssignedIdentityName = 'id.exo'; }, 'tenants.json: tenants[1].userAssignedIdentityName "id.exo" must be 3-128 letters'],
    ['Global Administrator without the acknowledgement', (c: any) => { c.tenants[0].roles = ['Global Administrator']; }, 'tenants.json: tenants[0].roles[0] "Global Administrator" is refused by default: Global Administrator gives the identity full control of the tenant. Use a least-privilege role (Exchange Recipient Administrator, Exchange Administrator, Global Reader) or set acknowledgeGlobalAdministratorGrantsFullTenantControl: true on tenants[0]'],
    ['Global Administrator with an acknowledgement that is not true', (c: any) => { c.tenants[0].roles = ['Global Administrator']; c.tenants[0].acknowledgeGlobalAdministratorGrantsFullTenantControl = 'yes'; }, 'tenants.json: tenants[0].acknowledgeGlobalAdministratorGrantsFullTenantControl "yes" must be true or false'],
    ['roles that are not a list', (c: any) => { c.tenants[0].roles = 'Global Reader'; }, 'tenants.json: tenants[0].roles "Global Reader" must be a list of role names, e.g. ["Global Reader"] (empty for none)'],
    ['a module version for another runtime, naming the runtimes as the file writes them', (c: any) => { c.tenants[1].exchangeModuleVersion = '3.0.0'; }, 'tenants.json: tenants[1].exchangeModuleVersion "3.0.0" does not load on PowerShell 7.4: ExchangeOnlineManagement 3.0.0 to 3.4.0 support PowerShell 7.2.0 to 7.3.7 (.NET 6.0). Use version 3.9.2 on PowerShell 7.4, or runtime "7.2" or "5.1" with this version'],
    ['a suppression of a rule that does not exist', (c: any) => { c.tenants[0].suppressions = [{ ruleId: 'EXO99', reason: 'accepted by the mail team' }]; }, 'tenants.json: tenants[0].suppressions[0].ruleId "EXO99" must be one of EXO1, EXO2'],
    ['a suppression with a short reason', (c: any) => { c.tenants[0].suppressions = [{ ruleId: 'EXO6', reason: 'ok' }]; }, 'tenants.json: tenants[0].suppressions[0].reason "ok" must explain the decision in at least 10 characters'],
    ['a suppression without a reason', (c: any) => { c.tenants[0].suppressions = [{ ruleId: 'EXO6' }]; }, 'tenants.json: tenants[0].suppressions[0].reason (missing) must explain the decision in at least 10 characters'],
    ['a suppression with an unknown field', (c: any) => { c.tenants[0].suppressions = [{ ruleId: 'EXO6', reason: 'accepted by the mail team', until: '2027' }]; }, 'tenants.json: tenants[0].suppressions[0].until "2027" is not a known field; the known fields are ruleId, reason'],
    ['one rule suppressed twice', (c: any) => { c.tenants[0].suppressions = [{ ruleId: 'EXO6', reason: 'accepted by the mail team' }, { ruleId: 'EXO6', reason: 'accepted by the mail team' }]; }, 'tenants.json: tenants[0].suppressions[1].ruleId "EXO6" is suppressed twice in this tenant'],
    ['two tenants with one resource group and Automation account in one subscription', (c: any) => {
      Object.assign(c.tenants[1], { subscriptionId: c.tenants[0].subscriptionId.toUpperCase(), resourceGroupName: 'RG-EXO-CONTOSO', automationAccountName: 'aa-exo-contoso' });
    }, 'tenants.json: tenants[1].resourceGroupName "RG-EXO-CONTOSO" in subscription 22222222-2222-2222-2222-222222222222 is also tenants[0].resourceGroupName, and tenants[1].automationAccountName "aa-exo-contoso" is the same Automation account in it, so two state files would manage one resource group'],
    ['two tenants with one resource group in one subscription', (c: any) => {
      Object.assign(c.tenants[1], { subscriptionId: c.tenants[0].subscriptionId, resourceGroupName: 'rg-exo-contoso' });
    }, 'tenants.json: tenants[1].resourceGroupName "rg-exo-contoso" in subscription 22222222-2222-2222-2222-222222222222 is also tenants[0].resourceGroupName so two state files would manage one resource group (each tenant\'s stack creates its resource group and everything in it); give each tenant its own resource group'],
    ['a runbook file that does not exist', (c: any) => { c.tenants[0].runbooks[0].file = 'missing.ps1'; }, 'tenants[0].runbooks[0].file'],
    ['a runbook name with a space', (c: any) => { c.tenants[0].runbooks[0].name = 'Get Report'; }, 'tenants.json: tenants[0].runbooks[0].name "Get Report" must be 1-63 letters'],
    ['a schedule interval of 0', (c: any) => { c.tenants[0].runbooks[0].schedule.interval = 0; }, 'tenants.json: tenants[0].runbooks[0].schedule.interval 0 must be a whole number from 1 to 100'],
    ['a parameter name with a hyphen', (c: any) => { c.tenants[1].runbooks[0].parameters[0].name = 'Days-Inactive'; }, 'tenants.json: tenants[1].runbooks[0].parameters[0].name "Days-Inactive" must be a PowerShell parameter name'],
    ['a schedule parameter the runbook does not declare', (c: any) => { c.tenants[1].runbooks[0].schedule.parameters = { DaysInactive: '90', Other: '1' }; }, 'tenants.json: tenants[1].runbooks[0].schedule.parameters "Other" is not a parameter of the runbook'],
    ['a time zone azurerm does not know', (c: any) => { c.tenants[0].runbooks[0].schedule.timezone = 'Europe/Atlantis'; }, 'tenants.json: tenants[0].runbooks[0].schedule.timezone "Europe/Atlantis" must be one of the time zones'],
    ['two runbooks with one name', (c: any) => { c.tenants[0].runbooks.push({ ...c.tenants[0].runbooks[0] }); }, 'tenants.json: tenants[0].runbooks[1].name "Get-SharedMailboxReport" is used twice in this tenant'],
  ])('rejects %s with a message that names the field', (_what, change, message) => {
    expect(withChange(change)).toThrow(message);
  });

  test('reports every problem of the file, each with the file and its JSON path', () => {
    const load = withChange((c) => {
      c.tenants[0].runtime = '7.3';
      c.tenants[0].roles = ['Exchange Admin', 'Global Reader'];
      c.tenants[0].rolez = [];
      c.tenants[1].tenantId = 'fabrikam';
      c.tenants[1].organization = 'fabrikam.com';
      c.tenants[1].runbooks[0].schedule.interval = 0;
      c.state.containerName = '';
    });
    let message = '';
    try {
      load();
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines.map((line) => line.replace(/^.*tenants\.json: /, ''))).toEqual([
      'state.containerName "" must not be empty',
      'tenants[0].rolez is not a known field; the known fields are name, tenantId, subscriptionId, organization, location, resourceGroupName, automationAccountName, identity, userAssignedIdentityName, roles, runtime, exchangeModuleVersion, runbooks, acknowledgeGlobalAdministratorGrantsFullTenantControl, suppressions',
      'tenants[0].roles[0] "Exchange Admin" must be one of: Compliance Administrator, Exchange Administrator, Exchange Recipient Administrator, Global Administrator, Global Reader, Helpdesk Administrator, Security Administrator, Security Reader',
      'tenants[0].runtime must be "5.1", "7.2", "7.4" or "7.6" (found "7.3")',
      'tenants[1].tenantId "fabrikam" must be a GUID: 8-4-4-4-12 hexadecimal digits such as 11111111-2222-3333-4444-555555555555 (not the nil GUID)',
      'tenants[1].organization "fabrikam.com" must be the tenant\'s initial domain, <name>.onmicrosoft.com (e.g. contoso.onmicrosoft.com), as Connect-ExchangeOnline -Organization expects',
      'tenants[1].runbooks[0].schedule.interval 0 must be a whole number from 1 to 100',
    ]);
    expect(lines.every((line) => /^\S*tenants\.json: /.test(line))).toBe(true);
  });

  test('"roles": [] is accepted (the stack warns, EXO11) and Global Administrator with the acknowledgement', () => {
    expect(withChange((c) => { c.tenants[0].roles = []; })).not.toThrow();
    expect(withChange((c) => {
      c.tenants[0].roles = ['Global Administrator'];
      c.tenants[0].acknowledgeGlobalAdministratorGrantsFullTenantControl = true;
      c.tenants[0].suppressions = [{ ruleId: 'EXO6', reason: 'break-glass tenant, reviewed by security' }];
    })).not.toThrow();
  });
});
