// The README's Quick start and install lines are what the repository tests: the Quick start's files are
// examples/quick-start's (identical apart from the package name, and synthesized here; read from the
// README by scripts/consumer/readme-quick-start.js, as the package test reads them to build the project
// verbatim), and each install line is the one scripts/test-package.sh runs (composed from
// scripts/flavors/flavors.json).
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { quickStart, withTarball } from '../scripts/consumer/readme-quick-start';
import { CHECKED_STACKS } from './example-stacks';

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
  test('the Quick start files are examples/quick-start (tsconfig.json, cdktf.json, main.ts), and nothing else is there', () => {
    const dir = join(__dirname, '..', 'examples', 'quick-start');
    const { files } = quickStart(README);
    expect(Object.keys(files).sort()).toEqual(['cdktf.json', 'main.ts', 'tsconfig.json']);
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) {
      const example = readFileSync(join(dir, name), 'utf8');
      expect(text).toBe(name === 'main.ts' ? example.replace("'../../lib'", "'cdktf-exo-managed-identity'") : example);
    }
    expect(files['main.ts']).not.toContain('../../lib');
    expect(blocksOf('Quick start', 'ts')).toEqual([files['main.ts']]);
  });

  test('the package test reads the Quick start as one project: commands, files, synth command', () => {
    const qs = quickStart(README);
    expect(qs.projectDir).toBe('exo');
    expect(qs.synth).toBe('npx cdktf synth');
    expect(qs.commands.startsWith('mkdir exo && cd exo && npm init -y\n')).toBe(true);
    expect(withTarball(qs.commands, 'cdktf-exo-managed-identity', '/tmp/p.tgz').split('\n')[1])
      .toBe(installLine('cdktf').replace('npm install cdktf-exo-managed-identity', 'npm install --prefer-offline --no-audit --no-fund /tmp/p.tgz'));
    expect(() => withTarball('npm install other\n', 'cdktf-exo-managed-identity', '/tmp/p.tgz')).toThrow(/must name cdktf-exo-managed-identity once/);
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

  test('every provider range the README names is one a stack emits; the 7.4 runtime text names what the 7.4 example emits', () => {
    const emitted = new Map<string, Set<string>>();
    let powerShell74: string | undefined;
    for (const [name, build] of CHECKED_STACKS) {
      const providers = JSON.parse(Testing.synth(build(Testing.app()))).terraform.required_providers;
      for (const [provider, spec] of Object.entries<any>(providers)) {
        emitted.set(spec.version, (emitted.get(spec.version) ?? new Set()).add(provider));
      }
      if (name === 'powershell-7-4') {
        powerShell74 = providers.azurerm.version;
      }
    }
    const ranges = [...README.matchAll(/`(>= \d+\.\d+\.\d+, < \d+\.\d+\.\d+)`/g)].map((m) => m[1]);
    expect(ranges.length).toBeGreaterThan(3);
    expect(ranges.filter((range) => !emitted.has(range))).toEqual([]);
    expect(powerShell74).toBe('>= 4.75.0, < 6.0.0');
    const runtimes = README.slice(README.indexOf('\n## PowerShell runtimes'), README.indexOf('\n## Runbooks'));
    expect(runtimes).toContain(`raises the stack's azurerm constraint to \`${powerShell74}\``);
    expect(README).toContain(`\`${powerShell74}\` with a PowerShell 7.4 runtime`);
  });
});
