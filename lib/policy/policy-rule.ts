import { ALL_RULES } from '../rules/all-rules';
import { MISSING_EXCHANGE_GRANT_RULE } from '../rules/exo01-missing-exchange-grant';
import { MISSING_SUPPORTED_ROLE_RULE } from '../rules/exo02-missing-supported-role';
import { MISSING_EXCHANGE_MODULE_RULE } from '../rules/exo03-missing-exchange-module';
import { USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE } from '../rules/exo04-user-assigned-without-client-id';
import { LOCAL_AUTHENTICATION_ENABLED_RULE } from '../rules/exo05-local-authentication-enabled';
import { HIGH_PRIVILEGE_ROLE_RULE } from '../rules/exo06-high-privilege-role';
import { EXCHANGE_PRINCIPAL_DESTROYABLE_RULE } from '../rules/exo07-exchange-principal-destroyable';
import { SECURITY_ADMINISTRATOR_LIMITS_RULE } from '../rules/exo08-security-administrator-limits';
import { UNSUPPORTED_ROLE_RULE } from '../rules/exo09-unsupported-role';
import { ADMINISTRATIVE_UNIT_SCOPE_RULE } from '../rules/exo10-administrative-unit-scope';
import { NO_ROLES_RULE } from '../rules/exo11-no-roles';
import { START_TIME_TOO_SOON_RULE } from '../rules/exo12-start-time-too-soon';
import { PREVIEW_MODULE_RULE } from '../rules/exo13-preview-module';
import { SCRIPT_CONNECTS_ITSELF_RULE } from '../rules/exo14-script-connects-itself';
import { VERSION_CONSTRAINT_TOO_WIDE_RULE } from '../rules/exo15-version-constraint-too-wide';
import { RETIRED_RUNTIME_RULE } from '../rules/exo16-retired-runtime';
import { PolicySeverity } from '../rules/policy-severity';
import { Rule } from '../rules/rule';

/** One PolicyRule object per rule (declared before the class: its static fields are built from it). */
const VIEWS = new Map<Rule, PolicyRule>();

/**
 * A rule of the package's policy checks, with a stable id (`EXO1` ...) for suppressions. Each rule lives
 * in a file of its own (lib/rules/exo01-missing-exchange-grant.ts ... exo16-retired-runtime.ts): rules
 * EXO1-EXO7 run when {@link ExchangeOnlinePolicyChecks} is added; EXO8 and later are findings the
 * constructs make about their own props (EXO15: the stack's version constraints) and are always reported
 * (as warnings). {@link PolicySuppressions} accepts every id.
 */
export class PolicyRule {
  /** An identity runs an Exchange runbook but has no Exchange.ManageAsApp grant in the stack. */
  public static readonly MISSING_EXCHANGE_GRANT = PolicyRule.of(MISSING_EXCHANGE_GRANT_RULE);
  /** An identity runs an Exchange runbook but holds no role Microsoft supports for Exchange Online PowerShell. */
  public static readonly MISSING_SUPPORTED_ROLE = PolicyRule.of(MISSING_SUPPORTED_ROLE_RULE);
  /** A runbook's runtime has no ExchangeOnlineManagement import in its Automation account. */
  public static readonly MISSING_EXCHANGE_MODULE = PolicyRule.of(MISSING_EXCHANGE_MODULE_RULE);
  /** A runbook connects with a user-assigned identity but does not pass its client id. */
  public static readonly USER_ASSIGNED_WITHOUT_CLIENT_ID = PolicyRule.of(USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE);
  /** An Automation account has local (shared key) authentication turned on. */
  public static readonly LOCAL_AUTHENTICATION_ENABLED = PolicyRule.of(LOCAL_AUTHENTICATION_ENABLED_RULE);
  /** A role binding grants a role that controls all of Exchange Online (or the whole tenant). */
  public static readonly HIGH_PRIVILEGE_ROLE = PolicyRule.of(HIGH_PRIVILEGE_ROLE_RULE);
  /** The tenant's Exchange Online service principal is managed without prevent_destroy. */
  public static readonly EXCHANGE_PRINCIPAL_DESTROYABLE = PolicyRule.of(EXCHANGE_PRINCIPAL_DESTROYABLE_RULE);
  /** A role binding assigns Security Administrator, which lacks Exchange recipient and protection permissions. */
  public static readonly SECURITY_ADMINISTRATOR_LIMITS = PolicyRule.of(SECURITY_ADMINISTRATOR_LIMITS_RULE);
  /** A role binding assigns a role Microsoft does not support for Exchange Online PowerShell. */
  public static readonly UNSUPPORTED_ROLE = PolicyRule.of(UNSUPPORTED_ROLE_RULE);
  /** A role binding is scoped to an administrative unit. */
  public static readonly ADMINISTRATIVE_UNIT_SCOPE = PolicyRule.of(ADMINISTRATIVE_UNIT_SCOPE_RULE);
  /** The whole procedure assigns no Microsoft Entra role. */
  public static readonly NO_ROLES = PolicyRule.of(NO_ROLES_RULE);
  /** A schedule starts less than five minutes after synthesis. */
  public static readonly START_TIME_TOO_SOON = PolicyRule.of(START_TIME_TOO_SOON_RULE);
  /** A preview ExchangeOnlineManagement version is imported. */
  public static readonly PREVIEW_MODULE = PolicyRule.of(PREVIEW_MODULE_RULE);
  /** A runbook script connects to Exchange Online itself. */
  public static readonly SCRIPT_CONNECTS_ITSELF = PolicyRule.of(SCRIPT_CONNECTS_ITSELF_RULE);
  /** A Terraform or provider version constraint set on the stack also admits releases the stack cannot use. */
  public static readonly VERSION_CONSTRAINT_TOO_WIDE = PolicyRule.of(VERSION_CONSTRAINT_TOO_WIDE_RULE);
  /** A runtime is PowerShell 7.2, which Microsoft retired in Azure Automation on 2026-09-30. */
  public static readonly RETIRED_RUNTIME = PolicyRule.of(RETIRED_RUNTIME_RULE);

  /** Every rule, in id order (derived from the list of rules, lib/rules/all-rules.ts). */
  public static all(): PolicyRule[] {
    return ALL_RULES.map((rule) => PolicyRule.of(rule));
  }

  private static of(rule: Rule): PolicyRule {
    let view = VIEWS.get(rule);
    if (!view) {
      view = new PolicyRule(rule);
      VIEWS.set(rule, view);
    }
    return view;
  }

  /** Stable id used in messages and suppressions. */
  public readonly id: string;
  /** Severity when the checks run with their defaults. */
  public readonly defaultSeverity: PolicySeverity;
  /** What the rule finds and why it matters. */
  public readonly description: string;
  /** What the rule looks at: Terraform resource types and the kinds of this package's constructs (EXO15: `TerraformStack`). */
  public readonly appliesTo: string[];
  /** True when the rule runs only with ExchangeOnlinePolicyChecks; false when constructs always report it. */
  public readonly requiresPolicyChecks: boolean;

  private constructor(rule: Rule) {
    this.id = rule.id;
    this.defaultSeverity = rule.severity;
    this.description = rule.description;
    this.appliesTo = [...rule.appliesTo];
    this.requiresPolicyChecks = rule.source === 'policy';
  }
}
