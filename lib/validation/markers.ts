// Type checks that survive two copies of this package in one app (a dependency that bundles its own
// copy, or the cdktf and cdktn flavors side by side). `instanceof` compares classes, which differ
// between copies; a marker under a `Symbol.for` key is shared by every copy, as aws-cdk-lib's
// `Role.isRole` does.

const PREFIX = 'cdktf-exo-managed-identity.';

/** The marker symbol of each kind, looked up in the global registry once (every construct is marked). */
const SYMBOLS = new Map<string, symbol>();
/** A marker: true, not enumerable, not writable, so spreading or assigning a construct copies none. */
const MARKER: PropertyDescriptor = Object.freeze({ value: true, enumerable: false });

function symbolOf(kind: string): symbol {
  let symbol = SYMBOLS.get(kind);
  if (symbol === undefined) {
    symbol = Symbol.for(PREFIX + kind);
    SYMBOLS.set(kind, symbol);
  }
  return symbol;
}

/** Marks `target` as an instance of `kind` (e.g. 'ExchangeOnlineRunbook'). */
export function markAs(target: object, kind: string): void {
  Object.defineProperty(target, symbolOf(kind), MARKER);
}

/** True when `x` was marked as `kind` by any copy of this package. */
export function isMarked(x: unknown, kind: string): boolean {
  return x !== null && (typeof x === 'object' || typeof x === 'function')
    && (x as { [key: symbol]: unknown })[symbolOf(kind)] === true;
}
