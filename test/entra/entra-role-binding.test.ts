import { Testing } from 'cdktf';
import { AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, UserAssignedIdentity } from '../../lib';
import { annotations, annotationsAfterSynth, newStack, onlyResource, resourcesOf, synthJson } from '../support/helpers';

function setup() {
  const stack = newStack();
  const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-system', resourceGroupName: 'rg', location: 'westeurope' });
  return { stack, identity, account };
}

describe('EntraRoleBinding', () => {
  test('user-assigned: assigns the role template id to the principal (object) id, never the client id, tenant-wide', () => {
    const { stack, identity } = setup();
    new EntraRoleBinding(stack, 'role', { principal: identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR });
    const json = synthJson(stack);
    const identityId = Object.keys(resourcesOf(json, 'azurerm_user_assigned_identity'))[0];
    expect(onlyResource(json, 'azuread_directory_role_assignment')).toMatchObject({
      role_id: '31392ffb-586c-42d1-9346-e59415a2cc4e',
      principal_object_id: `\${azurerm_user_assigned_identity.${identityId}.principal_id}`,
      directory_scope_id: '/',
    });
  });

  test('system-assigned: names the account identity\'s principal id', () => {
    const { stack, account } = setup();
    new EntraRoleBinding(stack, 'role', { principal: account.identity, role: EntraRole.GLOBAL_READER });
    const json = synthJson(stack);
    const accountId = Object.keys(resourcesOf(json, 'azurerm_automation_account'))[0];
    expect(onlyResource(json, 'azuread_directory_role_assignment').principal_object_id)
      .toBe(`\${azurerm_automation_account.${accountId}.identity[0].principal_id}`);
  });

  test('an administrative unit scopes the assignment, with a warning', () => {
    const { stack, identity } = setup();
    const binding = new EntraRoleBinding(stack, 'role', {
      principal: identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR, administrativeUnitId: '44444444-4444-4444-4444-444444444444',
    });
    expect(onlyResource(synthJson(stack), 'azuread_directory_role_assignment').directory_scope_id)
      .toBe('/administrativeUnits/44444444-4444-4444-4444-444444444444');
    expect(annotations(binding, 'warn').join('\n')).toContain('documents only tenant-wide role assignments');
  });

  test('refuses Global Administrator without the acknowledgement, and names the prop that allows it', () => {
    const { stack, identity } = setup();
    expect(() => new EntraRoleBinding(stack, 'role', { principal: identity, role: EntraRole.GLOBAL_ADMINISTRATOR }))
      .toThrow(/^test\/role: role "Global Administrator" is refused by default: .* acknowledgeGlobalAdministratorGrantsFullTenantControl: true$/);
    new EntraRoleBinding(stack, 'acknowledged', {
      principal: identity, role: EntraRole.GLOBAL_ADMINISTRATOR, acknowledgeGlobalAdministratorGrantsFullTenantControl: true,
    });
    expect(onlyResource(synthJson(stack), 'azuread_directory_role_assignment').role_id).toBe('62e90394-69f5-4237-9190-012177145e10');
  });

  test('warns that Security Administrator lacks recipient and protection permissions', () => {
    const { stack, identity } = setup();
    const binding = new EntraRoleBinding(stack, 'role', { principal: identity, role: EntraRole.SECURITY_ADMINISTRATOR });
    expect(annotationsAfterSynth(binding, 'warn')).toEqual([expect.stringContaining('[EXO8] Security Administrator lacks the Exchange Online permissions for recipient management')]);
  });

  test('no warning for a supported least-privilege role', () => {
    const { stack, identity } = setup();
    const binding = new EntraRoleBinding(stack, 'role', { principal: identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR });
    expect(annotations(binding, 'warn')).toEqual([]);
  });

  test('warns about a role Exchange Online does not support', () => {
    const { stack, identity } = setup();
    const binding = new EntraRoleBinding(stack, 'role', {
      principal: identity, role: EntraRole.fromTemplateId('fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator'),
    });
    expect(annotationsAfterSynth(binding, 'warn').join('\n')).toContain('[EXO9] The role is not one Microsoft supports for Exchange Online PowerShell with a managed identity; Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario" unless the identity also holds a supported role. (role: "User Administrator" (fe930be7-5e62-47db-91af-98c3a49a38b1))');
  });

  test('rejects a duplicate assignment and a malformed administrative unit id', () => {
    const { stack, identity } = setup();
    new EntraRoleBinding(stack, 'first', { principal: identity, role: EntraRole.GLOBAL_READER });
    new EntraRoleBinding(stack, 'second', { principal: identity, role: EntraRole.GLOBAL_READER });
    expect(() => Testing.synth(stack, true))
      .toThrow('test/second/resource: role_id "f2ef992c-3afb-46b9-b7cf-a126ee74c451" duplicates test/first/resource: both would create the assignment of directory role f2ef992c-3afb-46b9-b7cf-a126ee74c451');
    expect(() => new EntraRoleBinding(stack, 'scoped', { principal: identity, role: EntraRole.GLOBAL_READER, administrativeUnitId: 'au-1' }))
      .toThrow('test/scoped: administrativeUnitId "au-1" must be a GUID');
  });

  test('rejects a role that is not an EntraRole (e.g. a plain string from JavaScript)', () => {
    const { stack, identity } = setup();
    expect(() => new EntraRoleBinding(stack, 'role', { principal: identity, role: 'Exchange Administrator' as unknown as EntraRole }))
      .toThrow('test/role: role "Exchange Administrator" must be an EntraRole');
  });
});
