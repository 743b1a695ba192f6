// Grants and role bindings on an identity created in the same apply wait for Entra ID replication
// (lib/identity/entra-replication-wait.ts).
import {
  AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExoAppRoleGrant, SystemAssignedIdentity, UserAssignedIdentity,
} from '../../lib';
import { newStackWithProviders, onlyResource, resourcesOf, synthJson } from '../support/helpers';

const RG = { resourceGroupName: 'rg', location: 'westeurope' };

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
