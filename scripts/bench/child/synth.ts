// One measurement, run in a fresh process by measure.ts:
//   node synth.js <variant> <count> <outdir>
// Loads the stack's modules, builds the app, synthesizes it into <outdir> and prints one JSON line
// with the phases in milliseconds (performance.now() counts from process start, so `bootMs` is Node's
// own start-up) and the peak resident set size.
import { performance } from 'perf_hooks';
import * as path from 'path';
import type { App, TerraformStack } from 'cdktf';

/** The figures a child prints; see measure.ts. */
export interface ChildReport {
  readonly bootMs: number;
  readonly loadMs: number;
  readonly constructMs: number;
  readonly synthMs: number;
  readonly totalMs: number;
  readonly maxRssKb: number;
  readonly stackFile: string;
}

type CreateStack = (app: App, count: number) => TerraformStack;

// Each variant imports its stack's modules only when loaded, so their loading is timed as `loadMs`.
const variants: { [variant: string]: () => Promise<CreateStack> } = {
  'library-example': async () => {
    const { SystemAssignedExampleStack } = await import('../../../examples/system-assigned/stack');
    return (app) => new SystemAssignedExampleStack(app, 'exo-system-assigned');
  },
  'handwritten-example': async () => {
    const { HandWrittenExampleStack } = await import('../stacks/handwritten-example');
    return (app) => new HandWrittenExampleStack(app, 'exo-system-assigned');
  },
  'library-scale': async () => {
    const { LibraryScaleStack } = await import('../stacks/library-scale');
    return (app, count) => new LibraryScaleStack(app, 'exo-scale', count, false);
  },
  'library-scale-policy': async () => {
    const { LibraryScaleStack } = await import('../stacks/library-scale');
    return (app, count) => new LibraryScaleStack(app, 'exo-scale', count, true);
  },
  'handwritten-scale': async () => {
    const { HandWrittenScaleStack } = await import('../stacks/handwritten-scale');
    return (app, count) => new HandWrittenScaleStack(app, 'exo-scale', count);
  },
};

async function main(): Promise<void> {
  const [variant, countText, outdir] = process.argv.slice(2);
  const load = variants[variant];
  if (!load || !outdir) {
    throw new Error(`usage: synth.js <${Object.keys(variants).join('|')}> <count> <outdir>`);
  }
  const bootMs = performance.now();
  const { App: CdktfApp } = await import('cdktf');
  const createStack = await load();
  const loaded = performance.now();
  const app = new CdktfApp({ outdir });
  const stack = createStack(app, Number(countText));
  const constructed = performance.now();
  app.synth();
  const end = performance.now();
  const report: ChildReport = {
    bootMs,
    loadMs: loaded - bootMs,
    constructMs: constructed - loaded,
    synthMs: end - constructed,
    totalMs: end,
    maxRssKb: process.resourceUsage().maxRSS,
    stackFile: path.join(outdir, 'stacks', stack.node.id, 'cdk.tf.json'),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
