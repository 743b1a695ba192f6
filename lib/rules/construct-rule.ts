// How a `construct` rule is made: a warning whose findings are the ones a construct recorded about its
// own props when it was created (findings.ts). Each construct rule's file calls this once.
import { PolicySeverity } from './policy-severity';
import { recordedFindings } from './findings';
import { Rule } from './rule';

/** The texts of a construct rule: its id, finding text, kinds that record it, and README row. */
export interface ConstructRuleSpec {
  readonly id: string;
  readonly description: string;
  readonly appliesTo: readonly string[];
  readonly summary: string;
  readonly raisedBy: string;
}

/** A construct rule: a warning; its check returns the details `node` recorded under its id. */
export function constructRule(spec: ConstructRuleSpec): Rule {
  return {
    ...spec,
    severity: PolicySeverity.WARNING,
    source: 'construct',
    check: (node) => recordedFindings(node).filter((finding) => finding.rule.id === spec.id).map((finding) => finding.detail),
  };
}
