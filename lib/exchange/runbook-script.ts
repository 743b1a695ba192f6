import * as path from 'path';
import { isMarked, markAs } from '../validation/markers';
import { readScriptFile } from '../validation/script-files';
import { fail } from '../validation/values';

/**
 * The PowerShell a runbook runs after it has connected to Exchange Online: inline text or a `.ps1` file.
 * The text reaches Azure as written, after the preamble PowerShell needs first and the connect line have
 * been placed (see the README). A byte order mark at the start is dropped; a file is decoded by its mark
 * (UTF-8, UTF-16LE, UTF-16BE; UTF-8 without one).
 */
export class RunbookScript {
  /** True when `x` is a RunbookScript (from any copy of this package). */
  public static isRunbookScript(x: unknown): x is RunbookScript {
    return isMarked(x, 'RunbookScript');
  }

  /** Inline PowerShell. */
  public static fromInline(text: string): RunbookScript {
    if (typeof text !== 'string') {
      fail('RunbookScript.fromInline', 'text', text, 'must be the PowerShell text of the runbook');
    }
    // A leading byte order mark (text read with fs.readFileSync from a file saved by Windows) is not script.
    return new RunbookScript(text.startsWith('\uFEFF') ? text.slice(1) : text, 'inline script');
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
