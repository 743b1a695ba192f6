// The rows of PowerShellRuntime (lib/automation/powershell-runtime.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { PowerShellRuntime } from '../../lib';
import { ConstructRows } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  typeChecks: [
    ['PowerShellRuntime.isPowerShellRuntime', PowerShellRuntime.isPowerShellRuntime, () => PowerShellRuntime.V7_4],
  ],
};
