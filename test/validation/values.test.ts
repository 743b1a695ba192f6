// lib/validation/values.ts: the message every refusal uses (`<where>: <prop> <value> <rule>`), the value
// checks built on it, and the rule that values known only at apply time (tokens) are never judged.
import { Lazy, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ConfigurationError } from '../../lib/validation/errors';
import {
  describeProblem, fail, isGuid, isUnresolved, lowerGuid, requireArray, requireGuid, requireObject, requirePattern, requireString,
  requireTags, requireTrimmed,
} from '../../lib/validation/values';
import { newStack } from '../support/helpers';

const token = () => Lazy.stringValue({ produce: () => 'known at apply time' });
const GUID = '11111111-2222-3333-4444-555555555555';

describe('describeProblem', () => {
  test('names a factory given as text, or the path of a construct', () => {
    const stack = newStack();
    const construct = new Construct(stack, 'exo');
    expect(describeProblem('Factory.method', 'prop', 'x', 'must be y')).toBe('Factory.method: prop "x" must be y');
    expect(describeProblem(construct, 'prop', 'x', 'must be y')).toBe('test/exo: prop "x" must be y');
  });

  test('writes the value as JSON, a missing one as (missing), and what JSON cannot write as text', () => {
    const circular: { self?: unknown } = {};
    circular.self = circular;
    expect(describeProblem('f', 'p', undefined, 'r')).toBe('f: p (missing) r');
    expect(describeProblem('f', 'p', 'say "hi"', 'r')).toBe('f: p "say \\"hi\\"" r');
    expect(describeProblem('f', 'p', 42, 'r')).toBe('f: p 42 r');
    expect(describeProblem('f', 'p', null, 'r')).toBe('f: p null r');
    expect(describeProblem('f', 'p', { a: [1, 'b'] }, 'r')).toBe('f: p {"a":[1,"b"]} r');
    expect(describeProblem('f', 'p', circular, 'r')).toBe('f: p [object Object] r');
    expect(describeProblem('f', 'p', BigInt(7), 'r')).toBe('f: p 7 r');
    expect(describeProblem('f', 'p', Symbol('s'), 'r')).toBe('f: p Symbol(s) r');
  });
});

describe('fail', () => {
  test('throws a ConfigurationError with describeProblem\'s message', () => {
    expect(() => fail('Factory.method', 'prop', ['a'], 'must be y')).toThrow(ConfigurationError);
    expect(() => fail('Factory.method', 'prop', ['a'], 'must be y')).toThrow(/^Factory\.method: prop \["a"\] must be y$/);
  });
});

describe('tokens are not judged', () => {
  test('isUnresolved tells a token from a literal', () => {
    expect(isUnresolved(token())).toBe(true);
    expect(isUnresolved(new TerraformVariable(newStack(), 'v', { type: 'string' }).stringValue)).toBe(true);
    expect(isUnresolved('plain')).toBe(false);
    expect(isUnresolved(undefined)).toBe(false);
  });

  test('every check returns a token as it is, whatever the rule', () => {
    const value = token();
    expect(requireString('f', 'p', value)).toBe(value);
    expect(requirePattern('f', 'p', value, /^never$/, 'must never match')).toBe(value);
    expect(requireTrimmed('f', 'p', value)).toBe(value);
    expect(requireGuid('f', 'p', value)).toBe(value);
    expect(lowerGuid(value)).toBe(value);
    expect(() => requireTags(new Construct(newStack(), 'c'), 'tags', { owner: value })).not.toThrow();
  });
});

describe('requireString and requirePattern', () => {
  test.each([
    [undefined, 'f: p (missing) must be a string'],
    [3, 'f: p 3 must be a string'],
    ['', 'f: p "" must not be empty'],
    ['  \n', 'f: p "  \\n" must not be empty'],
  ])('refuses %j', (value, message) => {
    expect(() => requireString('f', 'p', value)).toThrow(message);
  });

  test('returns a string that passes; a pattern refuses with the rule given', () => {
    expect(requireString('f', 'p', ' x ')).toBe(' x ');
    expect(requirePattern('f', 'p', 'abc', /^[a-z]+$/, 'must be letters')).toBe('abc');
    expect(() => requirePattern('f', 'p', 'ab1', /^[a-z]+$/, 'must be letters')).toThrow('f: p "ab1" must be letters');
    expect(() => requirePattern('f', 'p', 5, /^[a-z]+$/, 'must be letters')).toThrow('f: p 5 must be a string');
  });

  test('requireTrimmed refuses leading or trailing whitespace', () => {
    expect(requireTrimmed('f', 'p', 'a b')).toBe('a b');
    expect(() => requireTrimmed('f', 'p', 'id\n')).toThrow('f: p "id\\n" must not begin or end with whitespace (a space or line break copied with the id?)');
    expect(() => requireTrimmed('f', 'p', ' id')).toThrow('must not begin or end with whitespace');
  });
});

