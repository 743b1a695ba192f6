// Reading an `azuread_app_role_assignment`'s `app_role_id` back, as the policy checks (lib/rules/stack-index.ts)
// and the collision check (collisions.ts) both need: a grant is written either with the role's id typed
// literally or with a lookup of it on the API's service principal, `app_role_ids["<value>"]` of an
// `azuread_service_principal` resource or data source (what AppRoleGrant writes). Where the role's id is
// documented (Exchange.ManageAsApp, well-known-ids.ts), both forms stand for that one id.
import { EXCHANGE_MANAGE_AS_APP_ROLE, EXCHANGE_MANAGE_AS_APP_ROLE_ID, EXCHANGE_ONLINE_APP_ID } from '../reference/well-known-ids';

/** The Terraform type of service principals, as resource (`azuread_service_principal.x`) and data source (`data.` + that). */
export const SERVICE_PRINCIPAL = 'azuread_service_principal';

const LOOKUP = /^\$\{((?:data\.)?azuread_service_principal\.[^.}\s]+)\.app_role_ids\["([^"]+)"\]\}$/;

/** A lookup `${<address>.app_role_ids["<value>"]}` (as resolved), split into the principal's address and the role's value. */
export function appRoleLookup(resolved: unknown): { principal: string; value: string } | undefined {
  const match = typeof resolved === 'string' ? LOOKUP.exec(resolved) : null;
  return match ? { principal: match[1], value: match[2] } : undefined;
}

/**
 * The id of the app role that a resolved `app_role_id` stands for, in lower case, where it is known: a
 * literal id is itself; a lookup of `Exchange.ManageAsApp` on the service principal of Office 365 Exchange
 * Online is the documented id. `clientIdOf` gives the configured `client_id` of a service principal by
 * address (undefined when the stack has none at that address). Anything else is undefined.
 */
export function knownAppRoleId(resolved: unknown, clientIdOf: (address: string) => unknown): string | undefined {
  if (typeof resolved !== 'string') {
    return undefined;
  }
  const lookup = appRoleLookup(resolved);
  if (lookup === undefined) {
    return resolved.includes('${') ? undefined : resolved.toLowerCase();
  }
  const clientId = clientIdOf(lookup.principal);
  const exchange = typeof clientId === 'string' && clientId.toLowerCase() === EXCHANGE_ONLINE_APP_ID;
  return exchange && lookup.value === EXCHANGE_MANAGE_AS_APP_ROLE ? EXCHANGE_MANAGE_AS_APP_ROLE_ID : undefined;
}
