// The rows of RunbookScript (lib/exchange/runbook-script.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { RunbookScript } from '../../lib';
import { ConstructRows, SCRIPT_FILE } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['RunbookScript.fromInline', 'text missing', () => RunbookScript.fromInline(undefined as any), 'RunbookScript.fromInline: text (missing) must be the PowerShell text'],
    ['RunbookScript.fromFile', 'path a number', () => RunbookScript.fromFile(3 as any), 'RunbookScript.fromFile: filePath 3 must be the path of a PowerShell file'],
  ],
  typeChecks: [
    ['RunbookScript.isRunbookScript', RunbookScript.isRunbookScript, () => RunbookScript.fromInline('Get-Mailbox')],
  ],
  entryPoints: {
    'RunbookScript.fromInline': { call: (_f, a) => RunbookScript.fromInline(a.text), valid: () => ({ text: 'Get-Mailbox' }) },
    'RunbookScript.fromFile': { call: (_f, a) => RunbookScript.fromFile(a.filePath), valid: () => ({ filePath: SCRIPT_FILE }) },
  },
  props: [
    ['RunbookScript.fromFile', 'filePath', 42, 'RunbookScript.fromFile: filePath 42 must be the path of a PowerShell file'],
    ['RunbookScript.fromInline', 'text', 42, 'RunbookScript.fromInline: text 42 must be the PowerShell text of the runbook'],
  ],
  badInput: [
    ['runbook: script file missing', () => RunbookScript.fromFile('does-not-exist.ps1'), 'filePath "does-not-exist.ps1"', 'must name a readable file'],
  ],
};
