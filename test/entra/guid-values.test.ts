// GUIDs and ids as Azure and Microsoft Graph read them back. azuread's principal_object_id, app_role_id,
// resource_object_id, role_id and directory_scope_id, and azurerm_role_assignment's principal_id, are
// ForceNew and compared as strings, and Graph returns lower case: an upper-case GUID would replace the
// object on every plan, so the package writes them in lower case. The nil GUID names no object, and an
// id with whitespace around it is a different id: both are refused with their own message.
import { TerraformVariable } from 'cdktf';
import {
  AppRoleGrant, AutomationAccountWithIdentity, DeployerPermissions, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation,
  SystemAssignedIdentity, UserAssignedIdentity,
} from '../../lib';
import { dataSourcesOf, newStackWithProviders, resourcesOf, synthJson } from '../support/helpers';

const UPPER_PRINCIPAL = 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE';
const UPPER_CLIENT = 'FFFFFFFF-BBBB-4CCC-8DDD-EEEEEEEEEEEE';
const NIL = '00000000-0000-0000-0000-000000000000';
const IDENTITY_ID = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo';
const ACCOUNT_ID = '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg/providers/Microsoft.Automation/automationAccounts/aa-exo-test';

function imported() {
  const stack = newStackWithProviders();
  const identity = UserAssignedIdentity.fromAttributes(stack, 'identity', { principalId: UPPER_PRINCIPAL, clientId: UPPER_CLIENT, resourceId: IDENTITY_ID });
  return { stack, identity };
}

describe('GUIDs are written in lower case', () => {
  test('an imported identity keeps its ids in lower case, and grants and role bindings name it so', () => {
    const { stack, identity } = imported();
    expect(identity.principalId).toBe(UPPER_PRINCIPAL.toLowerCase());
    expect(identity.clientId).toBe(UPPER_CLIENT.toLowerCase());
    new AppRoleGrant(stack, 'grant', { principal: identity, resourceAppId: '00000003-0000-0000-C000-000000000000', roles: ['User.Read.All'] });
    new EntraRoleBinding(stack, 'binding', {
      principal: identity, role: EntraRole.fromTemplateId('88D8E3E3-8F55-4A1E-953A-9B9898B8876B', 'Directory Readers'),
      administrativeUnitId: 'ABCDEF01-2345-4678-9ABC-DEF012345678',
    });
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'azuread_app_role_assignment'))).toEqual([
      expect.objectContaining({ principal_object_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' })]);
    expect(Object.values(dataSourcesOf(json, 'azuread_service_principal'))).toEqual([
      expect.objectContaining({ client_id: '00000003-0000-0000-c000-000000000000' })]);
    expect(Object.values(resourcesOf(json, 'azuread_directory_role_assignment'))).toEqual([expect.objectContaining({
      principal_object_id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      role_id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
      directory_scope_id: '/administrativeUnits/abcdef01-2345-4678-9abc-def012345678',
    })]);
  });

  test('an identity that is not one of ours (any IManagedIdentity) is also named in lower case', () => {
    const stack = newStackWithProviders();
    const identity = new SystemAssignedIdentity(stack, 'vm', { principalId: UPPER_PRINCIPAL });
    const custom = { principalId: UPPER_PRINCIPAL, node: identity.node } as any;
    new EntraRoleBinding(stack, 'binding', { principal: custom, role: EntraRole.GLOBAL_READER });
    expect(Object.values(resourcesOf(synthJson(stack), 'azuread_directory_role_assignment'))[0]).toMatchObject({ principal_object_id: UPPER_PRINCIPAL.toLowerCase() });
  });

  test('EntraRole.fromTemplateId in upper case returns the preset (lower-case template id)', () => {
    expect(EntraRole.fromTemplateId('F2EF992C-3AFB-46B9-B7CF-A126EE74C451', 'Global Reader')).toBe(EntraRole.GLOBAL_READER);
  });

  test('expected app role ids and grantAppRoles\' application id are compared and written in lower case', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER],
    });
    const [upper] = exo.grantAppRoles('00000003-0000-0000-C000-000000000000', ['User.Read.All']);
    const [lower] = exo.grantMicrosoftGraphAppRoles(['User.Read.All']);
    expect(upper).toBe(lower);
    expect(upper.resourceAppId).toBe('00000003-0000-0000-c000-000000000000');
    new AppRoleGrant(stack, 'grant', {
      principal: exo.identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['Mail.Send'],
      expectedAppRoleIds: { 'Mail.Send': 'B633E1C5-B582-4048-A93E-9F11B44C7E96' },
    });
    const lookup = Object.values(dataSourcesOf(synthJson(stack), 'azuread_service_principal'))
      .find((d: any) => d.client_id === '00000003-0000-0000-c000-000000000000') as any;
    expect(JSON.stringify(lookup.lifecycle.postcondition)).toContain('== \\"b633e1c5-b582-4048-a93e-9f11b44c7e96\\"');
  });

  test('DeployerPermissions writes both principals in lower case, and knows them equal whatever the case', () => {
    const stack = newStackWithProviders();
    new DeployerPermissions(stack, 'pipeline', {
      deployerObjectId: UPPER_PRINCIPAL, planObjectId: UPPER_CLIENT, azureScopes: ['/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-exo'],
    });
    const json = synthJson(stack);
    const principals = Object.values(resourcesOf(json, 'azurerm_role_assignment')).map((a: any) => a.principal_id).sort();
    expect(principals).toEqual([UPPER_CLIENT.toLowerCase(), UPPER_PRINCIPAL.toLowerCase()].sort());
    const grants = Object.values(resourcesOf(json, 'azuread_app_role_assignment')).map((a: any) => a.principal_object_id);
    expect(grants.every((id) => id === id.toLowerCase())).toBe(true);
    expect(() => new DeployerPermissions(newStackWithProviders(), 'pipeline', { deployerObjectId: UPPER_PRINCIPAL, planObjectId: UPPER_PRINCIPAL.toLowerCase() }))
      .toThrow('test/pipeline: planObjectId "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee" must differ from deployerObjectId');
  });
});

