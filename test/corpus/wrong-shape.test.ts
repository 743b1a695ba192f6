// Wrong-shape input at every public entry point: a missing props object, a string where a runtime, role,
// script or account is expected (what JavaScript and JSON-fed callers pass), a list that is not a list.
// Each must fail with an Error naming the construct path (or the factory), the prop and what to pass,
// never a TypeError from deep inside. `cases` holds cases by hand (and the review's reproductions); `props`
// has one row per prop of every entry point, each a value of the wrong shape with every other argument
// valid. A third table checks the type checks (`isX`) that replace `instanceof`. The rows live beside each
// construct's tests (test/<folder>/<file>.corpus.ts, listed in rows.ts); this file runs them, and its
// coverage tests, the one completeness check, prove that the rows reach every public constructor and
// method, and every prop of each (test/support/public-api.ts reads them from the TypeScript declarations).
import { App } from 'cdktf';
import { EntraRole, ExchangeOnlineModuleImport, PowerShellRuntime } from '../../lib';
import { publicEntryPoints, publicProps } from '../support/public-api';
import { Args, ConstructRows, fixture, GUID, refusalOf } from './corpus';
import { ALL_ROWS } from './rows';

const CORPUS = ALL_ROWS.flatMap((rows) => rows.cases ?? []);
const TYPE_CHECKS = ALL_ROWS.flatMap((rows) => rows.typeChecks ?? []);
const NOT_IN_CORPUS: { [entry: string]: string } = Object.assign({}, ...ALL_ROWS.map((rows) => rows.notInCorpus ?? {}));
const ENTRY_POINTS: NonNullable<ConstructRows['entryPoints']> = Object.assign({}, ...ALL_ROWS.map((rows) => rows.entryPoints ?? {}));
const PROPS = ALL_ROWS.flatMap((rows) => rows.props ?? []);
const PROPS_ELSEWHERE: { [prop: string]: string } = Object.assign({}, ...ALL_ROWS.map((rows) => rows.propsElsewhere ?? {}));

/**
 * `args` with the value at `at` replaced (copying only the objects on the way): `name` is a field of the
 * props argument, `schedule.interval` one level down, `parameters[]` the first element of a list.
 */
function withValue(args: Args, at: string, value: unknown): Args {
  const propsArgument = ['props', 'options', 'attrs'].find((name) => name in args);
  const segments = at.split('.').flatMap((segment) => (segment.endsWith('[]') ? [segment.slice(0, -2), '0'] : [segment]));
  const route = segments[0] in args || propsArgument === undefined ? segments : [propsArgument, ...segments];
  const set = (target: any, [head, ...rest]: string[]): any => {
    const copy = Array.isArray(target) ? [...target] : { ...target };
    copy[head] = rest.length === 0 ? value : set(target?.[head] ?? {}, rest);
    return copy;
  };
  return set(args, route);
}

describe('wrong-shape corpus', () => {
  test.each(CORPUS)('%s: %s', (_entry, _case, build, expected) => {
    const f = fixture();
    const { message } = refusalOf(() => build(f));
    expect(message).toContain(expected);
    expect(message).not.toMatch(/\n\s+at /);
  });

  test.each(TYPE_CHECKS)('%s is true for an instance and false for look-alikes', (_entry, check, real) => {
    expect(check(real(fixture()))).toBe(true);
    for (const lookAlike of [undefined, null, '5.1', 42, {}, { templateId: GUID }, new App()]) {
      expect(check(lookAlike)).toBe(false);
    }
  });

  test('a type check accepts an instance made by a second copy of the package', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy needs a fresh require inside isolateModules
      const copy = require('../../lib');
      expect(copy.PowerShellRuntime).not.toBe(PowerShellRuntime);
      expect(PowerShellRuntime.isPowerShellRuntime(copy.PowerShellRuntime.V7_4)).toBe(true);
      expect(EntraRole.isEntraRole(copy.EntraRole.GLOBAL_READER)).toBe(true);
      // And the constructs of one copy accept the values of the other.
      const f = fixture();
      const modules = new ExchangeOnlineModuleImport(f.stack, 'copy-modules', { account: f.account, runtime: copy.PowerShellRuntime.V7_2 });
      expect(modules.runtime.version).toBe('7.2');
    });
  });

  test.each(Object.keys(ENTRY_POINTS))('%s succeeds with the valid arguments the prop rows start from', (entry) => {
    const f = fixture();
    expect(() => ENTRY_POINTS[entry].call(f, ENTRY_POINTS[entry].valid(f))).not.toThrow();
  });

  test.each(PROPS)('%s: %s of the wrong shape', (entry, prop, value, expected) => {
    const f = fixture();
    const { call, valid } = ENTRY_POINTS[entry];
    const { message } = refusalOf(() => call(f, withValue(valid(f), prop, value)));
    expect(message).toContain(expected);
    expect(message).not.toMatch(/\n\s+at /);
  });

  test('has a row for every prop of every public entry point', () => {
    const covered = new Set([...PROPS.map(([entry, prop]) => `${entry}: ${prop}`), ...Object.keys(PROPS_ELSEWHERE)]);
    const typeChecks = new Set(TYPE_CHECKS.map(([entry]) => entry));
    expect(publicProps().filter((prop) => !covered.has(prop) && !typeChecks.has(prop.split(': ')[0]))).toEqual([]);
  }, 60_000);

  test('covers every public constructor and method that takes arguments', () => {
    const covered = new Set([...CORPUS.map(([entry]) => entry), ...TYPE_CHECKS.map(([entry]) => entry), ...Object.keys(NOT_IN_CORPUS)]);
    expect(publicEntryPoints().filter((entry) => !covered.has(entry))).toEqual([]);
  }, 60_000);
});
