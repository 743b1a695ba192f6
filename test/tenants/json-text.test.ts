// The text of a tenants file (lib/tenants/json-text.ts): read with or without a byte order mark, in UTF-8
// or UTF-16, and a syntax error reported at its line and column; first as TenantsConfig reads a file, then
// each function on its own.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TENANTS_FILE } from '../support/tenants-file';
import { TenantsConfig } from '../../lib';
import { decodeJsonFile, parseJson, stripBom } from '../../lib/tenants/json-text';

const original = JSON.parse(readFileSync(TENANTS_FILE, 'utf8'));

describe('tenants.json', () => {
  test('a file that is not JSON stops at the first problem, with its line and column', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'exo-tenants-')), 'tenants.json');
    writeFileSync(file, '{ "tenants": [ }');
    expect(() => TenantsConfig.load(file)).toThrow(/^\S*tenants\.json: \(file\) must be JSON: line 1, column 16: [^\n]*$/);
  });

  test.each([
    ['a comma before }', '{\n  "state": {},\n}\n', 'line 3, column 1: expected a field name in double quotes (a comma must not come before })'],
    ['a missing comma', '{\r\n  "state": {}\r\n  "tenants": []\r\n}', 'line 3, column 3: expected "," or "}" (found "\\"")'],
    ['a comma before ]', '{ "tenants": [1,\n\n   ] }', 'line 3, column 4: expected a value (a comma must not come before ])'],
    ['a Windows path with single backslashes', String.raw`{ "a": "C:\data" }`, String.raw`line 1, column 12: "\\d" is not a JSON escape; write \\ for a backslash`],
    ['single quotes', "{ 'state': 1 }", 'line 1, column 3: expected a field name in double quotes (found "\'")'],
    ['True in capitals', '{ "a": True }', 'line 1, column 8: expected a value (found "T")'],
    ['an unclosed string', '{ "a": "b }', 'line 1, column 12: a string is not closed'],
    ['text after the value', '{}\n{}', 'line 2, column 1: expected the end of the file after the JSON value (found "{")'],
    ['an empty file', '', 'line 1, column 1: expected a value (found the end of the file)'],
  ])('a syntax error (%s) is reported at its line and column', (_what, text, message) => {
    expect(() => TenantsConfig.parse(text, 'tenants.json', tmpdir())).toThrow(`tenants.json: (file) must be JSON: ${message}`);
  });

  test('a file with a UTF-8 byte order mark (Out-File -Encoding utf8) or in UTF-16 (Out-File) is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exo-tenants-'));
    const config = JSON.parse(JSON.stringify(original));
    for (const tenant of config.tenants) {
      for (const runbook of tenant.runbooks) {
        runbook.file = join(TENANTS_FILE, '..', runbook.file);
      }
    }
    const text = JSON.stringify(config, null, 2);
    writeFileSync(join(dir, 'utf8.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    writeFileSync(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    for (const name of ['utf8.json', 'utf16.json']) {
      expect(TenantsConfig.load(join(dir, name)).tenants.map((t) => t.name)).toEqual(['contoso', 'fabrikam']);
    }
    expect(TenantsConfig.parse(`\ufeff${text}`, 'tenants.json', dir).tenants).toHaveLength(2);
  });
});

describe('decodeJsonFile', () => {
  const text = '{ "name": "Müller ✓" }';

  test.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with its byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with its byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('decodes %s to the same text, without the mark', (_what, bytes) => {
    expect(decodeJsonFile(bytes)).toBe(text);
  });

  test('an empty file is empty text', () => {
    expect(decodeJsonFile(Buffer.alloc(0))).toBe('');
  });
});

describe('stripBom', () => {
  test('drops one leading byte order mark and nothing else', () => {
    expect(stripBom('\ufeff{}')).toBe('{}');
    expect(stripBom('{}')).toBe('{}');
    expect(stripBom('{"a": "\ufeff"}')).toBe('{"a": "\ufeff"}');
    expect(stripBom('\ufeff\ufeff{}')).toBe('\ufeff{}');
  });
});

describe('parseJson', () => {
  test('gives the parsed value of valid JSON', () => {
    expect(parseJson('{ "a": [1, -2.5e3, true, false, null, "\\u00e9\\n"] }')).toEqual({ value: { a: [1, -2500, true, false, null, 'é\n'] } });
  });

  test.each([
    ['a line break inside a string', '{ "a": "b\nc" }', 1, 10, 'a string must not contain a line break or control character (write \\n for a line break)'],
    ['a short \\u escape', '["\\u12"]', 1, 4, 'expected four hexadecimal digits after \\u'],
    ['a missing colon', '{ "a" 1 }', 1, 7, 'expected ":" after the field name (found "1")'],
    ['a missing comma in a list', '[1 2]', 1, 4, 'expected "," or "]" (found "2")'],
    ['a leading plus sign', '[+1]', 1, 2, 'expected a value (found "+")'],
    ['a minus sign alone', '[-]', 1, 2, 'expected a value (found "-")'],
    ['null in capitals', '{\n  "a":\n    NULL }', 3, 5, 'expected a value (found "N")'],
    ['nul misspelled', '[nul]', 1, 2, 'expected a value (found "n"); true, false and null are written in lower case'],
    ['a field name without quotes', '{ a: 1 }', 1, 3, 'expected a field name in double quotes (found "a")'],
  ])('reports %s at its line and column', (_what, text, line, column, problem) => {
    expect(parseJson(text)).toEqual({ error: { line, column, problem } });
  });
});
