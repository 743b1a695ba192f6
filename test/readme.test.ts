// The README's Quick start and install lines are what the repository tests: the Quick start is
// examples/quick-start (identical apart from the package name, and synthesized here), and each install
// line is the one scripts/test-package.sh runs (composed from scripts/flavors/flavors.json).
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const README = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
const FLAVORS = JSON.parse(readFileSync(join(__dirname, '..', 'scripts', 'flavors', 'flavors.json'), 'utf8'));

/** The fenced blocks of one README section, by language. */
function blocksOf(heading: string, language: string): string[] {
  const start = README.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const next = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, next === -1 ? undefined : next);
  return [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

function installLine(flavor: string): string {
  const spec = FLAVORS[flavor];
  const consumer = spec.consumer;
  return ['npm install', ...consumer.installFlags, spec.package, ...consumer.dependencies, ...consumer.tools].join(' ');
}

describe('README', () => {
  test('the Quick start main.ts is examples/quick-start/main.ts', () => {
    const example = readFileSync(join(__dirname, '..', 'examples', 'quick-start', 'main.ts'), 'utf8');
    expect(blocksOf('Quick start', 'ts')).toEqual([example.replace("'../../lib'", "'cdktf-exo-managed-identity'")]);
  });

  test('the Quick start cdktf.json is examples/quick-start/cdktf.json', () => {
    const example = readFileSync(join(__dirname, '..', 'examples', 'quick-start', 'cdktf.json'), 'utf8');
    expect(blocksOf('Quick start', 'json')).toEqual([example]);
  });

  test('the install lines are the ones the package test runs', () => {
    expect(blocksOf('Quick start', 'sh')[0]).toContain(`\n${installLine('cdktf')}\n`);
    expect(blocksOf('CDK Terrain', 'sh')).toEqual([`${installLine('cdktn')}\n`]);
  });

  test('the ops install lines are the ones the package test runs (scripts/consumer/tenants-check.sh)', () => {
    const ops = (flavor: string) => ['npm install', ...FLAVORS[flavor].consumer.installFlags, FLAVORS[flavor].package,
      ...FLAVORS[flavor].consumer.opsDependencies].join(' ');
    expect(blocksOf('Ops teams: one JSON file, one command', 'sh')[0]).toContain(`\n${ops('cdktf')}\n`);
    expect(README).toContain(`With CDK Terrain: \`${ops('cdktn')}\`.`);
  });

  test('the Quick start synthesizes, with a relative state path and no finding', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'exo-quick-start-'));
    const before = process.env.CDKTF_OUTDIR;
    process.env.CDKTF_OUTDIR = outdir;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs the example app as `cdktf synth` would
      jest.isolateModules(() => require('../examples/quick-start/main'));
    } finally {
      if (before === undefined) {
        delete process.env.CDKTF_OUTDIR;
      } else {
        process.env.CDKTF_OUTDIR = before;
      }
    }
    const stack = JSON.parse(readFileSync(join(outdir, 'stacks', 'exo', 'cdk.tf.json'), 'utf8'));
    expect(stack.terraform.backend.local.path).toBe('terraform.exo.tfstate');
    expect(Object.keys(stack.resource.azurerm_automation_runbook)).toHaveLength(2);
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.exo.annotations).toEqual([]);
  });
});
