import { PolicySeverity } from '../rules/policy-severity';
import { RuleEntry, RULES, ruleEntry } from '../rules/registry';

/** One PolicyRule object per id (declared before the class: its static fields are built from it). */
const RULES_BY_ID = new Map<string, PolicyRule>();

/**
 * A rule of the package's policy checks, with a stable id (`EXO1` ...) for suppressions. The rules live
 * in one registry (lib/rules/registry.ts): rules EXO1-EXO7 run when {@link ExchangeOnlinePolicyChecks}
 * is added; EXO8 and later are findings the constructs make about their own props (EXO15: the
 * stack's version constraints) and are always reported (as warnings). {@link PolicySuppressions} accepts every id.
 */
export class PolicyRule {
  /** An identity runs an Exchange runbook but has no Exchange.ManageAsApp grant in the stack. */
  public static readonly MISSING_EXCHANGE_GRANT = PolicyRule.of('EXO1');
  /** An identity runs an Exchange runbook but holds no role Microsoft supports for Exchange Online PowerShell. */
  public static readonly MISSING_SUPPORTED_ROLE = PolicyRule.of('EXO2');
  /** A runbook's runtime has no ExchangeOnlineManagement import in its Automation account. */
  public static readonly MISSING_EXCHANGE_MODULE = PolicyRule.of('EXO3');
  /** A runbook connects with a user-assigned identity but does not pass its client id. */
  public static readonly USER_ASSIGNED_WITHOUT_CLIENT_ID = PolicyRule.of('EXO4');
  /** An Automation account has local (shared key) authentication turned on. */
  public static readonly LOCAL_AUTHENTICATION_ENABLED = PolicyRule.of('EXO5');
  /** A role binding grants a role that controls all of Exchange Online (or the whole tenant). */
  public static readonly HIGH_PRIVILEGE_ROLE = PolicyRule.of('EXO6');
  /** The tenant's Exchange Online service principal is managed without prevent_destroy. */
  public static readonly EXCHANGE_PRINCIPAL_DESTROYABLE = PolicyRule.of('EXO7');
  /** A role binding assigns Security Administrator, which lacks Exchange recipient and protection permissions. */
  public static readonly SECURITY_ADMINISTRATOR_LIMITS = PolicyRule.of('EXO8');
  /** A role binding assigns a role Microsoft does not support for Exchange Online PowerShell. */
  public static readonly UNSUPPORTED_ROLE = PolicyRule.of('EXO9');
  /** A role binding is scoped to an administrative unit. */
  public static readonly ADMINISTRATIVE_UNIT_SCOPE = PolicyRule.of('EXO10');
  /** The whole procedure assigns no Microsoft Entra role. */
  public static readonly NO_ROLES = PolicyRule.of('EXO11');
  /** A schedule starts less than five minutes after synthesis. */
  public static readonly START_TIME_TOO_SOON = PolicyRule.of('EXO12');
  /** A preview ExchangeOnlineManagement version is imported. */
  public static readonly PREVIEW_MODULE = PolicyRule.of('EXO13');
  /** A runbook script connects to Exchange Online itself. */
  public static readonly SCRIPT_CONNECTS_ITSELF = PolicyRule.of('EXO14');
  /** A Terraform or provider version constraint set on the stack also admits releases the stack cannot use. */
  public static readonly VERSION_CONSTRAINT_TOO_WIDE = PolicyRule.of('EXO15');
  /** A runtime is PowerShell 7.2, which Microsoft retired in Azure Automation on 2026-09-30. */
  public static readonly RETIRED_RUNTIME = PolicyRule.of('EXO16');

  /** Every rule, in id order (derived from the registry). */
  public static all(): PolicyRule[] {
    return RULES.map((entry) => PolicyRule.of(entry.id));
  }

  private static of(id: string): PolicyRule {
    let rule = RULES_BY_ID.get(id);
    if (!rule) {
      rule = new PolicyRule(ruleEntry(id));
      RULES_BY_ID.set(id, rule);
    }
    return rule;
  }

  /** Stable id used in messages and suppressions. */
  public readonly id: string;
  /** Severity when the checks run with their defaults. */
  public readonly defaultSeverity: PolicySeverity;
  /** What the rule finds and why it matters. */
  public readonly description: string;
  /** What the rule looks at: Terraform resource types and this package's construct names. */
  public readonly appliesTo: string[];
  /** True when the rule runs only with ExchangeOnlinePolicyChecks; false when constructs always report it. */
  public readonly requiresPolicyChecks: boolean;

  private constructor(entry: RuleEntry) {
    this.id = entry.id;
    this.defaultSeverity = entry.severity;
    this.description = entry.description;
    this.appliesTo = [...entry.appliesTo];
    this.requiresPolicyChecks = entry.source === 'policy';
  }
}
