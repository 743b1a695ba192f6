// Type-check benchmark: `tsc --noEmit -p <app>` on each consumer app (consumer-apps.ts), each run a fresh
// process; the apps take turns within every round so that background load hits them alike.
import { ConsumerApp } from './consumer-apps';
import { commandLine, measureCommand } from './measure';
import { Sample } from './stats';
import { Workspace } from './workspace';

export interface TypeCheckResult {
  readonly app: ConsumerApp;
  readonly samples: Sample[];
  readonly command: string;
}

function tscArgs(workspace: Workspace, app: ConsumerApp): string[] {
  return [workspace.tsc, '--noEmit', '-p', app.tsconfig];
}

export function measureTypeChecks(workspace: Workspace, apps: ConsumerApp[], runs: number, warmups = 1): TypeCheckResult[] {
  const samples = new Map<ConsumerApp, Sample[]>(apps.map((app) => [app, []]));
  for (let round = 0; round < warmups + runs; round++) {
    // Rotate the order each round: no app always runs right after the heaviest one.
    const order = apps.map((_, index) => apps[(index + round) % apps.length]);
    for (const app of order) {
      const run = measureCommand(process.execPath, tscArgs(workspace, app), workspace.repo);
      if (round >= warmups) {
        samples.get(app)!.push({ wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssKb: run.maxRssKb });
      }
    }
  }
  return apps.map((app) => ({
    app,
    samples: samples.get(app)!,
    command: commandLine(process.execPath, tscArgs(workspace, app)),
  }));
}
