// `npm run bench`: compiles the benchmark once, runs the three benchmarks and writes BENCHMARKS.md.
// Not part of `npm test`. Everything temporary lives in a scratch directory outside the repository,
// removed at the end (set BENCH_KEEP_TMP=1 to keep it).
import { writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeConsumerApps } from './consumer-apps';
import { describeMachine } from './machine';
import { commandLine, HAS_GNU_TIME } from './measure';
import { renderReport } from './report';
import { compareStacks } from './resource-set';
import { BenchResults, PolicyScaleResult } from './results';
import { measurePair, measureSeries, PairResult, SynthPair } from './synth-bench';
import { measureTypeChecks } from './typecheck-bench';
import { compile, compileCommand, createWorkspace, removeWorkspace, Workspace, writeBuildConfig } from './workspace';

/** Measured runs per configuration (each after one warm-up run); sized for ~10 minutes on 2 cores. */
const FULL_RUNS = {
  example: 11,
  exampleTsNode: 7,
  scale: [
    { count: 1, runs: 7 },
    { count: 10, runs: 7 },
    { count: 100, runs: 7 },
    { count: 1000, runs: 5 },
  ],
  typeCheck: 5,
  // ExchangeOnlinePolicyChecks grows much faster than linearly, so few runs, and a time limit per run.
  scalePolicy: [
    { count: 1, runs: 3, warmups: 1 },
    { count: 10, runs: 3, warmups: 1 },
    { count: 100, runs: 3, warmups: 1 },
    { count: 1000, runs: 1, warmups: 0 },
  ],
  policyTimeoutSeconds: 360,
};

/** BENCH_SMOKE=1: one run of each small configuration, to check the benchmark itself in a minute. */
const SMOKE_RUNS: typeof FULL_RUNS = {
  example: 1,
  exampleTsNode: 1,
  scale: [{ count: 1, runs: 1 }, { count: 10, runs: 1 }],
  typeCheck: 1,
  scalePolicy: [{ count: 1, runs: 1, warmups: 0 }, { count: 10, runs: 1, warmups: 0 }],
  policyTimeoutSeconds: 60,
};

const RUNS = process.env.BENCH_SMOKE ? SMOKE_RUNS : FULL_RUNS;

const REPO = path.resolve(__dirname, '..', '..');

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Writes scratch paths as `$BENCH_TMP`, the repository as `.` and node as `node`. */
function portable(workspace: Workspace, text: string): string {
  return text.split(workspace.root).join('$BENCH_TMP').split(`${workspace.repo}/`).join('./').split(process.execPath).join('node');
}

function portableResults(workspace: Workspace, results: BenchResults): BenchResults {
  const fixPair = (pair: PairResult): PairResult => ({
    ...pair,
    commands: { library: portable(workspace, pair.commands.library), handWritten: portable(workspace, pair.commands.handWritten) },
  });
  return {
    ...results,
    setupCommands: results.setupCommands.map((command) => portable(workspace, command)),
    compileTypeErrors: results.compileTypeErrors.map((error) => portable(workspace, error)),
    example: fixPair(results.example),
    exampleTsNode: fixPair(results.exampleTsNode),
    scale: results.scale.map(fixPair),
    scalePolicy: results.scalePolicy.map((series) => ({ ...series, command: portable(workspace, series.command) })),
    typeChecks: results.typeChecks.map((check) => ({ ...check, command: portable(workspace, check.command) })),
  };
}

function benchmark(workspace: Workspace): BenchResults {
  const startedAt = new Date();
  const machine = describeMachine();

  log(`compiling into ${workspace.root}`);
  const buildConfig = writeBuildConfig(workspace);
  const typeErrors = compile(workspace, buildConfig);
  if (typeErrors.length > 0) {
    log(`warning: tsc reported ${typeErrors.length} type error(s); measuring the emitted JavaScript anyway:\n${typeErrors.join('\n')}`);
  }
  const build = compileCommand(workspace, buildConfig);
  const setupCommands = [
    'BENCH_TMP=$(mktemp -d /tmp/exo-bench-XXXXXX) && ln -s "$PWD/node_modules" "$BENCH_TMP/node_modules"',
    '# $BENCH_TMP/tsconfig.bench-build.json extends ./tsconfig.build.json with outDir $BENCH_TMP/build and the bench entry points',
    commandLine(build.command, build.args, false),
  ];

  const pair = (library: SynthPair['library'], handWritten: SynthPair['handWritten'], count: number, runtime: SynthPair['runtime']) =>
    ({ library, handWritten, count, runtime });
  log(`1. synth, default example (compiled), ${RUNS.example} runs per side`);
  const example = measurePair(workspace, pair('library-example', 'handwritten-example', 1, 'node'), RUNS.example);
  log(`1. synth, default example (ts-node), ${RUNS.exampleTsNode} runs per side`);
  const exampleTsNode = measurePair(workspace, pair('library-example', 'handwritten-example', 1, 'ts-node'), RUNS.exampleTsNode);
  const scale = RUNS.scale.map(({ count, runs }) => {
    log(`2. scale, ${count} instance(s), ${runs} runs per side`);
    return measurePair(workspace, pair('library-scale', 'handwritten-scale', count, 'node'), runs);
  });

  log(`3. type-check, ${RUNS.typeCheck} runs per app`);
  const typeChecks = measureTypeChecks(workspace, writeConsumerApps(workspace), RUNS.typeCheck);

  const scalePolicy = RUNS.scalePolicy.map(({ count, runs, warmups }): PolicyScaleResult => {
    log(`2b. scale with policy checks, ${count} instance(s), ${runs} run(s), at most ${RUNS.policyTimeoutSeconds} s each`);
    const series = measureSeries(workspace, 'library-scale-policy', count, runs, warmups, RUNS.policyTimeoutSeconds);
    const baseline = scale.find((pair) => pair.pair.count === count);
    return {
      ...series,
      comparison: series.stackFile && baseline ? compareStacks(series.stackFile, baseline.stackFiles.handWritten) : undefined,
    };
  });

  return {
    machine,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
    loadAtEnd: os.loadavg()[0],
    hasGnuTime: HAS_GNU_TIME,
    compileTypeErrors: typeErrors,
    setupCommands,
    example,
    exampleTsNode,
    scale,
    scalePolicy,
    typeChecks,
  };
}

function main(): void {
  const workspace = createWorkspace(REPO);
  try {
    const results = portableResults(workspace, benchmark(workspace));
    const target = path.join(REPO, 'BENCHMARKS.md');
    writeFileSync(target, renderReport(results));
    log(`wrote ${target}`);
  } finally {
    if (process.env.BENCH_KEEP_TMP) {
      log(`kept ${workspace.root}`);
    } else {
      removeWorkspace(workspace);
    }
  }
}

main();
