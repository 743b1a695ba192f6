// Where accepted findings are kept: construct metadata (cdk-nag's model), which cdktf does not write to
// the synthesized stack. A suppression on a construct covers the construct and everything below it.
// The public entry point is PolicySuppressions (lib/policy/policy-suppressions.ts), which checks what
// users pass; the reporter (report.ts) only looks suppressions up.
import { IConstruct } from 'constructs';

/** An accepted finding: the rule and why (the shape of the public PolicySuppression). */
export interface StoredSuppression {
  readonly ruleId: string;
  readonly reason: string;
}

const METADATA_TYPE = 'cdktf-exo-managed-identity:policy-suppression';

/** Records that findings of `ruleId` on `construct` and below are accepted for `reason`. */
export function storeSuppression(construct: IConstruct, ruleId: string, reason: string): void {
  construct.node.addMetadata(METADATA_TYPE, { ruleId, reason });
}

/** The suppression of `ruleId` that covers `construct` (on it or on a parent), if any. */
export function findSuppression(construct: IConstruct, ruleId: string): StoredSuppression | undefined {
  for (const scope of [...construct.node.scopes].reverse()) {
    const entry = scope.node.metadata.find((m) => m.type === METADATA_TYPE && m.data.ruleId === ruleId);
    if (entry) {
      return entry.data as StoredSuppression;
    }
  }
  return undefined;
}