describe('the nil GUID and whitespace', () => {
  const NIL_RULE = 'must not be the nil GUID: it names no object (a placeholder left in a variable?); use the id of the object that exists';
  const SPACE_RULE = 'must not begin or end with whitespace (a space or line break copied with the id?)';

  test.each([
    ['an imported identity\'s principal id', () => UserAssignedIdentity.fromAttributes(newStackWithProviders(), 'x', { principalId: NIL, clientId: UPPER_CLIENT, resourceId: IDENTITY_ID }),
      `test/x: principalId "${NIL}" ${NIL_RULE}`],
    ['an imported identity\'s client id', () => UserAssignedIdentity.fromAttributes(newStackWithProviders(), 'x', { principalId: UPPER_PRINCIPAL, clientId: NIL, resourceId: IDENTITY_ID }),
      `test/x: clientId "${NIL}" ${NIL_RULE}`],
    ['a system-assigned principal id', () => new SystemAssignedIdentity(newStackWithProviders(), 'x', { principalId: NIL }), `test/x: principalId "${NIL}" ${NIL_RULE}`],
    ['a role template id', () => EntraRole.fromTemplateId(NIL, 'Nothing'), `EntraRole.fromTemplateId: templateId "${NIL}" ${NIL_RULE}`],
    ['an administrative unit', () => {
      const { stack, identity } = imported();
      return new EntraRoleBinding(stack, 'x', { principal: identity, role: EntraRole.GLOBAL_READER, administrativeUnitId: NIL });
    }, `test/x: administrativeUnitId "${NIL}" ${NIL_RULE}`],
    ['a deployer', () => new DeployerPermissions(newStackWithProviders(), 'x', { deployerObjectId: NIL }), `test/x: deployerObjectId "${NIL}" ${NIL_RULE}`],
    ['an API application id', () => {
      const { stack, identity } = imported();
      return new AppRoleGrant(stack, 'x', { principal: identity, resourceAppId: NIL, roles: ['User.Read.All'] });
    }, `test/x: resourceAppId "${NIL}" ${NIL_RULE}`],
    ['a principal id with a trailing space', () => new SystemAssignedIdentity(newStackWithProviders(), 'x', { principalId: `${UPPER_PRINCIPAL} ` }),
      `test/x: principalId "${UPPER_PRINCIPAL} " ${SPACE_RULE}`],
    ['a client id with a line break', () => UserAssignedIdentity.fromAttributes(newStackWithProviders(), 'x', { principalId: UPPER_PRINCIPAL, clientId: `${UPPER_CLIENT}\n`, resourceId: IDENTITY_ID }),
      `test/x: clientId "${UPPER_CLIENT}\\n" ${SPACE_RULE}`],
    ['an identity ARM id with a trailing space', () => UserAssignedIdentity.fromAttributes(newStackWithProviders(), 'x', { principalId: UPPER_PRINCIPAL, clientId: UPPER_CLIENT, resourceId: `${IDENTITY_ID} ` }),
      `test/x: resourceId "${IDENTITY_ID} " ${SPACE_RULE}`],
    ['an account ARM id with a leading space', () => AutomationAccountWithIdentity.fromAttributes(newStackWithProviders(), 'x', {
      accountId: ` ${ACCOUNT_ID}`, name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope', systemAssignedPrincipalId: UPPER_PRINCIPAL,
    }), `test/x: accountId " ${ACCOUNT_ID}" ${SPACE_RULE}`],
    ['an import id with a trailing space', () => new AutomationAccountWithIdentity(newStackWithProviders(), 'x', {
      name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope', importFrom: `${ACCOUNT_ID} `,
    }), `test/x: importFrom "${ACCOUNT_ID} " ${SPACE_RULE}`],
    ['a deployer scope with a trailing space', () => new DeployerPermissions(newStackWithProviders(), 'x', {
      deployerObjectId: UPPER_PRINCIPAL, azureScopes: ['/subscriptions/11111111-2222-3333-4444-555555555555 '],
    }), `test/x: azureScopes "/subscriptions/11111111-2222-3333-4444-555555555555 " ${SPACE_RULE}`],
  ])('refuses %s', (_what, build, message) => {
    expect(build).toThrow(message);
  });

  test('the nil GUID is accepted as an expected app role id: it is the default access role of an API without roles', () => {
    const { stack, identity } = imported();
    expect(() => new AppRoleGrant(stack, 'grant', {
      principal: identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['User.Read.All'], expectedAppRoleIds: { 'User.Read.All': NIL },
    })).not.toThrow();
  });
});

