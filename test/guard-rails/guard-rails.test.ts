import {
  AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExoAppRoleGrant,
  SystemAssignedIdentity, UserAssignedIdentity,
} from '../../lib';
import { dataSourcesOf, newStackWithProviders, onlyResource, resourcesOf, synthJson } from '../support/helpers';

const RG = { resourceGroupName: 'rg', location: 'westeurope' };
const EXO = { ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };

describe('replication wait', () => {
  test('grants and role bindings on a new user-assigned identity wait for a time_sleep keyed to its principal id', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
    new ExoAppRoleGrant(stack, 'grant', { principal: identity });
    new EntraRoleBinding(stack, 'role', { principal: identity, role: EntraRole.GLOBAL_READER });
    const json = synthJson(stack);
    const identityId = Object.keys(resourcesOf(json, 'azurerm_user_assigned_identity'))[0];
    const [sleepId, sleep] = Object.entries(resourcesOf(json, 'time_sleep'))[0] as [string, any];
    expect(sleep).toMatchObject({ create_duration: '60s', triggers: { principal_id: `\${azurerm_user_assigned_identity.${identityId}.principal_id}` } });
    expect(onlyResource(json, 'azuread_app_role_assignment').depends_on).toEqual([`time_sleep.${sleepId}`]);
    expect(onlyResource(json, 'azuread_directory_role_assignment').depends_on).toEqual([`time_sleep.${sleepId}`]);
    expect(json.terraform.required_providers.time).toEqual({ source: 'hashicorp/time', version: '>= 0.5.0, < 1.0.0' });
    expect(sleep.provider).toBeUndefined();
  });

  test('an Automation account\'s new system-assigned identity waits too', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', ...RG });
    new EntraRoleBinding(stack, 'role', { principal: account.identity, role: EntraRole.GLOBAL_READER });
    const json = synthJson(stack);
    const sleepId = Object.keys(resourcesOf(json, 'time_sleep'))[0];
    expect(onlyResource(json, 'azuread_directory_role_assignment').depends_on).toEqual([`time_sleep.${sleepId}`]);
  });

  test('identities that already exist do not wait', () => {
    const stack = newStackWithProviders();
    const existing = UserAssignedIdentity.fromAttributes(stack, 'existing', {
      principalId: '11111111-1111-1111-1111-111111111111', clientId: '22222222-2222-2222-2222-222222222222',
      resourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id',
    });
    const vm = new SystemAssignedIdentity(stack, 'vm', { principalId: '33333333-3333-3333-3333-333333333333' });
    new EntraRoleBinding(stack, 'a', { principal: existing, role: EntraRole.GLOBAL_READER });
    new EntraRoleBinding(stack, 'b', { principal: vm, role: EntraRole.GLOBAL_READER });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'time_sleep')).toEqual({});
    expect(Object.values(resourcesOf(json, 'azuread_directory_role_assignment')).map((r: any) => r.depends_on)).toEqual([undefined, undefined]);
  });
});

describe('delete protection', () => {
  test('off by default', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, organization: 'contoso.onmicrosoft.com' });
    const json = synthJson(stack);
    expect(onlyResource(json, 'azurerm_automation_account').lifecycle).toBeUndefined();
    expect(resourcesOf(json, 'azurerm_management_lock')).toEqual({});
  });

  test('preventDestroy and cannotDeleteLock on the identity and the account', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG, preventDestroy: true, cannotDeleteLock: true });
    new ExchangeOnlineAutomation(stack, 'exo', {
      ...EXO, organization: 'contoso.onmicrosoft.com', userAssignedIdentity: identity, preventDestroy: true, cannotDeleteLock: true,
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'azurerm_user_assigned_identity').lifecycle).toEqual({ prevent_destroy: true });
    expect(onlyResource(json, 'azurerm_automation_account').lifecycle).toEqual({ prevent_destroy: true });
    const identityId = Object.keys(resourcesOf(json, 'azurerm_user_assigned_identity'))[0];
    const accountId = Object.keys(resourcesOf(json, 'azurerm_automation_account'))[0];
    const locks = Object.values(resourcesOf(json, 'azurerm_management_lock')) as any[];
    expect(locks.map((l) => [l.name, l.lock_level, l.scope]).sort()).toEqual([
      ['aa-exo-prod-cannot-delete', 'CanNotDelete', `\${azurerm_automation_account.${accountId}.id}`],
      ['id-exo-cannot-delete', 'CanNotDelete', `\${azurerm_user_assigned_identity.${identityId}.id}`],
    ]);
  });
});

describe('organization check at plan time', () => {
  test('a postcondition on data.azuread_domains requires the organization to be a domain of the tenant', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, organization: 'Contoso.onmicrosoft.com' });
    const lookups = Object.values(dataSourcesOf(synthJson(stack), 'azuread_domains')) as any[];
    expect(lookups).toHaveLength(1);
    expect(lookups[0].lifecycle.postcondition).toEqual([
      expect.objectContaining({ condition: '${length([for d in self.domains : d if d.initial]) > 0}' }),
      {
        condition: '${contains([for d in self.domains : lower(d.domain_name)], "contoso.onmicrosoft.com")}',
        error_message: expect.stringContaining('Organization contoso.onmicrosoft.com is not a domain of the tenant'),
      },
    ]);
  });

  test('without an organization, the tenant\'s initial domain is read and used in the runbooks and outputs', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', EXO);
    const json = synthJson(stack);
    const domains = dataSourcesOf(json, 'azuread_domains');
    const [initialId] = Object.entries(domains).find(([, d]: [string, any]) => d.only_initial === true)!;
    const reference = `\${data.azuread_domains.${initialId}.domains[0].domain_name}`;
    expect(Object.values(json.output).map((o: any) => o.value)).toContain(`Connect-ExchangeOnline -ManagedIdentity -Organization ${reference}`);
    expect(onlyResource(json, 'azurerm_automation_runbook').content).toContain(`-Organization '${reference}'`);
    expect(exo.organization).toBeDefined();
  });

  test('verifyOrganization: false adds no domain lookup', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, organization: 'contoso.onmicrosoft.com', verifyOrganization: false });
    expect(dataSourcesOf(synthJson(stack), 'azuread_domains')).toEqual({});
  });
});
