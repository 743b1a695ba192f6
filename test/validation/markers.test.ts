// lib/validation/markers.ts: type checks that hold across two copies of the package, through a marker under
// a Symbol.for key (shared by every copy) instead of instanceof (which compares one copy's classes).
import { isMarked, markAs } from '../../lib/validation/markers';

/** A second copy of the module, as a bundled dependency or the other flavor would load it. */
function secondCopy(): typeof import('../../lib/validation/markers') {
  let copy: typeof import('../../lib/validation/markers') | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy needs a fresh require inside isolateModules
    copy = require('../../lib/validation/markers');
  });
  return copy!;
}

describe('markers', () => {
  test('a marked object is of its kind only', () => {
    const target = {};
    markAs(target, 'RunbookScript');
    expect(isMarked(target, 'RunbookScript')).toBe(true);
    expect(isMarked(target, 'PowerShellRuntime')).toBe(false);
    expect(isMarked({}, 'RunbookScript')).toBe(false);
  });

  test('a mark made by one copy of the module is read by another', () => {
    const copy = secondCopy();
    expect(copy.isMarked).not.toBe(isMarked);
    const target = {};
    copy.markAs(target, 'ExchangeOnlineRunbook');
    expect(isMarked(target, 'ExchangeOnlineRunbook')).toBe(true);
    const other = {};
    markAs(other, 'ExchangeOnlineRunbook');
    expect(copy.isMarked(other, 'ExchangeOnlineRunbook')).toBe(true);
  });

  test('the key is Symbol.for of the package name and kind, hidden from enumeration and fixed', () => {
    const target: { [key: symbol]: unknown } = {};
    markAs(target, 'Kind');
    expect(target[Symbol.for('cdktf-exo-managed-identity.Kind')]).toBe(true);
    expect(Object.keys(target)).toEqual([]);
    expect(JSON.stringify(target)).toBe('{}');
    expect(Object.getOwnPropertyDescriptor(target, Symbol.for('cdktf-exo-managed-identity.Kind'))).toEqual(
      { value: true, enumerable: false, writable: false, configurable: false });
  });

  test('functions can be marked; null, primitives and a look-alike with another value are not marked', () => {
    const fn = () => undefined;
    markAs(fn, 'Kind');
    expect(isMarked(fn, 'Kind')).toBe(true);
    for (const value of [null, undefined, 'Kind', 1, true]) {
      expect(isMarked(value, 'Kind')).toBe(false);
    }
    expect(isMarked({ [Symbol.for('cdktf-exo-managed-identity.Kind')]: 'yes' }, 'Kind')).toBe(false);
    expect(isMarked({ [Symbol('cdktf-exo-managed-identity.Kind')]: true }, 'Kind')).toBe(false);
  });
});
