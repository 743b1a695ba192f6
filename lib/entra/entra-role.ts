import { ROLE_TEMPLATE_IDS } from '../reference/well-known-ids';
import { isMarked, markAs } from '../validation/markers';
import { fail, isGuid, isUnresolved, requireGuid, requireString } from '../validation/values';

/**
 * A Microsoft Entra built-in (or custom) directory role, known by its template id. The presets are
 * the eight roles Microsoft lists as supported for Exchange Online PowerShell with a managed identity
 * (https://learn.microsoft.com/powershell/exchange/connect-exo-powershell-managed-identity, Step 5);
 * their template ids come from https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference
 * (see lib/reference/well-known-ids.ts).
 */
export class EntraRole {
  /** Compliance Administrator: Purview compliance and eDiscovery; read access to Exchange recipients. */
  public static readonly COMPLIANCE_ADMINISTRATOR = new EntraRole(
    ROLE_TEMPLATE_IDS.COMPLIANCE_ADMINISTRATOR, 'Compliance Administrator', true);
  /** Exchange Administrator: every task in Exchange Online PowerShell, including protection features. */
  public static readonly EXCHANGE_ADMINISTRATOR = new EntraRole(
    ROLE_TEMPLATE_IDS.EXCHANGE_ADMINISTRATOR, 'Exchange Administrator', true);
  /** Exchange Recipient Administrator: mailboxes, contacts and groups; the least privilege for recipient work. */
  public static readonly EXCHANGE_RECIPIENT_ADMINISTRATOR = new EntraRole(
    ROLE_TEMPLATE_IDS.EXCHANGE_RECIPIENT_ADMINISTRATOR, 'Exchange Recipient Administrator', true);
  /** Global Administrator: full control of the tenant. Bindings refuse it unless explicitly acknowledged. */
  public static readonly GLOBAL_ADMINISTRATOR = new EntraRole(
    ROLE_TEMPLATE_IDS.GLOBAL_ADMINISTRATOR, 'Global Administrator', true);
  /** Global Reader: read-only access everywhere; enough for reporting runbooks. */
  public static readonly GLOBAL_READER = new EntraRole(
    ROLE_TEMPLATE_IDS.GLOBAL_READER, 'Global Reader', true);
  /** Helpdesk Administrator: password resets and service requests for non-administrators. */
  public static readonly HELPDESK_ADMINISTRATOR = new EntraRole(
    ROLE_TEMPLATE_IDS.HELPDESK_ADMINISTRATOR, 'Helpdesk Administrator', true);
  /**
   * Security Administrator. Microsoft notes it lacks the permissions for recipient management and for
   * security and protection features (anti-spam, anti-malware, anti-phishing) in Exchange Online PowerShell.
   */
  public static readonly SECURITY_ADMINISTRATOR = new EntraRole(
    ROLE_TEMPLATE_IDS.SECURITY_ADMINISTRATOR, 'Security Administrator', true);
  /** Security Reader: read-only access to security features and reports. */
  public static readonly SECURITY_READER = new EntraRole(
    ROLE_TEMPLATE_IDS.SECURITY_READER, 'Security Reader', true);

  /** True when `x` is an EntraRole (from any copy of this package). */
  public static isEntraRole(x: unknown): x is EntraRole {
    return isMarked(x, 'EntraRole');
  }

  /** The eight roles Microsoft supports for Exchange Online PowerShell with a managed identity. */
  public static exchangeOnlineSupportedRoles(): EntraRole[] {
    return [
      EntraRole.COMPLIANCE_ADMINISTRATOR, EntraRole.EXCHANGE_ADMINISTRATOR,
      EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR, EntraRole.GLOBAL_ADMINISTRATOR, EntraRole.GLOBAL_READER,
      EntraRole.HELPDESK_ADMINISTRATOR, EntraRole.SECURITY_ADMINISTRATOR, EntraRole.SECURITY_READER,
    ];
  }

  /**
   * Any role by its template id (built-in roles) or role definition id (custom roles). A template id
   * of one of the presets returns that preset.
   *
   * @param templateId the role's template id, a GUID
   * @param displayName the role's name, used in messages and documentation
   */
  public static fromTemplateId(templateId: string, displayName: string): EntraRole {
    if (!isUnresolved(templateId) && (typeof templateId !== 'string' || !isGuid(templateId.trim()))) {
      fail('EntraRole.fromTemplateId', 'templateId', templateId,
        'must be a GUID such as 29232cdf-9323-42fd-ade2-1d097af3e4de (the "Template ID" column of the Entra built-in roles reference)');
    }
    // Whitespace and the nil GUID get their own messages; the id is kept in lower case, as Graph returns
    // `role_id` (ForceNew in azuread_directory_role_assignment; see lowerGuid).
    const id = requireGuid('EntraRole.fromTemplateId', 'templateId', templateId);
    requireString('EntraRole.fromTemplateId', 'displayName', displayName);
    const preset = isUnresolved(id) ? undefined
      : EntraRole.exchangeOnlineSupportedRoles().find((role) => role.templateId === id);
    return preset ?? new EntraRole(id, displayName, false);
  }

  private constructor(
    /** Template id of the role (for built-in roles, the same in every tenant). */
    public readonly templateId: string,
    /** Name of the role as the Entra admin center shows it. */
    public readonly displayName: string,
    /** Whether Microsoft lists the role as supported for Exchange Online PowerShell with a managed identity. */
    public readonly supportedForExchangeOnline: boolean,
  ) {
    markAs(this, 'EntraRole');
  }

  /** The role's display name. */
  public toString(): string {
    return this.displayName;
  }
}
