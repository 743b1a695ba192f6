// Delete protection: preventDestroy and the CanNotDelete lock (lib/terraform/delete-lock.ts) on the identity
// and the account.
import { EntraRole, ExchangeOnlineAutomation, UserAssignedIdentity } from '../../lib';
import { newStackWithProviders, onlyResource, resourcesOf, synthJson } from '../support/helpers';

const RG = { resourceGroupName: 'rg', location: 'westeurope' };
const EXO = { ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };

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
