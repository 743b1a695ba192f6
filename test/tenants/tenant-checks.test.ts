// The checks of one tenant and of the state location (lib/tenants/tenant-checks.ts), shared by TenantStack
// (a construct: messages name TypeScript values) and TenantsConfig (a file's name: messages name the
// file's values). Each problem goes to the report under its JSON path, so a file's reader lists them all.
import { Testing, TerraformStack } from 'cdktf';
import { TENANTS_FILE } from '../support/tenants-file';
import { EntraRole, PowerShellRuntime, TenantsConfig } from '../../lib';
import { checkTenant, checkTenantsState } from '../../lib/tenants/tenant-checks';

/** The example's second tenant (user-assigned, 7.4, one runbook with a parameter), changed by `change`. */
function tenant(change: (t: any) => void = () => undefined): any {
  const t: any = { ...TenantsConfig.load(TENANTS_FILE).tenants[1] };
  change(t);
  return t;
}

/** What the checks report (`<path> => <message>`), for a file (`tenants.json`) or a construct (`exo-x`). */
function problems(check: (scope: any, report: (at: string, e: Error) => void) => void, inFile = true): string[] {
  const found: string[] = [];
  check(inFile ? 'tenants.json' : new TerraformStack(Testing.app(), 'exo-x'), (at, error) => found.push(`${at} => ${error.message}`));
  return found;
}

const ofTenant = (t: any, inFile = true) => problems((scope, report) => checkTenant(scope, 'tenants[1]', t, report), inFile);

