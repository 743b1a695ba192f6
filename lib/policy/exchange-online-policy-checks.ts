import { IAspect } from 'cdktf';
import { IConstruct } from 'constructs';
import { runRule } from '../rules/report';
import { resourceTypeOf } from '../terraform/resource-arguments';
import { ALL_RULES } from '../rules/all-rules';
import { Rule } from '../rules/rule';
import { isMarked, markAs } from '../validation/markers';
import { requireOptionalBoolean } from '../validation/shapes';
import { requireObject } from '../validation/values';

/** Options of {@link ExchangeOnlinePolicyChecks}. */
export interface ExchangeOnlinePolicyChecksProps {
  /**
   * Report every finding as a warning (for a first run over an existing app).
   * @default false - each rule uses its default severity
   */
  readonly reportAsWarnings?: boolean;
}

/** The policy rules by what they apply to (a Terraform resource type or a construct kind). */
const POLICY_RULES = new Map<string, Rule[]>();
for (const entry of ALL_RULES.filter((rule) => rule.source === 'policy')) {
  for (const target of entry.appliesTo) {
    POLICY_RULES.set(target, [...(POLICY_RULES.get(target) ?? []), entry]);
  }
}
/** The construct kinds among them (resource types contain an underscore, construct kinds do not). */
const CONSTRUCT_KINDS = [...POLICY_RULES.keys()].filter((target) => !target.includes('_'));

/**
 * Least-privilege and consistency checks across constructs, in the model of cdk-nag: add it to the app
 * or to a stack, `Aspects.of(app).add(new ExchangeOnlinePolicyChecks())`. Findings are Annotations on
 * the offending construct, prefixed with the rule id (`[EXO1]`); errors stop synthesis. Accept a
 * finding with `PolicySuppressions.add(construct, [{ ruleId, reason }])`. The rules are listed in
 * {@link PolicyRule}. Provider resources are recognized by their Terraform type, so hand-written ones
 * (runbooks, accounts, service principals, from any binding) are checked too, and hand-written grants
 * and role assignments (`azuread_app_role_assignment`, `azuread_directory_role_assignment`) count for
 * EXO1 and EXO2 by the principal id they name.
 *
 * cdktf invokes only the aspects of a stack and its children; the package hands checks added to the
 * app (or any scope above a stack) to every stack of the app before synthesis, so both places work.
 * The hand-over is set up by the first construct of this package created in the app (any stack). In an
 * app with no construct of this package at all (only provider classes), no code of the package runs at
 * synthesis: checks added above the stacks then never run, and nothing can report that. There, add the
 * checks to each stack: `Aspects.of(stack).add(new ExchangeOnlinePolicyChecks())`.
 */
export class ExchangeOnlinePolicyChecks implements IAspect {
  /** True when `x` is an ExchangeOnlinePolicyChecks (from any copy of this package). */
  public static isExchangeOnlinePolicyChecks(x: unknown): x is ExchangeOnlinePolicyChecks {
    return isMarked(x, 'ExchangeOnlinePolicyChecks');
  }

  private readonly reportAsWarnings: boolean;

  constructor(props: ExchangeOnlinePolicyChecksProps = {}) {
    markAs(this, 'ExchangeOnlinePolicyChecks');
    requireObject('ExchangeOnlinePolicyChecks', 'props', props);
    this.reportAsWarnings = requireOptionalBoolean('ExchangeOnlinePolicyChecks', 'reportAsWarnings', props.reportAsWarnings) ?? false;
  }

  /** Checks one construct (cdktf calls it for every construct under the scope the aspect was added to). */
  public visit(node: IConstruct): void {
    const type = resourceTypeOf(node);
    const kinds = type !== undefined ? [type] : CONSTRUCT_KINDS.filter((kind) => isMarked(node, kind));
    for (const kind of kinds) {
      for (const entry of POLICY_RULES.get(kind) ?? []) {
        runRule(node, entry, this.reportAsWarnings);
      }
    }
  }
}
