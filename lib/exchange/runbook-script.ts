import * as path from 'path';
import { isMarked, markAs } from '../private/markers';
import { readScriptFile } from '../private/script-files';
import { describeProblem } from '../private/validation';

/**
 * The PowerShell a runbook runs after it has connected to Exchange Online: inline text or a `.ps1` file.
 * The text reaches Azure byte-for-byte (a UTF-8 byte order mark at the start of a file is dropped).
 */
export class RunbookScript {
  /** True when `x` is a RunbookScript (from any copy of this package). */
  public static isRunbookScript(x: unknown): x is RunbookScript {
    return isMarked(x, 'RunbookScript');
  }

  /** Inline PowerShell. */
  public static fromInline(text: string): RunbookScript {
    if (typeof text !== 'string') {
      throw new Error(describeProblem('RunbookScript.fromInline', 'text', text, 'must be the PowerShell text of the runbook'));
    }
    return new RunbookScript(text, 'inline script');
  }

  /**
   * A PowerShell file, read at synth time. A relative path is resolved against the current working
   * directory (where `cdktf synth` runs).
   */
  public static fromFile(filePath: string): RunbookScript {
    const text = readScriptFile('RunbookScript.fromFile', 'filePath', filePath);
    // Keep the name stable across machines: only the file's base name goes into the runbook header.
    return new RunbookScript(text, path.basename(filePath));
  }

  private constructor(
    /** The PowerShell text. */
    public readonly text: string,
    /** Where the text came from, for the runbook's header comment. */
    public readonly sourceName: string,
  ) {
    markAs(this, 'RunbookScript');
  }
}
