import { Testing } from 'cdktf';
import { AutomationAccountWithIdentity, ExoAppRoleGrant, UserAssignedIdentity } from '../../lib';
import { dataSourcesOf, newStack, onlyResource, resourcesOf, synthJson } from '../support/helpers';

const EXO_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
const MANAGE_AS_APP_ID = 'dc50a0fb-09a3-484d-be87-e023b12c6440';

function setup() {
  const stack = newStack();
  const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-system', resourceGroupName: 'rg', location: 'westeurope' });
  return { stack, identity, account };
}

describe('ExoAppRoleGrant', () => {
  test('by default reads the tenant\'s Office 365 Exchange Online service principal by its application id', () => {
    const { stack, identity } = setup();
    new ExoAppRoleGrant(stack, 'grant', { principal: identity });
    const json = synthJson(stack);
    const lookups = Object.values(dataSourcesOf(json, 'azuread_service_principal')) as any[];
    expect(lookups).toHaveLength(1);
    expect(lookups[0].client_id).toBe(EXO_APP_ID);
    expect(resourcesOf(json, 'azuread_service_principal')).toEqual({});
  });

  test('grants Exchange.ManageAsApp to the user-assigned identity\'s principal (object) id, not its client id', () => {
    const { stack, identity } = setup();
    new ExoAppRoleGrant(stack, 'grant', { principal: identity });
    const json = synthJson(stack);
    const identityId = Object.keys(resourcesOf(json, 'azurerm_user_assigned_identity'))[0];
    const lookupId = Object.keys(dataSourcesOf(json, 'azuread_service_principal'))[0];
    const assignment = onlyResource(json, 'azuread_app_role_assignment');
    expect(assignment).toEqual(expect.objectContaining({
      principal_object_id: `\${azurerm_user_assigned_identity.${identityId}.principal_id}`,
      resource_object_id: `\${data.azuread_service_principal.${lookupId}.object_id}`,
      app_role_id: `\${data.azuread_service_principal.${lookupId}.app_role_ids["Exchange.ManageAsApp"]}`,
    }));
    expect(JSON.stringify(assignment)).not.toContain('client_id');
  });

  test('grants to a system-assigned identity through the account\'s identity principal id', () => {
    const { stack, account } = setup();
    new ExoAppRoleGrant(stack, 'grant', { principal: account.identity });
    const json = synthJson(stack);
    const accountId = Object.keys(resourcesOf(json, 'azurerm_automation_account'))[0];
    expect(onlyResource(json, 'azuread_app_role_assignment').principal_object_id)
      .toBe(`\${azurerm_automation_account.${accountId}.identity[0].principal_id}`);
  });

  test('checks at plan time that the role exists with its documented id', () => {
    const { stack, identity } = setup();
    new ExoAppRoleGrant(stack, 'grant', { principal: identity });
    const lookup = Object.values(dataSourcesOf(synthJson(stack), 'azuread_service_principal'))[0] as any;
    expect(lookup.lifecycle.postcondition).toEqual([{
      condition: `\${lookup(self.app_role_ids, "Exchange.ManageAsApp", "") == "${MANAGE_AS_APP_ID}"}`,
      error_message: expect.stringContaining('must expose app role "Exchange.ManageAsApp" with id dc50a0fb-09a3-484d-be87-e023b12c6440'),
    }]);
  });

  test('two grants share one service principal lookup', () => {
    const { stack, identity, account } = setup();
    new ExoAppRoleGrant(stack, 'user-grant', { principal: identity });
    new ExoAppRoleGrant(stack, 'system-grant', { principal: account.identity });
    const json = synthJson(stack);
    expect(Object.keys(dataSourcesOf(json, 'azuread_service_principal'))).toHaveLength(1);
    expect(Object.keys(resourcesOf(json, 'azuread_app_role_assignment'))).toHaveLength(2);
  });

  test('createServicePrincipalIfMissing adopts or creates the principal and never lets destroy delete it', () => {
    const { stack, identity } = setup();
    new ExoAppRoleGrant(stack, 'grant', { principal: identity, createServicePrincipalIfMissing: true });
    const json = synthJson(stack);
    expect(dataSourcesOf(json, 'azuread_service_principal')).toEqual({});
    const principal = onlyResource(json, 'azuread_service_principal');
    expect(principal).toMatchObject({
      client_id: EXO_APP_ID,
      use_existing: true,
      lifecycle: { prevent_destroy: true },
    });
    expect(principal.lifecycle.postcondition).toHaveLength(1);
    const principalId = Object.keys(resourcesOf(json, 'azuread_service_principal'))[0];
    expect(onlyResource(json, 'azuread_app_role_assignment').resource_object_id).toBe(`\${azuread_service_principal.${principalId}.object_id}`);
  });

  test('rejects a second grant of the same role to the same identity, and conflicting service-principal modes', () => {
    const { stack, identity, account } = setup();
    new ExoAppRoleGrant(stack, 'first', { principal: identity });
    new ExoAppRoleGrant(stack, 'second', { principal: identity });
    expect(() => Testing.synth(stack, true))
      .toThrow(/\[test\] test\/second\/grant\/Exchange\.ManageAsApp: app_role_id "Exchange\.ManageAsApp" duplicates test\/first\/grant\/Exchange\.ManageAsApp: both would create the grant of app role Exchange\.ManageAsApp \(dc50a0fb-09a3-484d-be87-e023b12c6440\) of service principal Office 365 Exchange Online to principal principal_id of azurerm_user_assigned_identity\.identity_resource_\w+\. Azure/);
    expect(() => new ExoAppRoleGrant(stack, 'third', { principal: account.identity, createServicePrincipalIfMissing: true }))
      .toThrow('test/third: createServicePrincipalIfMissing true must match the other grants on application 00000002-0000-0ff1-ce00-000000000000');
  });
});
