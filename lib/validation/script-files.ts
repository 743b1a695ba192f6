// Reading a runbook's PowerShell file at synth time, with the one message every entry point that takes a
// file path uses (RunbookScript.fromFile, ExchangeOnlineAutomation.addRunbookFromFile, tenants files).
import { readFileSync } from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { fail } from './values';

/**
 * The text of the PowerShell file at `filePath` (relative paths resolve against the working directory),
 * without a UTF-8 byte order mark. `prop` is the prop the user typed.
 */
export function readScriptFile(scope: IConstruct | string, prop: string, filePath: unknown): string {
  if (typeof filePath !== 'string' || filePath.trim() === '') {
    fail(scope, prop, filePath, 'must be the path of a PowerShell file');
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.resolve(filePath));
  } catch (error) {
    fail(scope, prop, filePath, `must name a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return decodeScript(scope, prop, filePath, bytes);
}

/**
 * The text of a script file's bytes, decoded by its byte order mark as PowerShell reads a file: UTF-8
 * (EF BB BF), UTF-16LE (FF FE, what Windows PowerShell 5.1's `Out-File` writes), UTF-16BE (FE FF); without a
 * mark, UTF-8, which must then be valid. The mark itself is not part of the text.
 */
export function decodeScript(scope: IConstruct | string, prop: string, filePath: string, bytes: Uint8Array): string {
  const b = bytes;
  try {
    if (b.length >= 3 && b[0] === 0xEF && b[1] === 0xBB && b[2] === 0xBF) {
      return new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(3));
    }
    if (b.length >= 2 && b[0] === 0xFF && b[1] === 0xFE) {
      return new TextDecoder('utf-16le', { fatal: true }).decode(b.subarray(2));
    }
    if (b.length >= 2 && b[0] === 0xFE && b[1] === 0xFF) {
      return new TextDecoder('utf-16be', { fatal: true }).decode(b.subarray(2));
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    fail(scope, prop, filePath,
      'must be text in UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark; save it as UTF-8 (the file has bytes that are not valid in its encoding)');
  }
}
