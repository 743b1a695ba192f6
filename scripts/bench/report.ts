// Renders BENCHMARKS.md from the results.
import { BenchResults } from './results';
import { PairResult } from './synth-bench';
import { Summary, summarize } from './stats';
import { marginalMsPerInstance, ratio, scaleSide, TARGETS, verdicts } from './verdicts';

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value).toLocaleString('en-US')} ms`);
const msPrecise = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)} ms`);
const mib = (kb: number | undefined) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MiB`);
const times = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}x`);
const count = (value: number) => value.toLocaleString('en-US');

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function wallCell(summary: Summary): string {
  return `${ms(summary.wallMs)} (${ms(summary.wallMinMs)}–${ms(summary.wallMaxMs)})`;
}

function summarySection(results: BenchResults): string {
  const rows = verdicts(results).map((verdict) => [verdict.figure, verdict.target, verdict.measured, verdict.pass ? '**PASS**' : '**MISS**']);
  return `## Summary\n\n${table(['Figure', 'Target', 'Measured (medians)', 'Result'], rows)}`;
}

function machineSection(results: BenchResults): string {
  const { machine } = results;
  return [
    '## Machine',
    '',
    `- CPU: ${machine.cpuModel}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGiB.toFixed(1)} GiB`,
    `- Node.js: ${machine.node}`,
    `- OS: ${machine.os}`,
    `- Load average (1 min): ${machine.loadAtStart.toFixed(2)} at start, ${results.loadAtEnd.toFixed(2)} at end `
      + '(anything else running on the machine slows both sides; the sides alternate run by run so it hits them alike)',
    `- Run on ${results.startedAt.toISOString()}; the whole benchmark took ${(results.durationMs / 60000).toFixed(1)} min`,
  ].join('\n');
}

function methodSection(results: BenchResults): string {
  return [
    '## Method',
    '',
    '- Every measurement is a fresh `node` process, so Node start-up and module loading are included. Wall time is taken by the',
    '  parent from spawn to exit; ' + (results.hasGnuTime
      ? 'CPU time (user + system) and peak memory (maximum resident set size) come from `/usr/bin/time -v`.'
      : 'peak memory is the child\'s `process.resourceUsage().maxRSS` (GNU time is not installed, so no CPU time).'),
    '- Figures are medians; the range in parentheses is the fastest and slowest run. Each configuration first runs once',
    '  unmeasured (warm-up), then the library and the baseline alternate (the order flips every round).',
    '- The library, the default example and the benchmark stacks are compiled once with `tsc` (the package\'s',
    '  `tsconfig.build.json`) into a scratch directory, `$BENCH_TMP`, and the children run that JavaScript, as a consumer of',
    '  the published package does. The ts-node rows run the TypeScript sources instead, as `cdktf synth` runs this repo\'s',
    '  `examples/main.ts` (`ts-node --transpile-only`, without the `npx` start-up).',
    '- Synth is `new App({ outdir: $BENCH_TMP/out/... })`, the stack, then `app.synth()`, which writes `cdk.tf.json`.',
    '  The child reports its phases: loading (`import` of cdktf, providers and library), construction, synthesis.',
    '- The hand-written baseline (`scripts/bench/stacks/handwritten-*.ts`) creates the same resources with provider classes',
    '  imported by deep path and nothing from this package. Its Terraform is checked against the library\'s on every run of',
    '  the benchmark (block counts per type and, after dropping metadata and logical ids, identical block bodies).',
    '- Type-check is `tsc --noEmit` on tiny consumer apps generated into `$BENCH_TMP/typecheck/` (strict, `skipLibCheck`,',
    '  `types: ["node"]`), each building the default example. The provider-root app is the hand-written code with every',
    '  import rewritten to `import { automationAccount } from \'@cdktf/provider-azurerm\'` (the package roots export each',
    '  resource as a namespace, so `import { AutomationAccount } from \'@cdktf/provider-azurerm\'` does not compile).',
    ...(results.compileTypeErrors.length > 0
      ? ['', `**Note:** tsc reported ${results.compileTypeErrors.length} type error(s) while compiling the benchmark (the JavaScript was`,
        'emitted and measured anyway):', '', ...results.compileTypeErrors.map((error) => `    ${error}`)]
      : []),
  ].join('\n');
}