describe('Microsoft Graph roles as Terraform references', () => {
  test('grantMicrosoftGraphAppRoles and AppRoleGrant accept a variable; the lookup and the plan-time check use it as an expression', () => {
    const stack = newStackWithProviders();
    const role = new TerraformVariable(stack, 'graph_role', { type: 'string' });
    const exo = new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER],
    });
    const value = role.stringValue;
    const [grant] = exo.grantMicrosoftGraphAppRoles([value, 'User.Read.All']);
    expect(exo.grantMicrosoftGraphAppRoles([value])[0] === grant).toBe(true);
    const json = synthJson(stack);
    const assignments = Object.entries(resourcesOf(json, 'azuread_app_role_assignment'));
    const byReference = assignments.find(([, a]: [string, any]) => a.app_role_id.includes('[var.graph_role]'));
    expect(byReference).toBeDefined();
    expect(byReference![0]).toMatch(/^exo_app-role-00000003-0000-0000-c000-000000000000-reference-0_/);
    expect(byReference![1].app_role_id).toMatch(/^\$\{data\.azuread_service_principal\.[^.]+\.app_role_ids\[var\.graph_role\]\}$/);
    const lookup = Object.values(dataSourcesOf(json, 'azuread_service_principal'))
      .find((d: any) => d.client_id === '00000003-0000-0000-c000-000000000000') as any;
    const conditions = lookup.lifecycle.postcondition.map((p: any) => p.condition);
    expect(conditions).toContain('${contains(keys(self.app_role_ids), var.graph_role)}');
    expect(conditions).toContain('${contains(keys(self.app_role_ids), "User.Read.All")}');
  });

  test('a literal role with a space is still refused', () => {
    const { stack, identity } = imported();
    expect(() => new AppRoleGrant(stack, 'x', { principal: identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['User Read'] }))
      .toThrow('test/x: roles "User Read" must contain app role values such as "User.Read.All"');
  });
});
