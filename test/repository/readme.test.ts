// The README's Quick start and install lines are what the repository tests: the Quick start's files are
// examples/quick-start's (identical apart from the package name, and synthesized here; read from the
// README by scripts/consumer/readme-quick-start.js, as the package test reads them to build the project
// verbatim), and each install line is the one scripts/test-package.sh runs (composed from
// scripts/flavors/flavors.json).
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { quickStart, withTarball } from '../../scripts/consumer/readme-quick-start';
import { flavorReadme, installLine as flavorInstallLine } from '../../scripts/flavors/readme';
import { CHECKED_STACKS } from './example-stacks';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const FLAVORS = JSON.parse(readFileSync(join(__dirname, '..', '..', 'scripts', 'flavors', 'flavors.json'), 'utf8'));

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
    const dir = join(__dirname, '..', '..', 'examples', 'quick-start');
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

  test('the Quick start synthesizes two stacks of one class, each with a relative state path and its tenant, and no finding', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'exo-quick-start-'));
    const before = process.env.CDKTF_OUTDIR;
    process.env.CDKTF_OUTDIR = outdir;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs the example app as `cdktf synth` would
      jest.isolateModules(() => require('../../examples/quick-start/main'));
    } finally {
      if (before === undefined) {
        delete process.env.CDKTF_OUTDIR;
      } else {
        process.env.CDKTF_OUTDIR = before;
      }
    }
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks).sort()).toEqual(['exo-prod', 'exo-test']);
    for (const id of ['exo-test', 'exo-prod']) {
      const stack = JSON.parse(readFileSync(join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8'));
      expect(stack.terraform.backend.local.path).toBe(`terraform.${id}.tfstate`);
      expect(stack.provider.azuread).toEqual([{ tenant_id: '11111111-1111-1111-1111-111111111111' }]);
      expect(Object.values<any>(stack.resource.azurerm_automation_account).map((a) => a.name)).toEqual([`aa-${id}`]);
      expect(Object.keys(stack.resource.azurerm_automation_runbook)).toHaveLength(2);
      expect(manifest.stacks[id].annotations).toEqual([]);
    }
  });

  test('the Quick start is the form `cdktf init` writes: a class that extends TerraformStack, a type-checked ts-node, a target with native classes', () => {
    const { files } = quickStart(README);
    expect(files['main.ts']).toMatch(/^class \w+ extends TerraformStack \{$/m);
    expect(JSON.parse(files['cdktf.json']).app).toBe('npx ts-node main.ts');
    // ts-node compiles to ES5 without a target, and an ES5 class cannot extend cdktf's native classes.
    expect(JSON.parse(files['tsconfig.json']).compilerOptions.target).toBe('ES2022');
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

describe('README of the CDK Terrain package (generated by scripts/flavors/readme.js)', () => {
  const cdktn = flavorReadme(README, 'cdktn');
  const kept = FLAVORS.cdktn.readme.keep as string[];

  test('names cdktn everywhere but in the phrases flavors.json keeps (cdktf.json, cdktf.out, facts about cdktf)', () => {
    const left = kept.reduce((text, phrase) => text.split(phrase).join(''), cdktn);
    expect(left.split('\n').filter((line) => /cdktf/.test(line))).toEqual([]);
    expect(cdktn.startsWith('# cdktn-exo-managed-identity\n\nCDK Terrain (cdktn) constructs')).toBe(true);
    expect(cdktn).not.toContain('@cdktn/provider-azuread');
    expect(cdktn).not.toMatch(/cdktn[ @]0\.21|cdktn-cli@0\.21|Node\.js 20 or later/);
    expect(cdktn).not.toMatch(/cdktf-only|cdktn-only/);
    expect(cdktn).toContain('Node.js 22.19 or later');
  });

  test('its Quick start is its own: the cdktn install line, cdktn imports, `npx cdktn synth`, and the config file is cdktf.json', () => {
    const qs = quickStart(cdktn);
    expect(qs.synth).toBe('npx cdktn synth');
    expect(qs.commands).toContain(`\n${flavorInstallLine('cdktn')}\n`);
    expect(flavorInstallLine('cdktn')).toBe(installLine('cdktn'));
    expect(Object.keys(qs.files).sort()).toEqual(['cdktf.json', 'main.ts', 'tsconfig.json']);
    expect(qs.files['main.ts']).toContain("from 'cdktn';");
    expect(qs.files['main.ts']).toContain("from '@cdktn/provider-azurerm/lib/provider';");
    expect(qs.files['main.ts']).toContain("} from 'cdktn-exo-managed-identity';");
    expect(qs.files['main.ts']).not.toMatch(/cdktf/);
    expect(qs.files['cdktf.json']).toBe(quickStart(README).files['cdktf.json']);
  });

  test('the cdktf README ships unchanged, and neither flavor block shows in it as text', () => {
    expect(flavorReadme(README, 'cdktf')).toBe(README);
    const visible = README.replace(/<!-- cdktn-only\n[\s\S]*?^-->\n/gm, '');
    expect(visible).not.toContain('Node.js 22.19 or later (`cdktn-cli`');
  });
});