describe('GUIDs', () => {
  test('isGuid accepts the 8-4-4-4-12 hexadecimal form only', () => {
    expect(isGuid(GUID)).toBe(true);
    expect(isGuid(GUID.toUpperCase().replace(/1/g, 'A'))).toBe(true);
    expect(isGuid(`{${GUID}}`)).toBe(false);
    expect(isGuid(GUID.replace(/-/g, ''))).toBe(false);
    expect(isGuid(GUID.replace('5', 'g'))).toBe(false);
  });

  test('requireGuid returns the GUID in lower case, as Azure reads it back', () => {
    expect(requireGuid('f', 'p', 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE')).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
    expect(lowerGuid('AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE')).toBe('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee');
  });

  test('requireGuid refuses other text, whitespace around it and the nil GUID (unless allowed)', () => {
    const nil = '00000000-0000-0000-0000-000000000000';
    expect(() => requireGuid('f', 'p', 'not-a-guid')).toThrow('f: p "not-a-guid" must be a GUID: 8-4-4-4-12 hexadecimal digits such as 11111111-2222-3333-4444-555555555555 (not the nil GUID)');
    expect(() => requireGuid('f', 'p', ` ${GUID}`)).toThrow(`f: p " ${GUID}" must not begin or end with whitespace`);
    expect(() => requireGuid('f', 'p', nil)).toThrow(`f: p "${nil}" must not be the nil GUID: it names no object (a placeholder left in a variable?); use the id of the object that exists`);
    expect(requireGuid('f', 'p', nil, { allowNil: true })).toBe(nil);
  });
});

describe('requireTags', () => {
  const scope = () => new Construct(newStack(), 'c');

  test('accepts no tags, and tags within the limits', () => {
    expect(() => requireTags(scope(), 'tags', undefined)).not.toThrow();
    expect(() => requireTags(scope(), 'tags', { owner: 'exchange-team', ['k'.repeat(512)]: 'v'.repeat(256) })).not.toThrow();
  });

  test('refuses a list, too many tags, bad keys and long values, naming the tag', () => {
    expect(() => requireTags(scope(), 'tags', ['a'])).toThrow('test/c: tags ["a"] must be an object of tag names to values, e.g. { owner: "exchange-team" }');
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect(() => requireTags(scope(), 'tags', many)).toThrow('test/c: tags (51 tags) must have at most 50 entries (azurerm and Azure allow 50 tags per resource)');
    expect(() => requireTags(scope(), 'tags', { 'a/b': 'v' })).toThrow('test/c: tags key "a/b" must be 1-512 bytes in UTF-8 without < > % & \\ ? /');
    expect(() => requireTags(scope(), 'tags', { ['é'.repeat(257)]: 'v' })).toThrow('tags key');
    expect(() => requireTags(scope(), 'tags', { owner: 'é'.repeat(129) })).toThrow(`test/c: tags["owner"] "${'é'.repeat(129)}" must be a string of at most 256 bytes in UTF-8 (258 bytes)`);
    expect(() => requireTags(scope(), 'tags', { owner: 1 })).toThrow('test/c: tags["owner"] 1 must be a string of at most 256 bytes in UTF-8');
  });
});

describe('requireObject and requireArray', () => {
  test('refuse what is not an object or a list, with the rule', () => {
    expect(() => requireObject('f', 'props', null)).toThrow('f: props null must be an object with the documented properties');
    expect(() => requireObject('f', 'props', [])).toThrow('f: props [] must be an object');
    expect(() => requireObject('f', 'props', 'x', 'must be options')).toThrow('f: props "x" must be options');
    expect(() => requireObject('f', 'props', {})).not.toThrow();
    expect(() => requireArray('f', 'list', undefined)).not.toThrow();
    expect(() => requireArray('f', 'list', [])).not.toThrow();
    expect(() => requireArray('f', 'list', { 0: 'a' })).toThrow('f: list {"0":"a"} must be a list');
  });
});
