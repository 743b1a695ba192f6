// Reading an app-role assignment's `app_role_id` back (lib/terraform/app-role-ids.ts): a literal id, or a
// lookup on an API's service principal, which stands for the documented id only for Exchange.ManageAsApp
// on Office 365 Exchange Online.
import { appRoleLookup, knownAppRoleId, SERVICE_PRINCIPAL } from '../../lib/terraform/app-role-ids';
import { EXCHANGE_MANAGE_AS_APP_ROLE_ID, EXCHANGE_ONLINE_APP_ID } from '../../lib/reference/well-known-ids';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const LOOKUP = '${data.azuread_service_principal.exo.app_role_ids["Exchange.ManageAsApp"]}';

describe('appRoleLookup', () => {
  test('splits a lookup on a service principal data source or resource into its address and the role value', () => {
    expect(SERVICE_PRINCIPAL).toBe('azuread_service_principal');
    expect(appRoleLookup(LOOKUP)).toEqual({ principal: 'data.azuread_service_principal.exo', value: 'Exchange.ManageAsApp' });
    expect(appRoleLookup('${azuread_service_principal.graph.app_role_ids["User.Read.All"]}'))
      .toEqual({ principal: 'azuread_service_principal.graph', value: 'User.Read.All' });
  });

  test.each([
    ['a literal id', EXCHANGE_MANAGE_AS_APP_ROLE_ID],
    ['a lookup on another resource type', '${azuread_application.app.app_role_ids["Mail.Send"]}'],
    ['another attribute', '${data.azuread_service_principal.exo.object_id}'],
    ['a lookup inside other text', `x${LOOKUP}`],
    ['a number', 42],
    ['nothing', undefined],
  ])('is undefined for %s', (_what, value) => {
    expect(appRoleLookup(value)).toBeUndefined();
  });
});

describe('knownAppRoleId', () => {
  const clientIds: { [address: string]: unknown } = {
    'data.azuread_service_principal.exo': EXCHANGE_ONLINE_APP_ID.toUpperCase(),
    'azuread_service_principal.graph': GRAPH_APP_ID,
    'data.azuread_service_principal.unknown': '${var.app_id}',
  };
  const clientIdOf = (address: string) => clientIds[address];

  test('a literal id is itself, in lower case', () => {
    expect(knownAppRoleId('DC50A0FB-09A3-484D-BE87-E023B12C6440', clientIdOf)).toBe(EXCHANGE_MANAGE_AS_APP_ROLE_ID);
  });

  test('Exchange.ManageAsApp looked up on the Exchange Online service principal (client id in any case) is the documented id', () => {
    expect(knownAppRoleId(LOOKUP, clientIdOf)).toBe(EXCHANGE_MANAGE_AS_APP_ROLE_ID);
  });

  test.each([
    ['another role on the Exchange Online principal', '${data.azuread_service_principal.exo.app_role_ids["Mail.Send"]}'],
    ['Exchange.ManageAsApp on another API', '${azuread_service_principal.graph.app_role_ids["Exchange.ManageAsApp"]}'],
    ['a principal whose client id is a reference', '${data.azuread_service_principal.unknown.app_role_ids["Exchange.ManageAsApp"]}'],
    ['a principal the stack does not have', '${data.azuread_service_principal.missing.app_role_ids["Exchange.ManageAsApp"]}'],
    ['another reference', '${var.role_id}'],
    ['text around a reference', 'role-${var.role_id}'],
    ['a number', 42],
  ])('is undefined for %s', (_what, value) => {
    expect(knownAppRoleId(value, clientIdOf)).toBeUndefined();
  });
});
