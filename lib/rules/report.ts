// Reporting one finding of a rule on a construct, the same way for every rule: an Annotation prefixed
// with the rule id, an info note instead when a PolicySuppressions rule covers the construct.
import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { PolicySeverity } from './policy-severity';
import { findSuppression } from './suppressions';
import { Rule } from './rule';

/** Reports `detail` of `rule` on `node`; errors become warnings when `asWarning`. */
export function reportFinding(node: IConstruct, rule: Rule, detail: string | undefined, asWarning: boolean): void {
  const suppression = findSuppression(node, rule.id);
  const message = `[${rule.id}] ${rule.description}${detail ? ` (${detail})` : ''}`;
  if (suppression) {
    Annotations.of(node).addInfo(`${message} Suppressed: ${suppression.reason}`);
    return;
  }
  const fix = ` To accept it: PolicySuppressions.add(construct, [{ ruleId: '${rule.id}', reason: '...' }]).`;
  if (rule.severity === PolicySeverity.ERROR && !asWarning) {
    Annotations.of(node).addError(message + fix);
  } else {
    Annotations.of(node).addWarning(message + fix);
  }
}

/**
 * Runs `rule`'s check on `node` and reports each finding. A check that throws does not stop the
 * synthesis: it becomes a warning under the rule's id that says the rule could not run (cdk-nag's
 * `applyRule` does the same), so a bug in one rule never hides the others.
 */
export function runRule(node: IConstruct, rule: Rule, asWarning: boolean): void {
  let details: string[];
  try {
    details = rule.check(node);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    reportFinding(node, { ...rule, severity: PolicySeverity.WARNING, description: `could not be checked on this construct: ${reason}` }, undefined, true);
    return;
  }
  for (const detail of details) {
    reportFinding(node, rule, detail, asWarning);
  }
}
