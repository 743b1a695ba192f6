// Samples of repeated runs and their medians.

/** Phases reported by a synth child (see child/synth.ts). */
export interface Phases {
  readonly loadMs: number;
  readonly constructMs: number;
  readonly synthMs: number;
}

/** One measured run. */
export interface Sample {
  readonly wallMs: number;
  readonly cpuMs?: number;
  readonly maxRssKb?: number;
  readonly phases?: Phases;
  /** Stopped at its time limit: `wallMs` is then a lower bound. */
  readonly timedOut?: boolean;
}

/** Medians over the runs of one configuration. */
export interface Summary {
  readonly runs: number;
  readonly wallMs: number;
  readonly wallMinMs: number;
  readonly wallMaxMs: number;
  readonly cpuMs?: number;
  readonly maxRssKb?: number;
  readonly phases?: Phases;
  /** Whether any run was stopped at its time limit. */
  readonly timedOut: boolean;
}

export function median(values: number[]): number {
  if (values.length === 0) {
    throw new Error('median of no values');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of a field that every sample has, or undefined when one lacks it. */
function medianOf(samples: Sample[], pick: (sample: Sample) => number | undefined): number | undefined {
  const values = samples.map(pick);
  return values.every((value): value is number => value !== undefined) ? median(values) : undefined;
}

export function summarize(samples: Sample[]): Summary {
  const walls = samples.map((sample) => sample.wallMs);
  const phase = (key: keyof Phases) => medianOf(samples, (sample) => sample.phases?.[key]);
  const [loadMs, constructMs, synthMs] = [phase('loadMs'), phase('constructMs'), phase('synthMs')];
  return {
    runs: samples.length,
    wallMs: median(walls),
    wallMinMs: Math.min(...walls),
    wallMaxMs: Math.max(...walls),
    cpuMs: medianOf(samples, (sample) => sample.cpuMs),
    maxRssKb: medianOf(samples, (sample) => sample.maxRssKb),
    phases: loadMs !== undefined && constructMs !== undefined && synthMs !== undefined
      ? { loadMs, constructMs, synthMs } : undefined,
    timedOut: samples.some((sample) => sample.timedOut === true),
  };
}
