// lib/validation/script-files.ts: a runbook's PowerShell file read at synth time and decoded by its byte order
// mark as PowerShell reads it, with one message for a path that is not a readable file or text.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { decodeScript, readScriptFile } from '../../lib/validation/script-files';

const TEXT = 'Get-Mailbox -Identity "Zoë"\n';

describe('decodeScript', () => {
  test.each([
    ['UTF-8 without a mark', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with a mark', Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16LE with a mark', Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16BE with a mark', Buffer.concat([Buffer.from([0xFE, 0xFF]), Buffer.from(TEXT, 'utf16le').swap16()])],
  ])('%s: the text without the mark', (_label, bytes) => {
    expect(decodeScript('f', 'filePath', 'r.ps1', bytes)).toBe(TEXT);
  });

  test('an empty file is empty text', () => {
    expect(decodeScript('f', 'filePath', 'r.ps1', new Uint8Array())).toBe('');
  });

  test.each([
    ['Windows-1252 bytes without a mark', Buffer.from([0x5A, 0x6F, 0xEB, 0x0A])],
    ['a UTF-8 sequence cut short', Buffer.from([0x41, 0xE2, 0x82])],
    ['UTF-16LE of an odd length', Buffer.from([0xFF, 0xFE, 0x41])],
  ])('refuses %s, naming the file', (_label, bytes) => {
    expect(() => decodeScript('RunbookScript.fromFile', 'filePath', 'r.ps1', bytes)).toThrow(
      'RunbookScript.fromFile: filePath "r.ps1" must be text in UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark; save it as UTF-8 (the file has bytes that are not valid in its encoding)');
  });
});

describe('readScriptFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'script-files-'));

  test('reads a file by an absolute or a relative path, without its mark', () => {
    const file = join(dir, 'Report.ps1');
    writeFileSync(file, Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(TEXT, 'utf8')]));
    expect(readScriptFile('f', 'filePath', file)).toBe(TEXT);
    expect(readScriptFile('f', 'filePath', relative(process.cwd(), file))).toBe(TEXT);
  });

  test.each([[undefined, '(missing)'], ['', '""'], ['  ', '"  "'], [3, '3']])('refuses the path %j', (value, shown) => {
    expect(() => readScriptFile('f', 'filePath', value)).toThrow(`f: filePath ${shown} must be the path of a PowerShell file`);
  });

  test('a path that is not a readable file is refused with the system\'s code', () => {
    expect(() => readScriptFile('f', 'filePath', join(dir, 'missing.ps1'))).toThrow(`f: filePath ${JSON.stringify(join(dir, 'missing.ps1'))} must name a readable file (ENOENT)`);
    expect(() => readScriptFile('f', 'filePath', dir)).toThrow(`f: filePath ${JSON.stringify(dir)} must name a readable file (EISDIR)`);
  });
});
