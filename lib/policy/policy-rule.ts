/** How serious a finding is. */
export enum PolicySeverity {
  /** Synthesis fails until the finding is fixed or suppressed. */
  ERROR = 'error',
  /** Reported; synthesis continues. */
  WARNING = 'warning',
}

/**
 * A rule of {@link ExchangeOnlinePolicyChecks}. Rules have stable ids (`EXO1` ...) for suppressions.
 */
export class PolicyRule {
  /** An identity runs an Exchange runbook but has no Exchange.ManageAsApp grant in the stack. */
  public static readonly MISSING_EXCHANGE_GRANT = new PolicyRule('EXO1', PolicySeverity.ERROR,
    'The identity that runs an Exchange Online runbook has no Exchange.ManageAsApp grant (ExoAppRoleGrant) in this stack; Connect-ExchangeOnline fails with UnAuthorized.');
  /** An identity runs an Exchange runbook but holds no role Microsoft supports for Exchange Online PowerShell. */
  public static readonly MISSING_SUPPORTED_ROLE = new PolicyRule('EXO2', PolicySeverity.ERROR,
    'The identity that runs an Exchange Online runbook has no supported Microsoft Entra role (EntraRoleBinding) in this stack; Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario".');
  /** A runbook's runtime has no ExchangeOnlineManagement import in its Automation account. */
  public static readonly MISSING_EXCHANGE_MODULE = new PolicyRule('EXO3', PolicySeverity.ERROR,
    'The runbook\'s Automation account has no ExchangeOnlineManagement import for the runbook\'s runtime; Connect-ExchangeOnline is not found when the job runs.');
  /** A runbook connects with a user-assigned identity but does not pass its client id. */
  public static readonly USER_ASSIGNED_WITHOUT_CLIENT_ID = new PolicyRule('EXO4', PolicySeverity.ERROR,
    'A runbook on an account with only user-assigned identities calls Connect-ExchangeOnline -ManagedIdentity without -ManagedIdentityAccountId <client id>; the connection fails because there is no system-assigned identity.');
  /** An Automation account has local (shared key) authentication turned on. */
  public static readonly LOCAL_AUTHENTICATION_ENABLED = new PolicyRule('EXO5', PolicySeverity.ERROR,
    'The Automation account has local authentication (shared keys) enabled; a managed identity needs none, so turn it off (localAuthenticationEnabled: false).');
  /** A role binding grants a role that controls all of Exchange Online (or the whole tenant). */
  public static readonly HIGH_PRIVILEGE_ROLE = new PolicyRule('EXO6', PolicySeverity.WARNING,
    'The identity gets a high-privilege role (Global Administrator or Exchange Administrator: every task in Exchange Online PowerShell). Prefer Exchange Recipient Administrator or Global Reader when they suffice.');
  /** The tenant's Exchange Online service principal is managed without prevent_destroy. */
  public static readonly EXCHANGE_PRINCIPAL_DESTROYABLE = new PolicyRule('EXO7', PolicySeverity.ERROR,
    'An azuread_service_principal for Office 365 Exchange Online (00000002-0000-0ff1-ce00-000000000000) has no prevent_destroy; terraform destroy would delete the tenant\'s Exchange Online service principal.');

  /** Every rule. */
  public static all(): PolicyRule[] {
    return [
      PolicyRule.MISSING_EXCHANGE_GRANT, PolicyRule.MISSING_SUPPORTED_ROLE, PolicyRule.MISSING_EXCHANGE_MODULE,
      PolicyRule.USER_ASSIGNED_WITHOUT_CLIENT_ID, PolicyRule.LOCAL_AUTHENTICATION_ENABLED, PolicyRule.HIGH_PRIVILEGE_ROLE,
      PolicyRule.EXCHANGE_PRINCIPAL_DESTROYABLE,
    ];
  }

  private constructor(
    /** Stable id used in messages and suppressions. */
    public readonly id: string,
    /** Severity when the checks run with their defaults. */
    public readonly defaultSeverity: PolicySeverity,
    /** What the rule finds and why it matters. */
    public readonly description: string,
  ) {}
}