function commandsSection(results: BenchResults): string {
  const lines = [
    '# all of the following, end to end (run from the repository root)',
    'npm run bench',
    '',
    '# setup (once)',
    ...results.setupCommands,
    '',
    '# 1. synth, default example (compiled JavaScript, then ts-node)',
    results.example.commands.library,
    results.example.commands.handWritten,
    results.exampleTsNode.commands.library,
    results.exampleTsNode.commands.handWritten,
    '',
    '# 2. scale (N = 1, 10, 100, 1000; shown for 1000); 2b. with policy checks (each run also under `timeout`)',
    ...(results.scale.length > 0
      ? [results.scale[results.scale.length - 1].commands.library, results.scale[results.scale.length - 1].commands.handWritten]
      : []),
    ...(results.scalePolicy.length > 0 ? [results.scalePolicy[results.scalePolicy.length - 1].command] : []),
    '',
    '# 3. type-check',
    ...results.typeChecks.map((check) => check.command),
  ];
  return `## Commands\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\``;
}

function resourceCheck(pair: PairResult): string {
  const { comparison } = pair;
  const kinds = [...new Set([...comparison.library.keys(), ...comparison.handWritten.keys()])].sort();
  const rows = kinds.map((kind) => [
    `\`${kind}\``, count(comparison.library.get(kind) ?? 0), count(comparison.handWritten.get(kind) ?? 0),
    comparison.bodyDifferences.includes(kind) ? 'differ' : 'identical',
  ]);
  const verdict = comparison.bodyDifferences.length === 0
    ? 'Same blocks on both sides.'
    : `**Differences in ${comparison.bodyDifferences.join(', ')}**: the figures compare different Terraform.`;
  return `${table(['Block', 'Library', 'Hand-written', 'Bodies'], rows)}\n\n${verdict}`;
}

function pairTable(pairs: Array<[string, PairResult]>): string {
  const rows = pairs.flatMap(([label, pair]) => {
    const sides: Array<[string, Summary]> = [['library', summarize(pair.library)], ['hand-written', summarize(pair.handWritten)]];
    return sides.map(([side, summary]) => [
      label, side, String(summary.runs), wallCell(summary), ms(summary.cpuMs), mib(summary.maxRssKb),
      ms(summary.phases?.loadMs), ms(summary.phases?.constructMs), ms(summary.phases?.synthMs),
    ]);
  });
  return table(['Run with', 'Side', 'Runs', 'Wall (min–max)', 'CPU', 'Peak RSS', 'Load', 'Construct', 'Synth'], rows);
}

function exampleSection(results: BenchResults): string {
  const ratios = ([['compiled', results.example], ['ts-node', results.exampleTsNode]] as const).map(([label, pair]) =>
    `${label}: ${times(ratio(summarize(pair.library).wallMs, summarize(pair.handWritten).wallMs))}`);
  return [
    '## 1. Synth: the default example',
    '',
    '`SystemAssignedExampleStack` (examples/system-assigned/stack.ts) against `HandWrittenExampleStack`',
    `(scripts/bench/stacks/handwritten-example.ts). Target: library / hand-written wall time <= ${times(TARGETS.exampleSynth)}.`,
    `Ratios of the medians: ${ratios.join(', ')}.`,
    '',
    pairTable([['compiled JS', results.example], ['ts-node', results.exampleTsNode]]),
    '',
    'The compiled row is what users of the npm package run. The ts-node row is this repository\'s own',
    '`cdktf synth`: there the difference sits in the Load column, ts-node transpiling the library\'s ~45 source',
    'files against the single file of the hand-written stack; construct and synth are no slower than hand-written.',
    'That is the cost of transpiling TypeScript at run time, which users of the compiled package never pay.',
    '',
    'Synthesized Terraform, library against hand-written:',
    '',
    resourceCheck(results.example),
  ].join('\n');
}

