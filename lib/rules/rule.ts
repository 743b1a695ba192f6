// The shape of one policy rule (cdk-nag's model: one typed object per rule, in its own file under
// lib/rules/, listed in id order by all-rules.ts). PolicyRule (the public view), the policy checks'
// aspect, the stack's checks and the README's rules table all derive from these objects.
import { IConstruct } from 'constructs';
import { PolicySeverity } from './policy-severity';

/**
 * One rule. Its `source` says who finds it:
 * - `policy`: its `check` runs when ExchangeOnlinePolicyChecks is added, on every construct whose
 *   Terraform resource type or marker kind (lib/validation/markers.ts) is in `appliesTo`;
 * - `construct`: a construct of the kinds in `appliesTo` records the finding about its own props when it
 *   is created (findings.ts, through the imported rule object); the stack's checks report it at synthesis.
 */
export interface Rule {
  /** Stable id used in messages and suppressions: `EXO<n>`. */
  readonly id: string;
  /** Severity when the checks run with their defaults. */
  readonly severity: PolicySeverity;
  /** What the rule finds and why it matters: the text of every finding (`[EXO<n>] <description> (<detail>)`). */
  readonly description: string;
  /** Terraform resource types and this package's marker kinds the rule applies to. */
  readonly appliesTo: readonly string[];
  /** `policy` rules run with ExchangeOnlinePolicyChecks; `construct` rules are recorded by constructs. */
  readonly source: 'policy' | 'construct';
  /** The README's rules table: what the rule finds, in a few words (the `finds` column). */
  readonly summary: string;
  /** The README's rules table: what raises a `construct` rule (the `from` column); policy rules have none. */
  readonly raisedBy?: string;
  /** The details of the findings on `node`, one per finding (an empty list when the node passes). */
  check(node: IConstruct): string[];
}
