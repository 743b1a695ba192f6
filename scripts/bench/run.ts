// `npm run bench`: compiles lib/, the examples and child.ts once (tsc, into scratch/bench), measures the
// figures below in fresh child processes, side by side in one run, and writes BENCHMARKS.md. Not part of
// `npm test`; no timing target lives in a unit test.
//   1. `exo-tenants synth`: time per tenant at 200 and 2,000 tenants (10,000 too with BENCH_TENANTS_10000=1)
//      must stay within 1.3x of the figure at 200; peak memory at 2,000 within 1.5x of that at 200.
//   2. Per synthesized block, library / the same blocks written with provider classes, at 1 and 1,000
//      instances in one stack: time and peak memory within 1.10x.
// BENCH_RUNS=<n>: rounds per comparison (default: 7 at 1 instance, 5 at 1,000 instances, 2 for tenants).
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
  const scales = [{ size: 1, runs: RUNS || 7 }, { size: SCALE, runs: RUNS || 5 }].map(({ size, runs }) => {
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
      `| ${n(scale.size)} instance${scale.size > 1 ? 's' : ''}, CPU time per block (construct + synth): library / provider classes | <= ${x(TARGETS.blockTime)} | ${xr(scale.time)} (${ms1(med(scale.runs, 'library', 'blockCpuMs') / scale.blockCount)} / ${ms1(med(scale.runs, 'baseline', 'blockCpuMs') / scale.blockCount)} per block; ${n(scale.blockCount)} blocks) | ${verdict(scale.time, TARGETS.blockTime)} |`,
      `| ${n(scale.size)} instance${scale.size > 1 ? 's' : ''}, CPU time of the whole process (Node start-up and module loading too): library / provider classes | <= ${x(TARGETS.blockTime)} | ${xr(scale.process)} (${ms(med(scale.runs, 'library', 'cpuMs'))} / ${ms(med(scale.runs, 'baseline', 'cpuMs'))}) | ${verdict(scale.process, TARGETS.blockTime)} |`,
      `| ${n(scale.size)} instance${scale.size > 1 ? 's' : ''}, peak RSS per block: library / provider classes | <= ${x(TARGETS.blockMemory)} | ${xr(scale.memory)} (${(med(scale.runs, 'library', 'maxRssKb') / scale.blockCount).toFixed(1)} KiB / ${(med(scale.runs, 'baseline', 'maxRssKb') / scale.blockCount).toFixed(1)} KiB per block) | ${verdict(scale.memory, TARGETS.blockMemory)} |`,
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
    '- Each figure is a median over rounds; in a round every side runs once, the order alternating round by round.',
    '- **Tenants.** `child.js tenants <file> <outdir>` loads the package, then calls `runTenantsCli([\'synth\', file, \'--output\', outdir])` (what the `exo-tenants` bin runs); the time per tenant is the CPU time of that call divided by the number of tenants, so Node start-up and module loading (the same at every size) do not dilute it. The tenants file alternates the two tenants of examples/tenants/tenants.json (system-assigned with PowerShell 5.1; user-assigned with 7.4), each with a scheduled runbook; peak RSS is that of the whole process.',
    '- **Per block.** The library synthesizes N `ExchangeOnlineAutomation` (each with its own account name and the role Exchange Recipient Administrator; one shared resource group) in one stack; `child.ts baseline` rebuilds every block of that `cdk.tf.json` with provider classes: azurerm by deep import (`@cdktf/provider-azurerm/lib/<resource>`), azuread with the bindings in `lib/bindings/azuread` (data sources too), `time_sleep` with a `TerraformResource` (the library does the same). Before any timing the bench checks that both synthesize the same blocks (count per type and identical bodies, cdktf metadata aside); it stops otherwise. The time per block is the CPU time of constructing and synthesizing the stack (what grows with the blocks) divided by the blocks; a second figure holds the whole process (Node start-up and loading modules, the same for every size, included), less reading the library\'s JSON (both sides read it and keep it to the end) and, on the baseline, preparing its configs from it (camelCased arguments, blocks ordered so referenced ones come first), which happen before the stack is built. The timed construct phase of the baseline does what hand-written code does: one `new` per block, references turned into tokens of its own constructs. "Blocks" are resources, data sources and outputs.',
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
      '| Side | Runs | CPU, median (min–max) | CPU: start-up and loading | construct | synth | Wall (median) | GC (in process) | Peak RSS, median (min–max) | Live heap after synth | Constructs in the tree | Load avg during runs |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...(['library', 'baseline'] as Side[]).map((side) => {
        const cpu = of(scale.runs, side).map((run) => run.cpuMs);
        return `| ${side} | ${cpu.length} | ${ms(median(cpu))} (${ms(Math.min(...cpu))}–${ms(Math.max(...cpu))}) | ${ms(med(scale.runs, side, 'cpuLoadMs') - med(scale.runs, side, 'cpuJsonMs') - med(scale.runs, side, 'cpuPlanMs'))} | ${ms(med(scale.runs, side, 'cpuConstructMs'))} | ${ms(med(scale.runs, side, 'cpuSynthMs'))} | ${ms(med(scale.runs, side, 'wallMs'))} | ${ms(med(scale.runs, side, 'gcMs'))} | ${mib(med(scale.runs, side, 'maxRssKb'))} (${mib(Math.min(...of(scale.runs, side).map((run) => run.maxRssKb)))}–${mib(Math.max(...of(scale.runs, side).map((run) => run.maxRssKb)))}) | ${mib(med(scale.runs, side, 'liveHeapKb'))} | ${n(med(scale.runs, side, 'constructs'))} | ${med(scale.runs, side, 'load').toFixed(2)} |`;
      }),
      '',
      `Start-up and loading differ by ${ms((med(scale.runs, 'library', 'cpuLoadMs') - med(scale.runs, 'library', 'cpuJsonMs')) - (med(scale.runs, 'baseline', 'cpuLoadMs') - med(scale.runs, 'baseline', 'cpuJsonMs') - med(scale.runs, 'baseline', 'cpuPlanMs')))} of CPU: the library loads every module of the package (lib/index.ts re-exports all of them; about 70 compiled files) besides the provider classes both sides load; that cost does not grow with the blocks.`,
      '',
      'Blocks (the same on both sides, bodies identical): ' + [...scale.counts].map(([type, count]) => `\`${type}\` ${n(count)}`).join(', ') + '.',
      '',
    ]),
    '## Profile notes (taken by hand on 2026-12-07, same machine; CPU profiles with `node --cpu-prof --cpu-prof-interval 250` of `child.js library 1000`)',
    '',
    '- **Tenants.** Before the fix (commit 4f373c8, same tenants file, CPU time of the synth): 17.8 ms per tenant at 100 tenants, 35.2 ms at 1,000; after: 15.7 ms and 11.0 ms. The 1,000 stack folders and manifest.json are byte-identical before and after (`diff -r`).',
    '- **Stack traces.** Stack-trace capture (`captureStackTrace`, `prepareStackTrace`, `get stack`) is 27.6% of the library\'s samples before and 27.2% after, and 22.5% of the provider-class baseline\'s: it is cdktf\'s, paid for every token (`Intrinsic`) and every complex attribute object (`ComplexResolvable`) the provider classes create in their constructors. Counted with a wrapper around `Error.captureStackTrace`: the library made 40,004 captures before, 38,004 after, the baseline 49,003; all of them come from cdktf\'s tokens/private/stack-trace.js, none from construct metadata or Annotations. The 2,000 removed were reference tokens that `requireOptionalDependables` created by reading `fqn` (cdktf computes it on first read) and synthesis never used. The prepareStack wrapper\'s share is cdktf\'s own preparation (resolving every element), which the baseline pays too (4,000 captures of about 33 frames on both sides).',
    '- **Why the library pays more per capture.** Each capture records the whole stack (cdktf sets `Error.stackTraceLimit` to the maximum); timed per capture, the library\'s captures in its constructors take 45–110 µs with 9–13 frames (its constructors nest: `ExchangeOnlineAutomation` > `ExchangeOnlineModuleImport` > `PowerShellGalleryModule` > the provider class), the baseline\'s 32–41 µs with 7–10 frames. With cdktf\'s capture replaced by a stub (an experiment, not shipped), construct CPU falls to 590 ms (library) and 400 ms (baseline), and peak RSS to 244 and 262 MiB: the remaining per-block gap in construction is that capture cost.',
    '- **Collision check.** The always-on check of colliding objects (lib/stack/collisions.ts) resolved every key value of every keyed resource: 14% of the synth samples before; each distinct value is now resolved once (4%).',
    '- **Cost per captured frame** (second pass, 2026-12-07; hrtime around cdktf\'s `captureStackTrace`, 1,000 instances): the fastest capture of each call site takes 14.5–17 µs at 8–9 frames, 19–21 µs at 10, 23–29 µs at 12 and 70–76 µs at 32–33, about 2.5 µs a frame. The library makes fewer captures than the baseline (38,004 against 49,003; in construction 34,004 against 45,003) and spends about as long on them in all (1,831 ms against 1,758 ms), because its captures sit 2–4 frames deeper: under `ExchangeOnlineAutomation` > `ExchangeOnlineModuleImport` > `PowerShellGalleryModule` (the modules), > `addRunbook` > `ExchangeOnlineRunbook` (the runbooks), > `createAccount` > `AutomationAccountWithIdentity` (the account), where the baseline has `buildBaseline`. Those frames are the construct tree, which fixes the paths and so the names in the output.',
    '- **Synth, phase by phase** (hrtime in the child, 3 runs a side): aspects 169–178 ms (library, 22,010 constructs) against 18–19 ms (baseline, 10,008): cdktf\'s aspect walk computes every node\'s path once per aspect and node, and the package\'s two aspects per stack now share one walk (187–217 ms before). Validations 236–261 ms against 39 ms: the collision check reads 20,000 key values and resolves the 5,007 distinct ones (with the check disabled, as an experiment, synth CPU fell by about 200 ms). Logical ids: the baseline names every block with `overrideLogicalId` (to match the library\'s names), so cdktf\'s `getLogicalId` (an MD5 of the path, computed on every read of `friendlyUniqueId`) never runs there; on the library side it holds 195 ms of the profile\'s samples (toTerraform, references).',
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