describe('checkTenant', () => {
  test('a valid tenant reports nothing', () => {
    expect(ofTenant(tenant())).toEqual([]);
    expect(ofTenant(tenant(), false)).toEqual([]);
  });

  test('reports every problem, each under its path, and goes on after each', () => {
    expect(ofTenant(tenant((t) => {
      t.name = 'Fabrikam';
      t.tenantId = 'fabrikam';
      t.userAssignedIdentityName = 'id.exo';
      t.roles = [EntraRole.GLOBAL_READER, 'Global Reader'];
      t.suppressions = [{ ruleId: 'EXO6', reason: 'ok' }];
    }))).toEqual([
      'tenants[1].name => tenants.json: tenants[1].name "Fabrikam" must be 1-40 lowercase letters, digits or hyphens (it names the stack and its state blob)',
      'tenants[1].tenantId => tenants.json: tenants[1].tenantId "fabrikam" must be a GUID: 8-4-4-4-12 hexadecimal digits such as 11111111-2222-3333-4444-555555555555 (not the nil GUID)',
      expect.stringMatching(/^tenants\[1\]\.userAssignedIdentityName => tenants\.json: tenants\[1\]\.userAssignedIdentityName "id\.exo" must be 3-128 letters/),
      'tenants[1].roles[1] => tenants.json: tenants[1].roles[1] "Global Reader" must be an EntraRole, e.g. EntraRole.GLOBAL_READER',
      'tenants[1].suppressions[0].reason => tenants.json: tenants[1].suppressions[0].reason "ok" must explain the decision in at least 10 characters',
    ]);
  });

  test('a tenant that is not an object is reported once, at its path', () => {
    expect(ofTenant('fabrikam')).toEqual(['tenants[1] => tenants.json: tenants[1] "fabrikam" must be an object with the documented properties']);
  });

  test('a file is told about role names and runtimes as it writes them; code about EntraRole and PowerShellRuntime values', () => {
    const notAList = tenant((t) => { t.roles = 'Global Reader'; });
    expect(ofTenant(notAList)).toEqual(['tenants[1].roles => tenants.json: tenants[1].roles "Global Reader" must be a list of role names, e.g. ["Global Reader"] (empty for none)']);
    expect(ofTenant(notAList, false)).toEqual(['tenants[1].roles => exo-x: tenants[1].roles "Global Reader" must be a list of EntraRole values']);
    const oldRuntime = tenant((t) => { t.runtime = PowerShellRuntime.V7_2; });
    const advice = 'tenants[1].exchangeModuleVersion "3.9.2" does not load on PowerShell 7.2: ExchangeOnlineManagement 3.5.0 to 3.9.2 need PowerShell 7.4.0 or later (.NET 8.0). Use version 3.4.0 on PowerShell 7.2, or runtime';
    expect(ofTenant(oldRuntime)).toEqual([`tenants[1].exchangeModuleVersion => tenants.json: ${advice} "7.4" or "5.1" with this version`]);
    expect(ofTenant(oldRuntime, false)).toEqual([`tenants[1].exchangeModuleVersion => exo-x: ${advice} PowerShellRuntime.V7_6 or V7_4 or V5_1 with this version`]);
  });

  test('the module version is checked only against a known runtime', () => {
    expect(ofTenant(tenant((t) => { t.runtime = '7.4'; }))).toEqual([
      'tenants[1].runtime => tenants.json: tenants[1].runtime "7.4" must be a PowerShellRuntime, e.g. PowerShellRuntime.V5_1',
    ]);
  });

  test('Global Administrator is refused without the acknowledgement on the tenant, and allowed with it', () => {
    expect(ofTenant(tenant((t) => { t.roles = [EntraRole.GLOBAL_ADMINISTRATOR]; }))).toEqual([
      expect.stringMatching(/^tenants\[1\]\.roles\[0\] => tenants\.json: tenants\[1\]\.roles\[0\] "Global Administrator" is refused by default: .* acknowledgeGlobalAdministratorGrantsFullTenantControl: true on tenants\[1\]$/),
    ]);
    expect(ofTenant(tenant((t) => { t.roles = [EntraRole.GLOBAL_ADMINISTRATOR]; t.acknowledgeGlobalAdministratorGrantsFullTenantControl = true; }))).toEqual([]);
  });

  test('a user-assigned identity name only with identity "user-assigned"', () => {
    expect(ofTenant(tenant((t) => { t.identity = 'system-assigned'; }))).toEqual([
      'tenants[1].userAssignedIdentityName => tenants.json: tenants[1].userAssignedIdentityName "id-exo-fabrikam" is only for identity "user-assigned"',
    ]);
    expect(ofTenant(tenant((t) => { t.identity = 'system-assigned'; delete t.userAssignedIdentityName; }))).toEqual([]);
  });

  test('suppressions: a list of known rules, each once, with a reason, and no other field', () => {
    const reason = 'accepted by the mail team';
    expect(ofTenant(tenant((t) => { t.suppressions = { ruleId: 'EXO6', reason }; }))).toEqual([
      `tenants[1].suppressions => tenants.json: tenants[1].suppressions {"ruleId":"EXO6","reason":"${reason}"} must be a list of { "ruleId": "EXO6", "reason": "why the finding is acceptable" }`,
    ]);
    expect(ofTenant(tenant((t) => { t.suppressions = ['EXO6', { ruleId: 'EXO6', reason }, { ruleId: 'EXO6', reason, until: '2027' }]; }))).toEqual([
      'tenants[1].suppressions[0] => tenants.json: tenants[1].suppressions[0] "EXO6" must be an object { "ruleId": ..., "reason": ... }',
      'tenants[1].suppressions[2].ruleId => tenants.json: tenants[1].suppressions[2].ruleId "EXO6" is suppressed twice in this tenant',
      'tenants[1].suppressions[2].until => tenants.json: tenants[1].suppressions[2].until "2027" is not a known field; the known fields are ruleId, reason',
    ]);
  });

  test('runbooks: names unique in any case; a schedule is not checked against parameters that are wrong themselves', () => {
    expect(ofTenant(tenant((t) => { t.runbooks = [t.runbooks[0], { ...t.runbooks[0], name: 'get-inactivemailboxes' }]; }))).toEqual([
      'tenants[1].runbooks[1].name => tenants.json: tenants[1].runbooks[1].name "get-inactivemailboxes" is used twice in this tenant; each runbook of an account needs its own name',
    ]);
    const wrongParameter = tenant((t) => {
      t.runbooks = [{ ...t.runbooks[0], parameters: [{ name: 'Days-Inactive', type: 'int' }], schedule: { ...t.runbooks[0].schedule, parameters: { Other: '1' } } }];
    });
    expect(ofTenant(wrongParameter)).toEqual([
      expect.stringMatching(/^tenants\[1\]\.runbooks\[0\]\.parameters => tenants\.json: tenants\[1\]\.runbooks\[0\]\.parameters\[0\]\.name "Days-Inactive" must be a PowerShell parameter name/),
    ]);
    expect(ofTenant(tenant((t) => { t.runbooks = 'none'; }))).toEqual([
      'tenants[1].runbooks => tenants.json: tenants[1].runbooks "none" must be a list of runbooks (empty for none)',
    ]);
  });
});

describe('checkTenantsState', () => {
  test('every missing field of the state is reported; a state that is not an object once', () => {
    const ofState = (state: any) => problems((scope, report) => checkTenantsState(scope, 'state', state, report));
    expect(ofState({ resourceGroupName: 'rg', storageAccountName: 'st', containerName: 'tfstate' })).toEqual([]);
    expect(ofState({ storageAccountName: 'st' })).toEqual([
      'state.resourceGroupName => tenants.json: state.resourceGroupName (missing) must be a string',
      'state.containerName => tenants.json: state.containerName (missing) must be a string',
    ]);
    expect(ofState(null)).toEqual(['state => tenants.json: state null must be an object with the documented properties']);
  });
});
