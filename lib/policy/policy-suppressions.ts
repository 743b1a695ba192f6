import { IConstruct } from 'constructs';
import { PolicyRule } from './policy-rule';
import { findSuppression, storeSuppression } from '../rules/suppressions';
import { requireConstruct } from '../validation/shapes';
import { fail, requireObject } from '../validation/values';

/** A finding the team has decided to accept, with the reason. */
export interface PolicySuppression {
  /** The rule id, e.g. `EXO6`. */
  readonly ruleId: string;
  /** Why the finding is acceptable (at least 10 characters), kept for reviewers and auditors. */
  readonly reason: string;
}

/**
 * Suppressions stored on constructs (cdk-nag's model): a suppression on a construct covers the
 * construct and everything below it. It is kept in the construct tree only (construct metadata, which
 * cdktf does not write to the synthesized stack); a suppressed finding is reported as an info
 * annotation that quotes the reason, so `cdktf synth` output shows what was accepted and why.
 */
export class PolicySuppressions {
  /** Accepts the named rules' findings on `construct` and its children, each with a reason. */
  public static add(construct: IConstruct, suppressions: PolicySuppression[]): void {
    requireConstruct('PolicySuppressions.add', 'construct', construct);
    if (!Array.isArray(suppressions)) {
      fail(construct, 'suppressions', suppressions, 'must be a list of { ruleId, reason }');
    }
    const known = PolicyRule.all().map((rule) => rule.id);
    for (const [index, suppression] of suppressions.entries()) {
      requireObject(construct, `suppressions[${index}]`, suppression, 'must be an object { ruleId, reason }');
      if (!known.includes(suppression.ruleId)) {
        fail(construct, 'ruleId', suppression.ruleId, `must be one of ${known.join(', ')}`);
      }
      if (typeof suppression.reason !== 'string' || suppression.reason.trim().length < 10) {
        fail(construct, `reason of ${suppression.ruleId}`, suppression.reason,
          'must explain the decision in at least 10 characters');
      }
      storeSuppression(construct, suppression.ruleId, suppression.reason.trim());
    }
  }

  /** The suppression of `ruleId` that covers `construct` (on it or on a parent), if any. */
  public static find(construct: IConstruct, ruleId: string): PolicySuppression | undefined {
    return findSuppression(construct, ruleId);
  }
}
