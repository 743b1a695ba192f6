import { AppRoleGrant, UserAssignedIdentity } from '../../lib';
import { dataSourcesOf, newStack, resourcesOf, synthJson } from '../support/helpers';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

function setup() {
  const stack = newStack();
  const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
  return { stack, identity };
}

describe('AppRoleGrant', () => {
  test('resolves each role by value through the API service principal and assigns it to the principal id', () => {
    const { stack, identity } = setup();
    const grant = new AppRoleGrant(stack, 'graph', { principal: identity, resourceAppId: GRAPH_APP_ID, roles: ['User.Read.All', 'Mail.Send'] });
    const json = synthJson(stack);
    const lookupId = Object.keys(dataSourcesOf(json, 'azuread_service_principal'))[0];
    const assignments = Object.values(resourcesOf(json, 'azuread_app_role_assignment')) as any[];
    expect(grant.assignments).toHaveLength(2);
    expect(assignments.map((a) => a.app_role_id).sort()).toEqual([
      `\${data.azuread_service_principal.${lookupId}.app_role_ids["Mail.Send"]}`,
      `\${data.azuread_service_principal.${lookupId}.app_role_ids["User.Read.All"]}`,
    ]);
    expect(dataSourcesOf(json, 'azuread_service_principal')[lookupId].client_id).toBe(GRAPH_APP_ID);
  });

  test('adds a plan-time check per role that the API exposes it', () => {
    const { stack, identity } = setup();
    new AppRoleGrant(stack, 'graph', { principal: identity, resourceAppId: GRAPH_APP_ID, roles: ['User.Read.All'], resourceDisplayName: 'Microsoft Graph' });
    const lookup = Object.values(dataSourcesOf(synthJson(stack), 'azuread_service_principal'))[0] as any;
    expect(lookup.lifecycle.postcondition).toEqual([{
      condition: '${contains(keys(self.app_role_ids), "User.Read.All")}',
      error_message: expect.stringContaining('The service principal of Microsoft Graph (application 00000003-0000-0000-c000-000000000000) has no app role "User.Read.All"'),
    }]);
  });

  test.each([
    [{ roles: [] }, 'test/graph: roles [] must list at least one app role value'],
    [{ roles: ['User Read All'] }, 'test/graph: roles "User Read All" must contain app role values such as "User.Read.All"'],
    [{ roles: ['Mail.Send', 'Mail.Send'] }, 'test/graph: roles ["Mail.Send","Mail.Send"] must not list the same app role twice'],
    [{ resourceAppId: 'graph' }, 'test/graph: resourceAppId "graph" must be a GUID'],
  ])('rejects %j', (override, message) => {
    const { stack, identity } = setup();
    expect(() => new AppRoleGrant(stack, 'graph', { principal: identity, resourceAppId: GRAPH_APP_ID, roles: ['User.Read.All'], ...override }))
      .toThrow(message);
  });
});
