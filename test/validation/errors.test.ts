// lib/validation/errors.ts: every refusal throws one class, ConfigurationError, which users see exactly as
// the plain Error it replaced (its message, `Error: <message>` when printed, uncaught or through
// util.inspect); faults of the package itself stay plain Errors.
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { inspect } from 'util';
import { ConfigurationError, internalError } from '../../lib/validation/errors';
import { describeProblem, fail, requireString, requireTags } from '../../lib/validation/values';

/** What was thrown by `action`. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** The printed form without its stack frames (they name this file's lines). */
const header = (text: string) => text.split(/\n +at /)[0];

describe('ConfigurationError', () => {
  test('fail throws it, with describeProblem\'s message', () => {
    const error = thrown(() => fail('Factory.method', 'prop', 'x', 'must be y'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(describeProblem('Factory.method', 'prop', 'x', 'must be y'));
    expect((error as Error).message).toBe('Factory.method: prop "x" must be y');
  });

  test('prints as the plain Error it replaced: name, String(), stack and util.inspect', () => {
    const message = 'stack/account: name "ab" must be 6-50 letters\nsecond line';
    const refusal = new ConfigurationError(message);
    const plain = new Error(message);
    expect(refusal.name).toBe('Error');
    expect(String(refusal)).toBe(String(plain));
    expect(header(refusal.stack!)).toBe(header(plain.stack!));
    // Node prints an uncaught error with util.inspect, which names the constructor when it is not `name`.
    expect(header(inspect(refusal))).toBe(header(inspect(plain)));
    expect(header(inspect(refusal))).toBe(`Error: ${message}`);
    expect(header(inspect({ refusal }))).toBe(header(inspect({ refusal: plain })));
    expect(Object.keys(refusal)).toEqual([]);
  });

  test('the checks of values throw it, including the message that is not in describeProblem\'s form', () => {
    expect(thrown(() => requireString('Factory.method', 'name', 42))).toBeInstanceOf(ConfigurationError);
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    const error = thrown(() => requireTags({ node: { path: 'stack/identity' } } as any, 'tags', tags));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe('stack/identity: tags (51 tags) must have at most 50 entries (azurerm and Azure allow 50 tags per resource)');
  });

  test('internalError throws a plain Error: a fault of the package, not a refusal', () => {
    const error = thrown(() => internalError('internal error: no policy rule EXO99'));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe('internal error: no policy rule EXO99');
  });
});

describe('every throw of lib goes through lib/validation/errors.ts', () => {
  const lib = path.join(__dirname, '..', '..', 'lib');
  const files = (readdirSync(lib, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));

  test('no module but errors.ts makes an Error of its own', () => {
    const offenders = files.filter((file) => file !== path.join('validation', 'errors.ts')
      && /\bnew Error\(|\bthrow Error\(/.test(readFileSync(path.join(lib, file), 'utf8')));
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
