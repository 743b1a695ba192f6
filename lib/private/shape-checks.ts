// Wrong-shape guards: values that must be one of this package's classes (a runtime, a role, an
// account, ...). They test the markers of lib/private/markers.ts, so an instance from a second copy of the
// package passes, and a string such as '5.1' where a PowerShellRuntime is expected fails with a message
// that names the prop and what to pass instead.
import { IConstruct } from 'constructs';
import { isMarked } from './markers';
import { fail } from './validation';

/** Shows a wrong value in messages: a construct by its path, anything else as it is. */
function shown(value: unknown): unknown {
  const path = (value as IConstruct | null | undefined)?.node?.path;
  return typeof path === 'string' ? path : value;
}

/** Requires `value` to be marked as `kind`; `expected` says in words what to pass. */
export function requireKind<T>(scope: IConstruct | string, prop: string, value: unknown, kind: string, expected: string): T {
  if (!isMarked(value, kind)) {
    fail(scope, prop, shown(value), `must be ${expected}`);
  }
  return value as T;
}

/** An optional boolean flag: JavaScript callers can pass `'yes'` or `1`. */
export function requireOptionalBoolean(scope: IConstruct | string, prop: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    fail(scope, prop, value, 'must be true or false');
  }
  return value as boolean | undefined;
}
