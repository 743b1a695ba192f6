// Type checks that survive two copies of this package in one app (a dependency that bundles its own
// copy, or the cdktf and cdktn flavors side by side). `instanceof` compares classes, which differ
// between copies; a marker under a `Symbol.for` key is shared by every copy, as aws-cdk-lib's
// `Role.isRole` does.

const PREFIX = 'cdktf-exo-managed-identity.';

/** Marks `target` as an instance of `kind` (e.g. 'ExchangeOnlineRunbook'). */
export function markAs(target: object, kind: string): void {
  Object.defineProperty(target, Symbol.for(PREFIX + kind), { value: true, enumerable: false });
}

/** True when `x` was marked as `kind` by any copy of this package. */
export function isMarked(x: unknown, kind: string): boolean {
  return x !== null && (typeof x === 'object' || typeof x === 'function')
    && (x as { [key: symbol]: unknown })[Symbol.for(PREFIX + kind)] === true;
}
