// Findings a construct makes about its own props when it is created (a preview module version, a role
// Exchange Online does not support, ...). They are recorded on the construct and reported at synthesis
// by the stack's checks (stack-checks.ts) under their policy rule id, so a PolicySuppressions entry
// added after the construct was created still applies. The key is a Symbol.for, shared by every copy
// of the package.
import { IConstruct } from 'constructs';

const KEY = Symbol.for('cdktf-exo-managed-identity.findings');

/** One recorded finding: the rule it breaks and what about this construct breaks it. */
export interface RecordedFinding {
  readonly ruleId: string;
  readonly detail: string;
}

/** Records that `node` breaks rule `ruleId`; `detail` names the offending value. */
export function recordFinding(node: IConstruct, ruleId: string, detail: string): void {
  const holder = node as unknown as { [KEY]?: RecordedFinding[] };
  if (holder[KEY] === undefined) {
    Object.defineProperty(holder, KEY, { value: [], enumerable: false });
  }
  holder[KEY]!.push({ ruleId, detail });
}

/** The findings recorded on `node` (not its children), in the order they were made. */
export function recordedFindings(node: IConstruct): readonly RecordedFinding[] {
  return (node as unknown as { [KEY]?: RecordedFinding[] })[KEY] ?? [];
}
