// lib/exchange/runbook-script.ts: the PowerShell a runbook runs, inline or from a file read at synth time
// (decoded by its byte order mark), with only the file's base name kept for the runbook's header.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { RunbookScript } from '../../lib';

describe('RunbookScript', () => {
  test('fromInline keeps the text as written, without a leading byte order mark', () => {
    const text = '  # Report\r\nGet-Mailbox "\${x}"\n';
    const script = RunbookScript.fromInline(text);
    expect(script.text).toBe(text);
    expect(script.sourceName).toBe('inline script');
    expect(RunbookScript.fromInline('\uFEFFGet-Mailbox').text).toBe('Get-Mailbox');
    expect(RunbookScript.fromInline('Get-Mailbox \uFEFF').text).toBe('Get-Mailbox \uFEFF');
    expect(RunbookScript.fromInline('').text).toBe('');
  });

  test('fromInline refuses what is not text', () => {
    expect(() => RunbookScript.fromInline(undefined as any)).toThrow('RunbookScript.fromInline: text (missing) must be the PowerShell text of the runbook');
    expect(() => RunbookScript.fromInline(['Get-Mailbox'] as any)).toThrow('RunbookScript.fromInline: text ["Get-Mailbox"] must be the PowerShell text of the runbook');
  });

  test('fromFile reads the file by its byte order mark and names it by its base name only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-script-'));
    const file = join(dir, 'Get-Report.ps1');
    writeFileSync(file, Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('Get-Mailbox\r\n', 'utf16le')]));
    const script = RunbookScript.fromFile(file);
    expect(script.text).toBe('Get-Mailbox\r\n');
    expect(script.sourceName).toBe('Get-Report.ps1');
  });

  test('a file that does not exist', () => {
    expect(() => RunbookScript.fromFile('/nonexistent/Report.ps1'))
      .toThrow('RunbookScript.fromFile: filePath "/nonexistent/Report.ps1" must name a readable file (ENOENT)');
  });

  test('isRunbookScript: true for a script, also from a second copy of the package; false for look-alikes', () => {
    expect(RunbookScript.isRunbookScript(RunbookScript.fromInline('x'))).toBe(true);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy needs a fresh require inside isolateModules
      const copy = require('../../lib/exchange/runbook-script') as typeof import('../../lib/exchange/runbook-script');
      expect(RunbookScript.isRunbookScript(copy.RunbookScript.fromInline('x'))).toBe(true);
    });
    expect(RunbookScript.isRunbookScript({ text: 'x', sourceName: 'inline script' })).toBe(false);
    expect(RunbookScript.isRunbookScript('Get-Mailbox')).toBe(false);
  });
});
