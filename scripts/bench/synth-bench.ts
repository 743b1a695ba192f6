// Synth benchmarks: a library stack against its hand-written baseline, each run in a fresh child process
// (child/synth.ts), alternating the two sides run by run so that background load hits both alike.
import { mkdirSync, rmSync } from 'fs';
import * as path from 'path';
import type { ChildReport } from './child/synth';
import { commandLine, measureCommand } from './measure';
import { compareStacks, Comparison } from './resource-set';
import { Sample } from './stats';
import { Workspace } from './workspace';

export type SynthVariant = 'library-example' | 'handwritten-example' | 'library-scale' | 'library-scale-policy' | 'handwritten-scale';

/** How the child runs: the compiled JavaScript, or the TypeScript sources through ts-node as `cdktf synth` does. */
export type ChildRuntime = 'node' | 'ts-node';

export interface SynthPair {
  readonly library: SynthVariant;
  readonly handWritten: SynthVariant;
  readonly count: number;
  readonly runtime: ChildRuntime;
}

/** One variant measured on its own (no baseline alternating with it). */
export interface SeriesResult {
  readonly variant: SynthVariant;
  readonly count: number;
  readonly samples: Sample[];
  readonly command: string;
  /** The synthesized stack of the last run; undefined when it timed out. */
  readonly stackFile?: string;
  readonly timeoutSeconds: number;
}

export interface PairResult {
  readonly pair: SynthPair;
  readonly library: Sample[];
  readonly handWritten: Sample[];
  /** The synthesized Terraform of the last runs, compared. */
  readonly comparison: Comparison;
  readonly stackFiles: { readonly library: string; readonly handWritten: string };
  readonly commands: { readonly library: string; readonly handWritten: string };
}

/** The child's command line; every command runs from the repository root. */
function childCommand(workspace: Workspace, runtime: ChildRuntime, variant: SynthVariant, count: number) {
  const args = [variant, String(count), outdirFor(workspace, runtime, variant, count)];
  return runtime === 'node'
    ? { command: process.execPath, args: [workspace.childScript, ...args] }
    : { command: process.execPath, args: ['-r', 'ts-node/register/transpile-only', 'scripts/bench/child/synth.ts', ...args] };
}

function outdirFor(workspace: Workspace, runtime: ChildRuntime, variant: SynthVariant, count: number): string {
  return path.join(workspace.root, 'out', `${runtime}-${variant}-${count}`);
}

/** One synth in a fresh process; the peak RSS is GNU time's, else the child's own. */
function synthOnce(
  workspace: Workspace, runtime: ChildRuntime, variant: SynthVariant, count: number, timeoutSeconds?: number,
): Sample & { stackFile?: string } {
  const outdir = outdirFor(workspace, runtime, variant, count);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const { command, args } = childCommand(workspace, runtime, variant, count);
  const run = measureCommand(command, args, workspace.repo, timeoutSeconds);
  if (run.timedOut) {
    return { wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssKb: run.maxRssKb, timedOut: true };
  }
  const child = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as ChildReport;
  return {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    maxRssKb: run.maxRssKb ?? child.maxRssKb,
    phases: { loadMs: child.loadMs, constructMs: child.constructMs, synthMs: child.synthMs },
    stackFile: child.stackFile,
  };
}

/** `warmups` discarded rounds, then `runs` measured rounds; odd rounds run the hand-written side first. */
export function measurePair(workspace: Workspace, pair: SynthPair, runs: number, warmups = 1): PairResult {
  const sides = [
    { variant: pair.library, samples: [] as Sample[], stackFile: '' },
    { variant: pair.handWritten, samples: [] as Sample[], stackFile: '' },
  ];
  for (let round = 0; round < warmups + runs; round++) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const { stackFile, ...sample } = synthOnce(workspace, pair.runtime, side.variant, pair.count);
      side.stackFile = stackFile ?? '';
      if (round >= warmups) {
        side.samples.push(sample);
      }
    }
  }
  const [library, handWritten] = sides;
  return {
    pair,
    library: library.samples,
    handWritten: handWritten.samples,
    comparison: compareStacks(library.stackFile, handWritten.stackFile),
    stackFiles: { library: library.stackFile, handWritten: handWritten.stackFile },
    commands: {
      library: display(workspace, pair.runtime, pair.library, pair.count),
      handWritten: display(workspace, pair.runtime, pair.handWritten, pair.count),
    },
  };
}

/**
 * `runs` runs of one variant after `warmups` discarded ones, for configurations too slow to pair with the
 * baseline. A run stopped at `timeoutSeconds` ends the series.
 */
export function measureSeries(
  workspace: Workspace, variant: SynthVariant, count: number, runs: number, warmups: number, timeoutSeconds: number,
): SeriesResult {
  const samples: Sample[] = [];
  let stackFile: string | undefined;
  for (let round = 0; round < warmups + runs; round++) {
    const { stackFile: file, ...sample } = synthOnce(workspace, 'node', variant, count, timeoutSeconds);
    stackFile = file;
    if (round >= warmups || sample.timedOut) {
      samples.push(sample);
    }
    if (sample.timedOut) {
      break;
    }
  }
  return { variant, count, samples, command: display(workspace, 'node', variant, count), stackFile, timeoutSeconds };
}

function display(workspace: Workspace, runtime: ChildRuntime, variant: SynthVariant, count: number): string {
  const { command, args } = childCommand(workspace, runtime, variant, count);
  return commandLine(command, args);
}
