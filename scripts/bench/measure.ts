// Runs one command in a fresh process and measures its wall time (from spawn to exit, so Node's
// start-up and module loading are included) and peak resident set size. The peak comes from
// `/usr/bin/time -v` when it exists; otherwise the command must report it (see child/synth.ts).
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';

const GNU_TIME = '/usr/bin/time';

/** Whether peak memory is measured by GNU time (otherwise by the child's own process.resourceUsage()). */
export const HAS_GNU_TIME = existsSync(GNU_TIME);

/** One run of a command. */
export interface Run {
  readonly wallMs: number;
  /** True when the command was stopped at its time limit (the figures then describe the stopped run). */
  readonly timedOut: boolean;
  /** User plus system CPU time from GNU time; undefined without it. */
  readonly cpuMs?: number;
  /** Peak RSS in KiB from GNU time; undefined without it. */
  readonly maxRssKb?: number;
  readonly stdout: string;
}

// coreutils' exit status when `timeout` stopped the command.
const TIMED_OUT = 124;

/**
 * Runs `command args...` (under `/usr/bin/time -v` when available) and fails loudly if it fails. With
 * `timeoutSeconds`, coreutils' `timeout` stops the command at the limit and the run is marked timed out.
 */
export function measureCommand(command: string, args: string[], cwd: string, timeoutSeconds?: number): Run {
  const limited = timeoutSeconds === undefined ? [command, ...args] : ['timeout', String(timeoutSeconds), command, ...args];
  const [file, argv] = HAS_GNU_TIME ? [GNU_TIME, ['-v', ...limited]] : [limited[0], limited.slice(1)];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) {
    throw result.error;
  }
  const timedOut = timeoutSeconds !== undefined && result.status === TIMED_OUT;
  if (result.status !== 0 && !timedOut) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  if (!HAS_GNU_TIME) {
    return { wallMs, timedOut, stdout: result.stdout };
  }
  const field = (label: string) => readTimeField(result.stderr, label);
  return {
    wallMs,
    timedOut,
    cpuMs: (field('User time (seconds)') + field('System time (seconds)')) * 1000,
    maxRssKb: field('Maximum resident set size (kbytes)'),
    stdout: result.stdout,
  };
}

/** Reads one numeric line (`<label>: <number>`) of GNU time's verbose report. */
function readTimeField(timeReport: string, label: string): number {
  const line = timeReport.split('\n').map((text) => text.trim()).find((text) => text.startsWith(`${label}: `));
  if (line === undefined) {
    throw new Error(`no "${label}" in GNU time's report:\n${timeReport}`);
  }
  return Number(line.slice(label.length + 2));
}

/** The command line as a shell would read it, for the report; `timed` adds the GNU time prefix measureCommand uses. */
export function commandLine(command: string, args: string[], timed = true): string {
  const quote = (word: string) => (/^[\w@%+=:,./$-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);
  return [...(timed && HAS_GNU_TIME ? [GNU_TIME, '-v'] : []), command, ...args].map(quote).join(' ');
}
