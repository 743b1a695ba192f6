// The targets and whether the medians meet them. Every ratio is library / baseline of the medians.
import { ConsumerAppName } from './consumer-apps';
import { BenchResults } from './results';
import { PairResult } from './synth-bench';
import { Summary, summarize } from './stats';

export const TARGETS = {
  /** Synth wall time of the default example, library / hand-written. */
  exampleSynth: 1.10,
  /** Synth wall time and peak memory at 1,000 instances, library / hand-written. */
  scale1000: 1.25,
  /** "Roughly linear": marginal time per instance at 1,000 at most this multiple of that at 100. */
  linearity: 1.5,
  /** Type-check time and peak memory of the library app, library / provider-root imports. */
  typeCheck: 1.0,
} as const;

export interface Verdict {
  readonly figure: string;
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

export function ratio(library: number, baseline: number): number {
  return library / baseline;
}

/** Median summaries by instance count, for one side of the scale benchmark. */
export type ScaleSide = Map<number, Summary>;

export function scaleSide(results: BenchResults, side: 'library' | 'handWritten' | 'libraryPolicy'): ScaleSide {
  return side === 'libraryPolicy'
    ? new Map(results.scalePolicy.map((series) => [series.count, summarize(series.samples)]))
    : new Map(results.scale.map((pair) => [pair.pair.count, summarize(pair[side])]));
}

/**
 * Construction plus synthesis time per added instance, (work(N) - work(1)) / (N - 1): the fixed costs
 * (Node start-up, module loading, the providers and the resource group) drop out.
 */
export function marginalMsPerInstance(side: ScaleSide, count: number): number | undefined {
  const work = (summary: Summary | undefined) =>
    (summary?.phases && !summary.timedOut ? summary.phases.constructMs + summary.phases.synthMs : undefined);
  const [base, total] = [work(side.get(1)), work(side.get(count))];
  return base === undefined || total === undefined || count <= 1 ? undefined : (total - base) / (count - 1);
}

const times = (value: number) => `${value.toFixed(2)}x`;

function pairVerdicts(name: string, pair: PairResult, target: number, withMemory: boolean): Verdict[] {
  const library = summarize(pair.library);
  const handWritten = summarize(pair.handWritten);
  const wall = ratio(library.wallMs, handWritten.wallMs);
  const verdicts: Verdict[] = [{
    figure: `${name}: wall time, library / hand-written`,
    target: `<= ${times(target)}`,
    measured: `${times(wall)} (${Math.round(library.wallMs)} ms / ${Math.round(handWritten.wallMs)} ms)`,
    pass: wall <= target,
  }];
  if (withMemory && library.maxRssKb !== undefined && handWritten.maxRssKb !== undefined) {
    const memory = ratio(library.maxRssKb, handWritten.maxRssKb);
    verdicts.push({
      figure: `${name}: peak memory, library / hand-written`,
      target: `<= ${times(target)}`,
      measured: `${times(memory)} (${Math.round(library.maxRssKb / 1024)} MiB / ${Math.round(handWritten.maxRssKb / 1024)} MiB)`,
      pass: memory <= target,
    });
  }
  return verdicts;
}

function typeCheckVerdicts(results: BenchResults): Verdict[] {
  const find = (name: ConsumerAppName) => results.typeChecks.find((check) => check.app.name === name);
  const root = find('handwritten-root');
  const verdicts: Verdict[] = [];
  for (const name of ['library-dist', 'library-src'] as const) {
    const library = find(name);
    if (!library || !root) {
      continue;
    }
    const [lib, base] = [summarize(library.samples), summarize(root.samples)];
    const wall = ratio(lib.wallMs, base.wallMs);
    verdicts.push({
      figure: `Type-check, ${name} / provider-root imports: wall time`,
      target: `<= ${times(TARGETS.typeCheck)}`,
      measured: `${times(wall)} (${Math.round(lib.wallMs)} ms / ${Math.round(base.wallMs)} ms)`,
      pass: wall <= TARGETS.typeCheck,
    });
    if (lib.maxRssKb !== undefined && base.maxRssKb !== undefined) {
      const memory = ratio(lib.maxRssKb, base.maxRssKb);
      verdicts.push({
        figure: `Type-check, ${name} / provider-root imports: peak memory`,
        target: `<= ${times(TARGETS.typeCheck)}`,
        measured: `${times(memory)} (${Math.round(lib.maxRssKb / 1024)} MiB / ${Math.round(base.maxRssKb / 1024)} MiB)`,
        pass: memory <= TARGETS.typeCheck,
      });
    }
  }
  return verdicts;
}

function linearityVerdict(name: string, side: ScaleSide): Verdict[] {
  const at100 = marginalMsPerInstance(side, 100);
  const at1000 = marginalMsPerInstance(side, 1000);
  if (at100 === undefined || at1000 === undefined) {
    return [];
  }
  const growth = at1000 / at100;
  return [{
    figure: `${name}: time per added instance at 1,000 / at 100 (construct + synth)`,
    target: `<= ${times(TARGETS.linearity)} (roughly linear)`,
    measured: `${times(growth)} (${at1000.toFixed(2)} ms / ${at100.toFixed(2)} ms)`,
    pass: growth <= TARGETS.linearity,
  }];
}

/** The policy-checked library at 1,000 against the hand-written stack of the paired benchmark. */
function policyVerdicts(results: BenchResults): Verdict[] {
  const policy = scaleSide(results, 'libraryPolicy').get(1000);
  const handWritten = scaleSide(results, 'handWritten').get(1000);
  if (!policy || !handWritten) {
    return [];
  }
  const wall = ratio(policy.wallMs, handWritten.wallMs);
  const bound = policy.timedOut ? '> ' : '';
  return [{
    figure: 'Scale, 1,000 instances with ExchangeOnlinePolicyChecks: wall time, library / hand-written',
    target: `<= ${times(TARGETS.scale1000)}`,
    measured: `${bound}${times(wall)} (${bound}${Math.round(policy.wallMs)} ms / ${Math.round(handWritten.wallMs)} ms, ${policy.runs} run)`,
    pass: !policy.timedOut && wall <= TARGETS.scale1000,
  }, ...linearityVerdict('Scale with ExchangeOnlinePolicyChecks', scaleSide(results, 'libraryPolicy'))];
}

export function verdicts(results: BenchResults): Verdict[] {
  const at1000 = results.scale.find((pair) => pair.pair.count === 1000);
  return [
    ...pairVerdicts('Synth, default example', results.example, TARGETS.exampleSynth, false),
    ...pairVerdicts('Synth, default example via ts-node (how this repo\'s `cdktf synth` runs it)', results.exampleTsNode,
      TARGETS.exampleSynth, false),
    ...(at1000 ? pairVerdicts('Scale, 1,000 instances', at1000, TARGETS.scale1000, true) : []),
    ...linearityVerdict('Scale', scaleSide(results, 'library')),
    ...policyVerdicts(results),
    ...typeCheckVerdicts(results),
  ];
}
