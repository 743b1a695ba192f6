// One Terraform stack per tenant (lib/tenants/tenant-stack.ts): its providers signed in to the tenant, its
// own state blob, the tenant's resources and policy suppressions, and the first problem of a TenantConfig
// built in code, named by its path under `tenant`.
import { Testing } from 'cdktf';
import { TENANTS_FILE } from '../support/tenants-file';
import { resourcesOf, synthJson } from '../support/helpers';
import { PolicySuppressions, TenantsConfig, TenantStack, TenantStacks } from '../../lib';

/** The example's tenants and state, with tenant `index` changed by `change`. */
function props(index: number, change: (tenant: any) => void = () => undefined) {
  const config = TenantsConfig.load(TENANTS_FILE);
  const tenant: any = { ...config.tenants[index] };
  change(tenant);
  return { tenant, state: config.state };
}

describe('tenants.json', () => {
  test('the shipped file gives one stack per tenant', () => {
    const stacks = TenantStacks.fromFile(Testing.app(), TENANTS_FILE);
    expect(stacks.map((s) => s.node.id)).toEqual(['exo-contoso', 'exo-fabrikam']);
    expect(TenantsConfig.load(TENANTS_FILE).tenants.map((t) => t.roles.map((r) => r.displayName)))
      .toEqual([['Exchange Recipient Administrator'], ['Global Reader']]);
  });
});

describe('TenantStack', () => {
  test('signs both providers in to the tenant, registers no resource providers, and keeps its state in its own blob with Entra ID auth', () => {
    const json = synthJson(new TenantStack(Testing.app(), 'exo-fabrikam', props(1)));
    expect(json.provider.azurerm).toEqual([expect.objectContaining({
      tenant_id: '33333333-3333-3333-3333-333333333333', subscription_id: '44444444-4444-4444-4444-444444444444', resource_provider_registrations: 'none',
    })]);
    expect(json.provider.azuread).toEqual([expect.objectContaining({ tenant_id: '33333333-3333-3333-3333-333333333333' })]);
    expect(json.terraform.backend.azurerm).toEqual({
      resource_group_name: 'rg-terraform-state', storage_account_name: 'stexoterraformstate', container_name: 'tfstate',
      key: 'exchange-online/fabrikam.tfstate', use_azuread_auth: true,
    });
  });

  test('creates the resource group, the user-assigned identity when the tenant asks for one, and a runbook per runbook of the tenant (after the connection test)', () => {
    const fabrikam = synthJson(new TenantStack(Testing.app(), 'exo-fabrikam', props(1)));
    expect(Object.values(resourcesOf(fabrikam, 'azurerm_resource_group'))).toEqual([expect.objectContaining({ name: 'rg-exo-fabrikam', location: 'northeurope' })]);
    expect(Object.values(resourcesOf(fabrikam, 'azurerm_user_assigned_identity')).map((i: any) => i.name)).toEqual(['id-exo-fabrikam']);
    expect(Object.values(resourcesOf(fabrikam, 'azurerm_automation_account')).map((a: any) => a.name)).toEqual(['aa-exo-fabrikam']);
    expect(Object.values(resourcesOf(fabrikam, 'azurerm_automation_runbook')).map((r: any) => r.name)).toEqual(['Test-ExchangeOnlineConnection', 'Get-InactiveMailboxes']);
    const contoso = synthJson(new TenantStack(Testing.app(), 'exo-contoso', props(0)));
    expect(resourcesOf(contoso, 'azurerm_user_assigned_identity')).toEqual({});
    expect(Object.values(resourcesOf(contoso, 'azurerm_automation_runbook')).map((r: any) => r.name)).toEqual(['Test-ExchangeOnlineConnection', 'Get-SharedMailboxReport']);
  });

  test('the tenant\'s suppressions are added to the stack; an empty role list suppresses EXO2 (warned as EXO11) unless the tenant does', () => {
    const reviewed = { ruleId: 'EXO6', reason: 'reviewed by the security team' };
    const stack = new TenantStack(Testing.app(), 'exo-fabrikam', props(1, (t) => { t.suppressions = [reviewed]; }));
    expect(PolicySuppressions.find(stack, 'EXO6')).toEqual(reviewed);
    expect(PolicySuppressions.find(stack, 'EXO2')).toBeUndefined();
    const empty = new TenantStack(Testing.app(), 'exo-fabrikam', props(1, (t) => { t.roles = []; }));
    expect(PolicySuppressions.find(empty, 'EXO2')).toEqual({ ruleId: 'EXO2', reason: 'roles is empty: the roles are assigned outside this stack (warned as EXO11)' });
    const own = { ruleId: 'EXO2', reason: 'the roles come from a group the identity joins' };
    const suppressed = new TenantStack(Testing.app(), 'exo-fabrikam', props(1, (t) => { t.roles = []; t.suppressions = [own]; }));
    expect(PolicySuppressions.find(suppressed, 'EXO2')).toEqual(own);
  });

  test('throws the first problem of the tenant, then of the state, named by its path', () => {
    expect(() => new TenantStack(Testing.app(), 'exo-x', props(1, (t) => { t.name = 'X'; t.tenantId = 'fabrikam'; })))
      .toThrow(/^exo-x: tenant\.name "X" must be 1-40 lowercase letters, digits or hyphens \(it names the stack and its state blob\)$/);
    expect(() => new TenantStack(Testing.app(), 'exo-x', props(1, (t) => { t.runbooks = [{ ...t.runbooks[0], schedule: { ...t.runbooks[0].schedule, interval: 0 } }]; })))
      .toThrow('exo-x: tenant.runbooks[0].schedule.interval 0 must be a whole number from 1 to 100');
    const { tenant, state } = props(1);
    expect(() => new TenantStack(Testing.app(), 'exo-x', { tenant, state: { ...state, containerName: 42 as any } }))
      .toThrow('exo-x: state.containerName 42 must be a string');
  });
});

describe('TenantStacks.fromFile', () => {
  test('adds one stack exo-<name> per tenant to the app, in the file\'s order', () => {
    const app = Testing.app();
    const stacks = TenantStacks.fromFile(app, TENANTS_FILE);
    expect(app.node.children.map((c) => c.node.id)).toEqual(['exo-contoso', 'exo-fabrikam']);
    expect(stacks.map((s) => s.tenant.name)).toEqual(['contoso', 'fabrikam']);
    expect(stacks.every((s) => s instanceof TenantStack)).toBe(true);
  });
});