function scaleSection(results: BenchResults): string {
  const rows = results.scale.map((pair) => {
    const [lib, hand] = [summarize(pair.library), summarize(pair.handWritten)];
    const n = pair.pair.count;
    return [
      count(n), String(lib.runs), wallCell(lib), wallCell(hand), times(ratio(lib.wallMs, hand.wallMs)),
      mib(lib.maxRssKb), mib(hand.maxRssKb),
      times(lib.maxRssKb !== undefined && hand.maxRssKb !== undefined ? ratio(lib.maxRssKb, hand.maxRssKb) : undefined),
    ];
  });
  const [librarySide, handWrittenSide] = [scaleSide(results, 'library'), scaleSide(results, 'handWritten')];
  const perInstance = results.scale.map((pair) => {
    const [lib, hand] = [summarize(pair.library), summarize(pair.handWritten)];
    const n = pair.pair.count;
    return [
      count(n), msPrecise(lib.wallMs / n), msPrecise(hand.wallMs / n),
      msPrecise(marginalMsPerInstance(librarySide, n)),
      msPrecise(marginalMsPerInstance(handWrittenSide, n)),
      ms(lib.phases?.constructMs), ms(hand.phases?.constructMs), ms(lib.phases?.synthMs), ms(hand.phases?.synthMs),
    ];
  });
  const largest = results.scale[results.scale.length - 1];
  return [
    '## 2. Scale: N `ExchangeOnlineAutomation` in one stack',
    '',
    'Each instance has its own `automationAccountName` (`aa-exo-bench-0001`, ...) and roles',
    '`[EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]` (scripts/bench/stacks/library-scale.ts); the baseline is',
    'scripts/bench/stacks/handwritten-scale.ts. Both share one resource group and one Exchange Online service principal',
    `data source. Targets at 1,000: wall time and peak memory <= ${times(TARGETS.scale1000)}; growth roughly linear.`,
    '',
    table(['N', 'Runs', 'Library wall (min–max)', 'Hand-written wall (min–max)', 'Time ratio', 'Library peak RSS',
      'Hand-written peak RSS', 'Memory ratio'], rows),
    '',
    'Per instance. "Wall / N" includes the fixed start-up cost; "added" is (construct + synth at N − at 1) / (N − 1), the',
    'cost of one more instance:',
    '',
    table(['N', 'Library wall / N', 'Hand-written wall / N', 'Library added', 'Hand-written added',
      'Library construct', 'Hand-written construct', 'Library synth', 'Hand-written synth'], perInstance),
    ...(largest ? ['', `Synthesized Terraform at N = ${count(largest.pair.count)}, library against hand-written:`, '', resourceCheck(largest)] : []),
  ].join('\n');
}

function policySection(results: BenchResults): string {
  const handWritten = scaleSide(results, 'handWritten');
  const policySide = scaleSide(results, 'libraryPolicy');
  const rows = results.scalePolicy.map((series) => {
    const summary = summarize(series.samples);
    const base = handWritten.get(series.count);
    const bound = summary.timedOut ? '> ' : '';
    return [
      count(series.count), String(summary.runs), `${bound}${wallCell(summary)}`,
      `${bound}${times(base ? ratio(summary.wallMs, base.wallMs) : undefined)}`, mib(summary.maxRssKb),
      ms(summary.phases?.constructMs), ms(summary.phases?.synthMs), msPrecise(marginalMsPerInstance(policySide, series.count)),
      series.comparison ? (series.comparison.bodyDifferences.length === 0 ? 'same' : `differs: ${series.comparison.bodyDifferences.join(', ')}`) : 'n/a',
    ];
  });
  const limit = results.scalePolicy[0]?.timeoutSeconds;
  return [
    '### 2b. The same stacks with `ExchangeOnlinePolicyChecks`',
    '',
    'The examples add `Aspects.of(stack).add(new ExchangeOnlinePolicyChecks())` (examples/shared.ts); here the library',
    'stack of section 2 gets the same aspect (`library-scale-policy`). It grows much faster than linearly, so it runs',
    `alone (not alternating with the baseline), few times, each run stopped after ${limit ?? 'n/a'} s. The ratio is against`,
    'the hand-written median of section 2.',
    '',
    table(['N', 'Runs', 'Wall (min–max)', 'vs hand-written', 'Peak RSS', 'Construct', 'Synth (incl. checks)',
      'Added per instance', 'Terraform vs hand-written'], rows),
  ].join('\n');
}

function typeCheckSection(results: BenchResults): string {
  const root = results.typeChecks.find((check) => check.app.name === 'handwritten-root');
  const base = root ? summarize(root.samples) : undefined;
  const rows = results.typeChecks.map((check) => {
    const summary = summarize(check.samples);
    return [
      `\`${check.app.name}\``, check.app.description, String(summary.runs), wallCell(summary), ms(summary.cpuMs),
      mib(summary.maxRssKb), times(base ? ratio(summary.wallMs, base.wallMs) : undefined),
      times(base?.maxRssKb !== undefined && summary.maxRssKb !== undefined ? ratio(summary.maxRssKb, base.maxRssKb) : undefined),
    ];
  });
  return [
    '## 3. Type-check: `tsc --noEmit` of a consumer app',
    '',
    `Target: the library apps at most ${times(TARGETS.typeCheck)} of the provider-root app, in time and in peak memory.`,
    '',
    table(['App', 'What it imports', 'Runs', 'Wall (min–max)', 'CPU', 'Peak RSS', 'Time vs root', 'Memory vs root'], rows),
  ].join('\n');
}

export function renderReport(results: BenchResults): string {
  return [
    '# Benchmarks\n\nGenerated by `npm run bench` (scripts/bench/run.ts); do not edit by hand. The benchmark is not part of `npm test`.',
    summarySection(results),
    machineSection(results),
    methodSection(results),
    commandsSection(results),
    exampleSection(results),
    scaleSection(results),
    policySection(results),
    typeCheckSection(results),
  ].join('\n\n') + '\n';
}
