// Findings a construct makes about its own props when it is created (a preview module version, a role
// Exchange Online does not support, ...). They are recorded on the construct with the rule object the
// construct imported (so a mistyped rule is a compile error), and reported at synthesis by the stack's
// checks (stack-checks.ts) under the rule's id, so a PolicySuppressions entry added after the construct
// was created still applies. The key is a Symbol.for, shared by every copy of the package.
import { IConstruct } from 'constructs';
import { Rule } from './rule';

const KEY = Symbol.for('cdktf-exo-managed-identity.findings');

/** One recorded finding: the rule it breaks and what about this construct breaks it. */
export interface RecordedFinding {
  readonly rule: Rule;
  readonly detail: string;
}

/** Records that `node` breaks `rule`; `detail` names the offending value. */
export function recordFinding(node: IConstruct, rule: Rule, detail: string): void {
  const holder = node as unknown as { [KEY]?: RecordedFinding[] };
  if (holder[KEY] === undefined) {
    Object.defineProperty(holder, KEY, { value: [], enumerable: false });
  }
  holder[KEY]!.push({ rule, detail });
}

/** The findings recorded on `node` (not its children), in the order they were made. */
export function recordedFindings(node: IConstruct): readonly RecordedFinding[] {
  return (node as unknown as { [KEY]?: RecordedFinding[] })[KEY] ?? [];
}
