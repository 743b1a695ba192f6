// `npm run bench`: compiles lib/, the examples and child.ts once (tsc, into scratch/bench), measures the
// figures below in fresh child processes, side by side in one run, and writes BENCHMARKS.md. Not part of
// `npm test`; no timing target lives in a unit test.
//   1. `exo-tenants synth`: time per tenant at 200 and 2,000 tenants (10,000 too with BENCH_TENANTS_10000=1)
//      must stay within 1.3x of the figure at 200; peak memory at 2,000 within 1.5x of that at 200.
//   2. Per synthesized block, library / the same blocks written with provider classes, at 1 and 1,000
//      instances in one stack: time and peak memory within 1.10x.
// BENCH_RUNS=<n>: rounds per comparison (default: 41 at 1 instance, 11 at 1,000 instances, 2 for tenants).
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..');
const WORK = path.join(REPO, 'scratch', 'bench');
const CHILD = path.join(WORK, 'build', 'scripts', 'bench', 'child.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 0);
const SCALE = 1000;
const TENANTS = [200, 2000, ...(process.env.BENCH_TENANTS_10000 === '1' ? [10000] : [])];
const TARGETS = { tenantTime: 1.3, tenantMemory: 1.5, blockTime: 1.1, blockMemory: 1.1 };

type Side = 'library' | 'baseline';
/** One child's report (see child.ts); CPU figures are user + system time of the child. */
interface Run {
  readonly side: Side; readonly load: number; readonly wallMs: number; readonly cpuMs: number; readonly blockCpuMs: number;
  readonly cpuJsonMs: number; readonly cpuPlanMs: number; readonly cpuLoadMs: number; readonly cpuConstructMs: number; readonly cpuSynthMs: number;
  readonly gcMs: number; readonly constructs: number; readonly maxRssKb: number; readonly liveHeapKb: number; readonly jsonRssKb: number; readonly stackFile: string;
  readonly jsonMs: number; readonly planMs: number; readonly tailMs: number;
}
interface TenantRun { readonly tenants: number; readonly load: number; readonly synthMs: number; readonly cpuSynthMs: number; readonly cpuLoadMs: number; readonly gcMs: number; readonly maxRssKb: number }
type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const ms1 = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const mib = (kb: number) => `${Math.round(kb / 1024)} MiB`;
const x = (value: number) => `${value.toFixed(2)}x`;
/** A ratio judged against a target: three decimals, so that the rounding never hides which side of it the ratio is. */
const xr = (value: number) => `${value.toFixed(3)}x`;
const n = (value: number) => value.toLocaleString('en-US');
const verdict = (ratio: number, target: number) => (ratio <= target ? '**PASS**' : '**FAIL**');

function spawnChild(args: string[]): Json {
  const result = spawnSync(process.execPath, ['--expose-gc', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) {
    throw new Error(`child ${args.join(' ')} failed:\n${result.stderr}`);
  }
  return JSON.parse(result.stdout);
}

function child(side: Side, size: string, json: string): Run {
  const outdir = path.join(WORK, 'out', `${side}-${size}`);
  const load = os.loadavg()[0];
  const started = process.hrtime.bigint();
  const report = spawnChild([side, size, outdir, json]);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  // Without the wait for gc entries after synth, reading the JSON and preparing the baseline from it:
  // what remains is Node start-up, loading modules, constructing and synthesizing.
  const cpuMs = report.cpuLoadMs + report.cpuConstructMs + report.cpuSynthMs - report.cpuJsonMs - report.cpuPlanMs;
  return { side, load, ...report, cpuMs, blockCpuMs: report.cpuConstructMs + report.cpuSynthMs, wallMs: wallMs - report.tailMs - report.jsonMs - report.planMs } as Run;
}

/** Synthesizes the library stack of `size` instances once and keeps its JSON, the baseline's source. */
function libraryJson(size: string): string {
  const file = path.join(WORK, `library-${size}.tf.json`);
  copyFileSync(spawnChild(['library', size, path.join(WORK, 'out', `first-${size}`)]).stackFile, file);
  return file;
}

/** Resource, data source and output blocks per type, with their bodies (without cdktf's metadata). */
function blocks(stackFile: string): Map<string, Json[]> {
  const json = JSON.parse(readFileSync(stackFile, 'utf8'));
  const result = new Map<string, Json[]>();
  const add = (type: string, name: string, body: Json) => {
    const rest: Json = { name, ...body };
    delete rest['//'];
    result.set(type, [...(result.get(type) ?? []), rest]);
  };
  for (const kind of ['resource', 'data']) {
    for (const [type, named] of Object.entries<Json>(json[kind] ?? {})) {
      Object.entries<Json>(named).forEach(([name, body]) => add(`${kind === 'data' ? 'data.' : ''}${type}`, name, body));
    }
  }
  Object.entries<Json>(json.output ?? {}).forEach(([name, body]) => add('output', name, body));
  return result;
}

/** Throws unless both stacks hold the same blocks with the same bodies; returns the counts per type. */
function sameBlocks(library: string, baseline: string): Map<string, number> {
  const [a, b] = [blocks(library), blocks(baseline)];
  const key = (map: Map<string, Json[]>) => JSON.stringify([...map].sort());
  if (key(a) !== key(b)) {
    const types = [...new Set([...a.keys(), ...b.keys()])].filter((type) => JSON.stringify(a.get(type)) !== JSON.stringify(b.get(type)));
    throw new Error(`library and baseline synthesize different blocks: ${types.join(', ')} (${library} vs ${baseline})`);
  }
  return new Map([...a].sort().map(([type, list]) => [type, list.length]));
}

/** Warm-up, then `runs` rounds; each round runs both sides once, the order alternating round by round. */
function rounds(size: string, runs: number, json: string): Run[] {
  const sides: Side[] = ['library', 'baseline'];
  sides.forEach((side) => child(side, size, json));
  const result: Run[] = [];
  for (let round = 0; round < runs; round++) {
    const order = round % 2 ? [...sides].reverse() : sides;
    const done = order.map((side) => child(side, size, json));
    result.push(...done);
    log(`  ${size} instance(s), round ${round + 1}/${runs}: ${done.map((run) => `${run.side} ${ms(run.cpuMs)} CPU, ${ms(run.wallMs)} wall`).join('; ')}`);
  }
  return result;
}

const of = (runs: Run[], side: Side) => runs.filter((run) => run.side === side);
const med = (runs: Run[], side: Side, field: keyof Run) => median(of(runs, side).map((run) => run[field] as number));
const least = (runs: Run[], side: Side, field: keyof Run) => Math.min(...of(runs, side).map((run) => run[field] as number));
/** library / baseline of `field` in each round (both sides ran back to back in it, under about the same load). */
const perRound = (runs: Run[], field: keyof Run) => of(runs, 'library').map((run, index) => (run[field] as number) / (of(runs, 'baseline')[index][field] as number));
/** How a ratio of medians scatters: the ratio of the fastest runs and the median and range of the ratios round by round. */
const spread = (runs: Run[], field: keyof Run) => {
  const ratios = perRound(runs, field);
  return `min/min ${xr(least(runs, 'library', field) / least(runs, 'baseline', field))}; round by round ${xr(median(ratios))} (${xr(Math.min(...ratios))}–${xr(Math.max(...ratios))})`;
};

/** The tenants file of `count` tenants: the two shapes of examples/tenants/tenants.json, alternating. */
function tenantsFile(count: number): string {
  const script = path.join(REPO, 'examples', 'tenants', 'scripts', 'Get-SharedMailboxReport.ps1');
  const tenants = Array.from({ length: count }, (_, index) => {
    const name = `t${String(index + 1).padStart(5, '0')}`;
    const hex = (index + 1).toString(16).padStart(8, '0');
    const userAssigned = index % 2 === 1;
    return {
      name, tenantId: `${hex}-1111-4111-8111-111111111111`, subscriptionId: `${hex}-2222-4222-8222-222222222222`,
      organization: `${name}.onmicrosoft.com`, location: 'westeurope', resourceGroupName: `rg-exo-${name}`, automationAccountName: `aa-exo-${name}`,
      identity: userAssigned ? 'user-assigned' : 'system-assigned', ...(userAssigned ? { userAssignedIdentityName: `id-exo-${name}` } : {}),
      roles: ['Exchange Recipient Administrator'], runtime: userAssigned ? '7.4' : '5.1',
      runbooks: [{ name: 'Get-SharedMailboxReport', file: script, schedule: { frequency: 'Day', timezone: 'Europe/Amsterdam' } }],
    };
  });
  const file = path.join(WORK, `tenants-${count}.json`);
  writeFileSync(file, JSON.stringify({ state: { resourceGroupName: 'rg-terraform-state', storageAccountName: 'stexoterraformstate', containerName: 'tfstate' }, tenants }));
  return file;
}

function tenantRun(count: number, file: string): TenantRun {
  const outdir = path.join(WORK, 'out', `tenants-${count}`);
  rmSync(outdir, { recursive: true, force: true });
  const load = os.loadavg()[0];
  const report = spawnChild(['tenants', file, outdir]);
  return { tenants: count, load, ...report } as TenantRun;
}

function main(): void {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(path.join(WORK, 'out'), { recursive: true });
  writeFileSync(path.join(WORK, 'tsconfig.json'), JSON.stringify({
    extends: '../../tsconfig.build.json',
    compilerOptions: { outDir: 'build', rootDir: '../..', noEmitOnError: false },
    include: ['../../lib/**/*.ts', '../../examples/**/*.ts', '../../scripts/bench/child.ts'],
  }));
  log('compiling lib/, examples/ and the child into scratch/bench/build');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', WORK], { stdio: 'inherit' });

  // 1. exo-tenants synth: rounds of every size, smallest first.
  const files = new Map(TENANTS.map((count) => [count, tenantsFile(count)]));
  const tenantRounds = RUNS || 2;
  log(`1. exo-tenants synth at ${TENANTS.map(n).join(', ')} tenants, ${tenantRounds} rounds`);
  const tenantRuns: TenantRun[] = [];
  for (let round = 0; round < tenantRounds; round++) {
    for (const count of TENANTS) {
      const run = tenantRun(count, files.get(count)!);
      tenantRuns.push(run);
      log(`  ${n(count)} tenants, round ${round + 1}/${tenantRounds}: ${ms1(run.cpuSynthMs / count)} CPU, ${ms1(run.synthMs / count)} wall per tenant; peak RSS ${mib(run.maxRssKb)}`);
    }
  }
  const tmed = (count: number, field: keyof TenantRun) => median(tenantRuns.filter((run) => run.tenants === count).map((run) => run[field]));
  const perTenant = (count: number) => tmed(count, 'cpuSynthMs') / count;
  const [small, ...larger] = TENANTS;

  // 2. Per block against provider classes, at 1 and 1,000 instances.
  const scales = [{ size: 1, runs: RUNS || 41 }, { size: SCALE, runs: RUNS || 11 }].map(({ size, runs }) => {
    const json = libraryJson(String(size));
    const counts = sameBlocks(json, spawnChild(['baseline', String(size), path.join(WORK, 'out', `check-${size}`), json]).stackFile);
    log(`2. ${n(size)} instance(s) in one stack, library and baseline, ${runs} rounds`);
    const runsOf = rounds(String(size), runs, json);
    const blockCount = [...counts.values()].reduce((sum, count) => sum + count, 0);
    return {
      size, counts, blockCount, runs: runsOf,
      time: med(runsOf, 'library', 'blockCpuMs') / med(runsOf, 'baseline', 'blockCpuMs'),
      process: med(runsOf, 'library', 'cpuMs') / med(runsOf, 'baseline', 'cpuMs'),
      memory: med(runsOf, 'library', 'maxRssKb') / med(runsOf, 'baseline', 'maxRssKb'),
    };
  });

  const cpus = os.cpus();
  const figures: string[] = [
    ...larger.map((count) => {
      const ratio = perTenant(count) / perTenant(small);
      return `| \`exo-tenants synth\`, CPU time per tenant: ${n(count)} / ${n(small)} tenants | <= ${x(TARGETS.tenantTime)} | ${xr(ratio)} (${ms1(perTenant(count))} / ${ms1(perTenant(small))}) | ${verdict(ratio, TARGETS.tenantTime)} |`;
    }),
    ...larger.map((count) => {
      const ratio = tmed(count, 'maxRssKb') / tmed(small, 'maxRssKb');
      return `| \`exo-tenants synth\`, peak RSS: ${n(count)} / ${n(small)} tenants | <= ${x(TARGETS.tenantMemory)} | ${xr(ratio)} (${mib(tmed(count, 'maxRssKb'))} / ${mib(tmed(small, 'maxRssKb'))}) | ${verdict(ratio, TARGETS.tenantMemory)} |`;
    }),
    ...scales.flatMap((scale) => [
      `| ${n(scale.size)} instance${scale.size > 1 ? 's' : ''}, CPU time per block (construct + synth): library / provider classes | <= ${x(TARGETS.blockTime)} | ${xr(scale.time)} (${ms1(med(scale.runs, 'library', 'blockCpuMs') / scale.blockCount)} / ${ms1(med(scale.runs, 'baseline', 'blockCpuMs') / scale.blockCount)} per block; ${n(scale.blockCount)} blocks; ${spread(scale.runs, 'blockCpuMs')}) | ${verdict(scale.time, TARGETS.blockTime)} |`,
      `| ${n(scale.size)} instance${scale.size > 1 ? 's' : ''}, CPU time of the whole process (Node start-up and module loading too): library / provider classes | <= ${x(TARGETS.blockTime)} | ${xr(scale.process)} (${ms(med(scale.runs, 'library', 'cpuMs'))} / ${ms(med(scale.runs, 'baseline', 'cpuMs'))}; ${spread(scale.runs, 'cpuMs')}) | ${verdict(scale.process, TARGETS.blockTime)} |`,
      `| ${n(scale.size)} instance${scale.size > 1 ? 's' : ''}, peak RSS per block: library / provider classes | <= ${x(TARGETS.blockMemory)} | ${xr(scale.memory)} (${(med(scale.runs, 'library', 'maxRssKb') / scale.blockCount).toFixed(1)} KiB / ${(med(scale.runs, 'baseline', 'maxRssKb') / scale.blockCount).toFixed(1)} KiB per block; ${spread(scale.runs, 'maxRssKb')}) | ${verdict(scale.memory, TARGETS.blockMemory)} |`,
    ]),
  ];

  const lines = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (scripts/bench/run.ts, scripts/bench/child.ts); do not edit by hand. Not part of `npm test`. Every figure below comes from the one run described under Machine.',
    '',
    '| Figure | Target | Measured (medians) | Result |',
    '| --- | --- | --- | --- |',
    ...figures,
    '',
    '## Machine',
    '',
    `- ${cpus[0]?.model ?? 'unknown CPU'}; nproc ${os.availableParallelism?.() ?? cpus.length}; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node.js ${process.version}; ${os.type()} ${os.release()} ${os.arch()}`,
    `- Run on ${startedAt.toISOString()}; the benchmark took ${((Date.now() - startedAt.getTime()) / 60000).toFixed(1)} min.`,
    `- Load average (1, 5, 15 min): ${loadAtStart.map((value) => value.toFixed(2)).join(', ')} at start, ${os.loadavg().map((value) => value.toFixed(2)).join(', ')} at end. The machine is shared: other jobs run on its cores, so wall time says more about them than about this package (the tables show how far it scatters).`,
    '',
    '## Method',
    '',
    '- Every run is a fresh `node` process on JavaScript compiled once by `tsc` (the package\'s `tsconfig.build.json`) into `scratch/bench/build`, as a consumer of the published package runs it.',
    '- **Time is CPU time** (user + system, `process.cpuUsage()` of the child), not wall time: on a machine shared with other jobs, wall time grows with their load, while the CPU a process spends on its own work barely moves. Wall time is in the tables for reference. Peak memory is the child\'s `process.resourceUsage().maxRSS`. Peak RSS holds garbage as well as live data, so it depends on when V8 collects and scatters from run to run of one side (the min–max column); the live heap after synth (`v8.getHeapStatistics().used_heap_size` after a full collection, taken after every other figure; the children run with `--expose-gc` for it) is what the app keeps, and does not scatter.',
    '- Each figure is a median over rounds (41 at 1 instance, where a run takes about 40 ms of CPU and scatters most; 11 at 1,000 instances; 2 for tenants), after one warm-up run of each side that is not counted; in a round every side runs once, back to back, the order alternating round by round. The target is judged on the ratio of the medians; beside it stand the ratio of the fastest run of each side (min/min) and the median and range of the ratios round by round (library / baseline of the same round, which ran under about the same load), so one run shows how far the figure scatters.',
    '- **Tenants.** `child.js tenants <file> <outdir>` loads the package, then calls `runTenantsCli([\'synth\', file, \'--output\', outdir])` (what the `exo-tenants` bin runs); the time per tenant is the CPU time of that call divided by the number of tenants, so Node start-up and module loading (the same at every size) do not dilute it. The tenants file alternates the two tenants of examples/tenants/tenants.json (system-assigned with PowerShell 5.1; user-assigned with 7.4), each with a scheduled runbook; peak RSS is that of the whole process.',
    '- **Per block.** The library synthesizes N `ExchangeOnlineAutomation` (each with its own account name and the role Exchange Recipient Administrator; one shared resource group) in one stack; `child.ts baseline` rebuilds every block of that `cdk.tf.json` with provider classes: azurerm by deep import (`@cdktf/provider-azurerm/lib/<resource>`), azuread with the bindings in `lib/bindings/azuread` (data sources too), `time_sleep` with a `TerraformResource` (the library does the same). Each block gets the library\'s address the way a hand-written stack gets it, through cdktf\'s naming: the baseline creates it in nested plain `Construct` scopes whose path (from the library\'s `//` metadata) cdktf turns into the same logical id (`exo-00001/account/resource` -> `exo-00001_account_resource_047B01D9`, an MD5 of the path), so both sides pay `getLogicalId` alike and both trees hold the same constructs; outputs are named with `overrideLogicalId` on both sides, as the library names them. (Before 2026-12-07 the baseline put every block directly in the stack and named it with `overrideLogicalId`, which skipped that hashing and half the tree.) Before any timing the bench checks that both synthesize the same blocks (count per type and identical bodies, cdktf metadata aside); it stops otherwise. The time per block is the CPU time of constructing and synthesizing the stack (what grows with the blocks) divided by the blocks; a second figure holds the whole process (Node start-up and loading modules, the same for every size, included), less reading the library\'s JSON (both sides read it and keep it to the end) and, on the baseline, preparing its configs from it (camelCased arguments, blocks ordered so referenced ones come first), which happen before the stack is built. The timed construct phase of the baseline does what hand-written code does: one `new` per block, references turned into tokens of its own constructs. "Blocks" are resources, data sources and outputs.',
    '',
    `## 1. \`exo-tenants synth\``,
    '',
    '| Tenants | Runs | CPU per tenant (synth) | Wall per tenant (synth) | CPU, start-up and loading | GC (in process) | Peak RSS | Load avg during runs |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...TENANTS.map((count) => `| ${n(count)} | ${tenantRuns.filter((run) => run.tenants === count).length} | ${ms1(perTenant(count))} | ${ms1(tmed(count, 'synthMs') / count)} | ${ms(tmed(count, 'cpuLoadMs'))} | ${ms(tmed(count, 'gcMs'))} | ${mib(tmed(count, 'maxRssKb'))} | ${tmed(count, 'load').toFixed(2)} |`),
    '',
    'Before the fix of 2026-12-07, every stack\'s preparation walked every construct of the whole app to hand down app-level policy checks, so the time per tenant grew with the number of tenants (issue 17: 14 ms at 100 tenants, 34 ms at 1,000). The walk now runs once per synthesis of the app (lib/stack/stack-checks.ts; test/stack/stack-checks.test.ts counts it).',
    process.env.BENCH_TENANTS_10000 === '1' ? '' : 'The 10,000-tenant size is opt-in: `BENCH_TENANTS_10000=1 npm run bench`.',
    '',
    ...scales.flatMap((scale) => [
      `## 2. ${n(scale.size)} instance${scale.size > 1 ? 's' : ''} in one stack, per block`,
      '',
      '| Side | Runs | CPU of construct + synth, median (min–max) | CPU of the process, median (min–max) | CPU: start-up and loading | construct | synth | Wall (median) | GC (in process) | Peak RSS, median (min–max) | Live heap after synth | Constructs in the tree | Load avg during runs |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...(['library', 'baseline'] as Side[]).map((side) => {
        const cpu = of(scale.runs, side).map((run) => run.cpuMs);
        const block = of(scale.runs, side).map((run) => run.blockCpuMs);
        return `| ${side} | ${cpu.length} | ${ms(median(block))} (${ms(Math.min(...block))}–${ms(Math.max(...block))}) | ${ms(median(cpu))} (${ms(Math.min(...cpu))}–${ms(Math.max(...cpu))}) | ${ms(med(scale.runs, side, 'cpuLoadMs') - med(scale.runs, side, 'cpuJsonMs') - med(scale.runs, side, 'cpuPlanMs'))} | ${ms(med(scale.runs, side, 'cpuConstructMs'))} | ${ms(med(scale.runs, side, 'cpuSynthMs'))} | ${ms(med(scale.runs, side, 'wallMs'))} | ${ms(med(scale.runs, side, 'gcMs'))} | ${mib(med(scale.runs, side, 'maxRssKb'))} (${mib(Math.min(...of(scale.runs, side).map((run) => run.maxRssKb)))}–${mib(Math.max(...of(scale.runs, side).map((run) => run.maxRssKb)))}) | ${mib(med(scale.runs, side, 'liveHeapKb'))} | ${n(med(scale.runs, side, 'constructs'))} | ${med(scale.runs, side, 'load').toFixed(2)} |`;
      }),
      '',
      `Start-up and loading differ by ${ms((med(scale.runs, 'library', 'cpuLoadMs') - med(scale.runs, 'library', 'cpuJsonMs')) - (med(scale.runs, 'baseline', 'cpuLoadMs') - med(scale.runs, 'baseline', 'cpuJsonMs') - med(scale.runs, 'baseline', 'cpuPlanMs')))} of CPU: the library loads every module of the package (lib/index.ts re-exports all of them; about 100 compiled files) besides the provider classes both sides load; that cost does not grow with the blocks.`,
      '',
      'Blocks (the same on both sides, bodies identical): ' + [...scale.counts].map(([type, count]) => `\`${type}\` ${n(count)}`).join(', ') + '.',
      '',
    ]),
    '## Profile notes (taken by hand on 2026-12-07, same machine; CPU profiles with `node --cpu-prof --cpu-prof-interval 250` of `child.js library 1000` unless said otherwise)',
    '',
    '- **Tenants.** Before the fix (commit 4f373c8, same tenants file, CPU time of the synth): 17.8 ms per tenant at 100 tenants, 35.2 ms at 1,000; after: 15.7 ms and 11.0 ms. The 1,000 stack folders and manifest.json are byte-identical before and after (`diff -r`). Second pass: every token captures the whole call stack, so the tenants loop is a `for...of` (the `forEach` callback and `Array.forEach` were two of the 15 frames of each capture), TenantStack reads its resource group\'s name and location once, and the `exo-tenants` bin runs the command from a `setImmediate` callback rather than under Node\'s module-loading frames (the bin, 2,000 tenants, 3 alternating runs: 21.0–22.4 s of process CPU before, 19.7–22.3 s after; the bench calls `runTenantsCli` directly and never had those frames).',
    '- **Naming, a fault of the bench (fixed 2026-12-07).** The baseline put every block directly in the stack and named it with `overrideLogicalId`, so cdktf\'s `getLogicalId` (an MD5 of the path, 195 ms of the library\'s samples at 1,000 instances) never ran there, and its tree held 10,008 constructs against the library\'s 22,010, which cdktf\'s aspect walk and `findAll` visit. It now builds each block in nested scopes with the library\'s path (see Method): both trees hold the same constructs (32 and 22,010) and both sides hash their names. It also required its provider-block classes (`AzurermProvider`, `AzureadProvider`) inside the timed construct phase, which the library side loads before timing; that moved about 2 ms of module loading at 1 instance into its block time, and is moved out. The run before these fixes (commit 9004e1c) read 1.152x for construct + synth at 1,000 instances and 1.085x at 1 instance; after the naming fix alone, 5 alternating rounds at 1,000 instances (load 12–14) read 1.089x (1.057–1.133x round by round), and after moving the module loading out, 15 rounds at 1 instance read 1.174x (1.088–1.489x).',
    '- **Stack traces (issue 17, second pass).** cdktf captures a full stack trace (`Error.stackTraceLimit` set to the maximum) for every token (`Intrinsic`) and complex attribute object (`ComplexResolvable`) it creates. Timed with a wrapper around cdktf\'s `captureStackTrace` at 1,000 instances, split by phase: constructing, the library made 33,003 captures in 1,042–1,115 ms (about 32 µs each) and the baseline 45,001 in 1,034–1,047 ms (about 23 µs each); synthesizing, each side made 4,002 more, at about 90 µs each (330–380 ms), because they are taken 33 frames deep in the resolver. Two causes were the package\'s:',
    '  - **depends_on.** cdktf wraps every item of a `dependsOn` config in a `Dependable` token (one capture when made), and resolving it reads the dependency\'s `fqn`, a reference token made then (the deep capture above). The package\'s own wiring (a module after the one before it, the runbook after its modules, grants and role assignments after the replication wait, a job schedule after the grants) made 7,000 of the first kind and 4,000 of the second. `dependOn` (lib/terraform/dependencies.ts) writes the same `depends_on` entries with a token of its own that captures nothing and reads the address (`type.name`, `data.type.name`) when the stack is synthesized, so `overrideLogicalId` still works afterwards; any other dependable resolves through its own `fqn`, as before. Captures: 26,003 constructing (832 ms), 2 synthesizing. The 1,000-instance `cdk.tf.json` is byte-identical before and after (`cmp`).',
    '  - **Long frames.** What a capture costs grows with how far into its function each frame\'s call sits (V8 scans the function\'s source position table to that point): in a micro-benchmark on this machine, one capture costs 20.5 µs when the call opens a function of 1,000 statements and 59.5 µs when it closes it. The constructors on the creation path checked every prop before creating anything, so each token\'s capture ran through long functions. Each now checks its props in a function of its own and then creates its parts (PowerShellGalleryModule, ExchangeOnlineModuleImport, ExchangeOnlineRunbook, AutomationAccountWithIdentity, ExchangeOnlineAutomation, AppRoleGrant, EntraRoleBinding); same checks, same order, same messages. Constructing 1,000 instances took 0.93–1.00x the CPU of before in 4 runs side by side.',
    '  - Run side by side (library and baseline at the same time, one per core, so both see the same load), construct + synth at 1,000 instances read 1.026–1.095x before these two changes (4 pairs) and 0.890–0.917x after them (3 pairs).',
    '- **Aspects.** cdktf\'s aspect walk computes every construct\'s path once per aspect and construct; the package registered two aspects per stack (its stack checks and `TerraformRequirements`, which acts on the stack node only). The stack checks\' aspect now visits for the requirements when both are created together (lib/stack/stack-checks.ts), one aspect instead of two: `invokeAspects` on the 1,000-instance stack takes 178–195 ms of CPU instead of 186–222 (5 runs each, medians 188 and 218). A stack with no aspect (the baseline) still pays the walk itself, without the paths.',
    '- **Collision check.** The always-on check of colliding objects (lib/stack/collisions.ts) is 4.7% of the library\'s synth samples (about 180 ms at 1,000 instances): it reads the configured arguments of the 7,000 keyed resources and resolves the 5,007 distinct key values once each (it resolved every one, 14% of the synth samples, before the first pass). Kept whole; not changed in this pass.',
    '- **1 instance.** The per-block figure at 1 instance is mostly the first run of code, which does not grow with blocks: constructing the same stack again in the same process takes 3–7 ms instead of 17–20 ms (library). With V8\'s lazy compilation off (`node --no-lazy`, an experiment), the library\'s construct falls from 17.0 to 9.4 ms and the baseline\'s from 9.0 to 5.5 ms (medians of 3): compiling the library\'s own functions on first call (its checks, its PowerShell scanner) is about 4 ms of the gap, running them once the rest. No single function stands out (`--log-function-events` after the second pass: 275 functions compiled while constructing, 5.1 ms of it in the package\'s files, the largest `scanPowerShell` at 0.22 ms). With cdktf\'s stack traces switched off (an experiment), the baseline constructs in about 6.2 ms instead of 8.3 and the library in about 12.5 instead of 14: the rest of the gap is the package\'s own checks, run once. Synthesizing, the library now takes less CPU than the baseline (24.6 against 28.6 ms, medians of 31 rounds; before the second pass the two were about equal).',
    '',
    '## Commands',
    '',
    '```sh',
    'npm run bench                          # everything; writes BENCHMARKS.md (a few minutes on 2 cores)',
    'BENCH_TENANTS_10000=1 npm run bench    # also 10,000 tenants',
    'BENCH_RUNS=1 npm run bench             # one round per comparison (a quick look)',
    '# one run by hand, after the compile step of run.ts:',
    'node scratch/bench/build/scripts/bench/child.js tenants scratch/bench/tenants-200.json scratch/bench/out/t',
    'node scratch/bench/build/scripts/bench/child.js library 1000 scratch/bench/out/lib',
    'node scratch/bench/build/scripts/bench/child.js baseline 1000 scratch/bench/out/base scratch/bench/out/lib/stacks/bench/cdk.tf.json',
    '```',
    '',
  ];
  writeFileSync(path.join(REPO, 'BENCHMARKS.md'), lines.join('\n'));
  log(`wrote BENCHMARKS.md:\n${figures.join('\n')}`);
}

main();
