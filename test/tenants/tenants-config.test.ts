// The JSON-driven tenants example: someone who never writes TypeScript edits tenants.json, so every
// mistake must come back as a message that names the JSON path and the rule.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { DEFAULT_TENANTS_FILE } from '../../examples/tenants/main';
import { TenantsConfig, TenantStacks } from '../../lib';

const original = JSON.parse(readFileSync(DEFAULT_TENANTS_FILE, 'utf8'));

/** Writes a changed copy of tenants.json (scripts resolve against the original folder) and loads it. */
function withChange(change: (config: any) => void): () => unknown {
  const config = JSON.parse(JSON.stringify(original));
  change(config);
  for (const tenant of config.tenants ?? []) {
    for (const runbook of tenant.runbooks ?? []) {
      runbook.file = join(DEFAULT_TENANTS_FILE, '..', runbook.file);
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'exo-tenants-')), 'tenants.json');
  writeFileSync(file, JSON.stringify(config));
  return () => TenantStacks.fromFile(Testing.app(), file);
}

describe('tenants.json', () => {
  test('the shipped file gives one stack per tenant', () => {
    const stacks = TenantStacks.fromFile(Testing.app(), DEFAULT_TENANTS_FILE);
    expect(stacks.map((s) => s.node.id)).toEqual(['exo-contoso', 'exo-fabrikam']);
    expect(TenantsConfig.load(DEFAULT_TENANTS_FILE).tenants.map((t) => t.roles.map((r) => r.displayName)))
      .toEqual([['Exchange Recipient Administrator'], ['Global Reader']]);
  });

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
    ['the same tenant name twice', (c: any) => { c.tenants[1].name = 'contoso'; }, 'tenants[1].name "contoso" is used twice'],
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
    ['Global Administrator, which a file cannot acknowledge', (c: any) => { c.tenants[0].roles = ['Global Administrator']; }, 'tenants.json: tenants[0].roles[0] "Global Administrator" is refused by default'],
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
      'tenants[0].rolez is not a known field; the known fields are name, tenantId, subscriptionId, organization, location, resourceGroupName, automationAccountName, identity, userAssignedIdentityName, roles, runtime, exchangeModuleVersion, runbooks',
      'tenants[0].roles[0] "Exchange Admin" must be one of: Compliance Administrator, Exchange Administrator, Exchange Recipient Administrator, Global Administrator, Global Reader, Helpdesk Administrator, Security Administrator, Security Reader',
      'tenants[0].runtime must be "5.1", "7.2", "7.4" or "7.6" (found "7.3")',
      'tenants[1].tenantId "fabrikam" must be a GUID such as 00000000-0000-0000-0000-000000000000 (8-4-4-4-12 hexadecimal digits)',
      'tenants[1].organization "fabrikam.com" must be the tenant\'s initial domain, <name>.onmicrosoft.com (e.g. contoso.onmicrosoft.com), as Connect-ExchangeOnline -Organization expects',
      'tenants[1].runbooks[0].schedule.interval 0 must be a whole number from 1 to 100',
    ]);
    expect(lines.every((line) => /^\S*tenants\.json: /.test(line))).toBe(true);
  });

  test('a file that is not JSON stops at the first problem', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'exo-tenants-')), 'tenants.json');
    writeFileSync(file, '{ "tenants": [ }');
    expect(() => TenantsConfig.load(file)).toThrow(/^\S*tenants\.json: \(file\) must be JSON: [^\n]*$/);
  });
});
