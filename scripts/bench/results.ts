// Everything one `npm run bench` measured, as report.ts and verdicts.ts read it.
import { Machine } from './machine';
import { Comparison } from './resource-set';
import { PairResult, SeriesResult } from './synth-bench';
import { TypeCheckResult } from './typecheck-bench';

export interface BenchResults {
  readonly machine: Machine;
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly loadAtEnd: number;
  readonly hasGnuTime: boolean;
  /** Type errors tsc reported while compiling the benchmark (the JavaScript is emitted and measured anyway). */
  readonly compileTypeErrors: string[];
  /** Shell commands with the scratch directory written as `$BENCH_TMP`. */
  readonly setupCommands: string[];
  /** The default example with the compiled JavaScript (the judged figure). */
  readonly example: PairResult;
  /** The default example through ts-node, as cdktf.json runs it (for information). */
  readonly exampleTsNode: PairResult;
  /** One pair per instance count, ascending. */
  readonly scale: PairResult[];
  /** The library at the same counts with ExchangeOnlinePolicyChecks, as the examples configure stacks. */
  readonly scalePolicy: PolicyScaleResult[];
  readonly typeChecks: TypeCheckResult[];
}

/** A policy-checked scale series and its Terraform compared with the hand-written stack of the same count. */
export interface PolicyScaleResult extends SeriesResult {
  readonly comparison?: Comparison;
}
