// Reading a runbook's PowerShell file at synth time, with the one message every entry point that takes a
// file path uses (RunbookScript.fromFile, ExchangeOnlineAutomation.addRunbookFromFile, tenants files).
import { readFileSync } from 'fs';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { fail } from './validation';

/**
 * The text of the PowerShell file at `filePath` (relative paths resolve against the working directory),
 * without a UTF-8 byte order mark. `prop` is the prop the user typed.
 */
export function readScriptFile(scope: IConstruct | string, prop: string, filePath: unknown): string {
  if (typeof filePath !== 'string' || filePath.trim() === '') {
    fail(scope, prop, filePath, 'must be the path of a PowerShell file');
  }
  try {
    return readFileSync(path.resolve(filePath), 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    fail(scope, prop, filePath, `must name a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
