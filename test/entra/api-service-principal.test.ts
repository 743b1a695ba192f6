// ApiServicePrincipal (lib/entra/api-service-principal.ts): the one service principal of an API per stack,
// read (or adopted and never destroyed), with a plan-time check of each app role grants use.
import { Construct } from 'constructs';
import { ApiServicePrincipal } from '../../lib';
import { dataSourcesOf, newStack, resourcesOf, synthJson } from '../support/helpers';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const ROLE_ID = 'df021288-bdef-4463-88db-98f22de89214';

describe('ApiServicePrincipal.forApp', () => {
  test('reads the tenant\'s service principal by application id by default, once per stack for any case of the id', () => {
    const stack = newStack();
    const api = ApiServicePrincipal.forApp(stack, GRAPH_APP_ID);
    expect(ApiServicePrincipal.forApp(new Construct(stack, 'elsewhere'), GRAPH_APP_ID.toUpperCase())).toBe(api);
    expect(api.node.path).toBe(`test/api-service-principal-${GRAPH_APP_ID}`);
    expect(api.appId).toBe(GRAPH_APP_ID);
    expect(api.createServicePrincipalIfMissing).toBe(false);
    expect(api.resource).toBeUndefined();
    expect(api.lookup).toBeDefined();
    const json = synthJson(stack);
    expect(Object.values(dataSourcesOf(json, 'azuread_service_principal'))).toEqual([{ client_id: GRAPH_APP_ID }]);
    expect(resourcesOf(json, 'azuread_service_principal')).toEqual({});
  });

  test('createServicePrincipalIfMissing adopts or creates the principal, and destroy never deletes it', () => {
    const stack = newStack();
    const api = ApiServicePrincipal.forApp(stack, GRAPH_APP_ID, { createServicePrincipalIfMissing: true });
    expect(api.createServicePrincipalIfMissing).toBe(true);
    expect(api.lookup).toBeUndefined();
    expect(api.resource).toBeDefined();
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'azuread_service_principal'))).toEqual([
      { client_id: GRAPH_APP_ID, use_existing: true, lifecycle: { prevent_destroy: true } },
    ]);
    expect(dataSourcesOf(json, 'azuread_service_principal')).toEqual({});
  });

  test('another request for the same API must ask for the same mode, and is told who asked first', () => {
    const stack = newStack();
    const first = new Construct(stack, 'graph-grant');
    ApiServicePrincipal.forApp(first, GRAPH_APP_ID);
    expect(() => ApiServicePrincipal.forApp(new Construct(stack, 'other-grant'), GRAPH_APP_ID, { createServicePrincipalIfMissing: true }))
      .toThrow(`test/other-grant: createServicePrincipalIfMissing true must match the other grants on application ${GRAPH_APP_ID} in this stack (test/graph-grant set it to false)`);
  });

  test('rejects an application id that is not a GUID', () => {
    expect(() => ApiServicePrincipal.forApp(newStack(), 'graph')).toThrow('test: appId "graph" must be a GUID');
  });
});

describe('ApiServicePrincipal#appRoleId', () => {
  test('gives one reference per role value into the principal\'s app_role_ids', () => {
    const stack = newStack();
    const api = ApiServicePrincipal.forApp(stack, GRAPH_APP_ID);
    const id = api.appRoleId('User.Read.All');
    expect(api.appRoleId('User.Read.All')).toBe(id);
    expect(api.appRoleId('Mail.Send')).not.toBe(id);
  });

  test('adds one plan-time check per role, with the expected id when given, and needs Terraform 1.2.0', () => {
    const stack = newStack();
    const api = ApiServicePrincipal.forApp(stack, GRAPH_APP_ID, { displayName: 'Microsoft Graph' });
    api.appRoleId('User.Read.All');
    api.appRoleId('Mail.Send', ROLE_ID.toUpperCase());
    api.appRoleId('User.Read.All');
    const json = synthJson(stack);
    expect((Object.values(dataSourcesOf(json, 'azuread_service_principal'))[0] as any).lifecycle.postcondition).toEqual([
      {
        condition: '${contains(keys(self.app_role_ids), "User.Read.All")}',
        error_message: `The service principal of Microsoft Graph (application ${GRAPH_APP_ID}) has no app role "User.Read.All". Check the role's value (case-sensitive) in the API's app roles.`,
      },
      {
        condition: `\${lookup(self.app_role_ids, "Mail.Send", "") == "${ROLE_ID}"}`,
        error_message: `The service principal of Microsoft Graph (application ${GRAPH_APP_ID}) must expose app role "Mail.Send" with id ${ROLE_ID}, as Microsoft documents. If the principal is missing or incomplete, see the README's troubleshooting section.`,
      },
    ]);
    expect(json.terraform.required_version).toMatch(/>= ?1\.2\.0/);
  });

  test('the messages name the API by its application id when it has no display name', () => {
    const stack = newStack();
    ApiServicePrincipal.forApp(stack, GRAPH_APP_ID).appRoleId('User.Read.All');
    const lookup = Object.values(dataSourcesOf(synthJson(stack), 'azuread_service_principal'))[0] as any;
    expect(lookup.lifecycle.postcondition[0].error_message).toMatch(new RegExp(`^The service principal of ${GRAPH_APP_ID} \\(application ${GRAPH_APP_ID}\\) has no app role`));
  });

  test.each([
    ['a value with spaces', () => ['User Read All'], `test/api-service-principal-${GRAPH_APP_ID}: appRoleId() value "User Read All" must be an app role value such as "User.Read.All" (letters, digits, ".", "-", "_" or ":", no spaces)`],
    ['an expected id that is not a GUID', () => ['User.Read.All', 'role'], `test/api-service-principal-${GRAPH_APP_ID}: appRoleId() expectedId "role" must be a GUID`],
  ])('rejects %s', (_what, args, message) => {
    const api = ApiServicePrincipal.forApp(newStack(), GRAPH_APP_ID);
    expect(() => (api.appRoleId as any)(...args())).toThrow(message);
  });
});
