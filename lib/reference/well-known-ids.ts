// Well-known ids. Each is the same in every Microsoft Entra tenant; each cites the Microsoft page it
// comes from. Nothing here is guessed: change a value only together with its citation.

/**
 * Application (client) id of the first-party "Office 365 Exchange Online" app. Only the service
 * principal's object id differs between tenants.
 * Source: https://learn.microsoft.com/powershell/exchange/connect-exo-powershell-managed-identity
 * (Step 4: `Get-MgServicePrincipal -Filter "AppId eq '00000002-0000-0ff1-ce00-000000000000'"`).
 */
export const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

/** Value (name) of the app role that lets an application run Exchange Online PowerShell. */
export const EXCHANGE_MANAGE_AS_APP_ROLE = 'Exchange.ManageAsApp';

/**
 * Id of the Exchange.ManageAsApp app role, "the same in every organization".
 * Source: https://learn.microsoft.com/powershell/exchange/connect-exo-powershell-managed-identity
 * (Step 4: `$AppRoleID = "dc50a0fb-09a3-484d-be87-e023b12c6440"`), and the manifest example in
 * https://learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2
 */
export const EXCHANGE_MANAGE_AS_APP_ROLE_ID = 'dc50a0fb-09a3-484d-be87-e023b12c6440';

/**
 * Application id of Microsoft Graph.
 * Source: https://learn.microsoft.com/graph/permissions-grant-via-msgraph (the service principal with
 * displayName "Microsoft Graph" has appId 00000003-0000-0000-c000-000000000000).
 */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/**
 * Template ids of the Microsoft Entra built-in roles that Exchange Online PowerShell supports for
 * managed identities (the list in Step 5 of the managed-identity guide).
 * Source for every id: https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 * ("Microsoft Entra built-in roles", table "All roles", column "Template ID"); the anchor for each
 * role is given beside it.
 */
export const ROLE_TEMPLATE_IDS = {
  /** See permissions-reference#compliance-administrator */
  COMPLIANCE_ADMINISTRATOR: '17315797-102d-40b4-93e0-432062caca18',
  /** See permissions-reference#exchange-administrator */
  EXCHANGE_ADMINISTRATOR: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  /** See permissions-reference#exchange-recipient-administrator */
  EXCHANGE_RECIPIENT_ADMINISTRATOR: '31392ffb-586c-42d1-9346-e59415a2cc4e',
  /** See permissions-reference#global-administrator */
  GLOBAL_ADMINISTRATOR: '62e90394-69f5-4237-9190-012177145e10',
  /** See permissions-reference#global-reader */
  GLOBAL_READER: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  /** See permissions-reference#helpdesk-administrator */
  HELPDESK_ADMINISTRATOR: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  /** See permissions-reference#security-administrator */
  SECURITY_ADMINISTRATOR: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  /** See permissions-reference#security-reader */
  SECURITY_READER: '5d6b6bb7-de71-4623-b4af-96380a352509',
} as const;
