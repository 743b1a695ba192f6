// The repository's own workflows (.github/workflows): valid against SchemaStore's JSON Schema for GitHub
// workflow files, every action pinned to a full commit SHA, least privilege; CI runs the steps of .ci/run
// on Node 22 and 24; the release workflow runs `npm run release:check` first and publishes exactly what it
// packed, with provenance and no stored token, behind an environment.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { DEFAULT_OUT, FLAVOR_NAMES, MANIFEST, NOTES, STEPS, writeManifest } from '../../../scripts/release/check';

const ROOT = join(__dirname, '..', '..', '..');
const FLAVORS = JSON.parse(readFileSync(join(ROOT, 'scripts', 'flavors', 'flavors.json'), 'utf8'));
const text = (file: string) => readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8');
const workflow = (file: string) => parse(text(file));

/**
 * SchemaStore's github-workflow.json, as the npm package @action-validator/core bundles it (compiled into
 * its WebAssembly module as text; the package validates with it). No schema file is kept in this repository.
 */
function githubWorkflowSchema(): any {
  const wasm = readFileSync(require.resolve('@action-validator/core/action_validator_bg.wasm')).toString('latin1');
  const id = wasm.indexOf('"$id": "https://json.schemastore.org/github-workflow.json"');
  expect(id).toBeGreaterThan(0);
  const start = wasm.lastIndexOf('\n{\n', id) + 1;
  const end = wasm.indexOf('\n}', id) + 2; // the schema is pretty-printed: its closing brace is the first at column 0
  return JSON.parse(wasm.slice(start, end));
}

const SCHEMA = githubWorkflowSchema();
// strict: false because SchemaStore's schemas use keywords ajv's strict mode rejects; formats are not checked.
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(SCHEMA);
const schemaErrors = (document: unknown) => (validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/** Every step's `run` script of a job, in order. */
const runs = (job: any): string[] => job.steps.filter((s: any) => s.run).map((s: any) => s.run.trim());
/** The command lines of .ci/run (not comments, not shell set-up). */
const ciRunCommands = () => readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n')
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line && !line.startsWith('#') && !/^(set|cd|export) /.test(line));

describe('GitHub workflow schema (SchemaStore github-workflow.json, via @action-validator/core)', () => {
  test('is the workflow schema', () => {
    expect(SCHEMA.$id).toBe('https://json.schemastore.org/github-workflow.json');
    expect(SCHEMA.required).toEqual(expect.arrayContaining(['on', 'jobs']));
  });

  test.each(['ci.yml', 'release.yml'])('%s is valid', (file) => {
    expect(schemaErrors(workflow(file))).toEqual([]);
  });

  test('rejects a job without runs-on', () => {
    const broken = workflow('release.yml');
    delete broken.jobs.check['runs-on'];
    expect(schemaErrors(broken).join('\n')).toContain('/jobs/check');
  });

  test('rejects a permission level that does not exist', () => {
    const broken = workflow('release.yml');
    broken.jobs.publish.permissions['id-token'] = 'admin';
    expect(schemaErrors(broken).join('\n')).toContain('/jobs/publish/permissions/id-token must be equal to one of the allowed values');
  });
});

describe.each(['ci.yml', 'release.yml'])('%s: actions and privileges', (file) => {
  test('every action is pinned to a full commit SHA, with the release tag in a comment', () => {
    const uses = text(file).split('\n').filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) {
      expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  test('the workflow grants contents: read, nothing more', () => {
    expect(workflow(file).permissions).toEqual({ contents: 'read' });
  });

  test('names no stored secret (publishing uses OIDC, the release uses the run\'s own token)', () => {
    expect(text(file)).not.toMatch(/secrets\.|NPM_TOKEN|NODE_AUTH_TOKEN/);
  });
});

test('both workflows pin each action to the same commit', () => {
  const pins = new Map<string, Set<string>>();
  for (const file of ['ci.yml', 'release.yml']) {
    for (const [, action, sha] of text(file).matchAll(/uses: ([\w-]+\/[\w-]+)@([0-9a-f]{40})/g)) {
      pins.set(action, (pins.get(action) ?? new Set()).add(sha));
    }
  }
  expect([...pins].filter(([, shas]) => shas.size > 1)).toEqual([]);
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const job = ci.jobs.test;

  test('runs on pull requests and pushes to main', () => {
    expect(ci.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
  });

  test('on Node 22 and 24, with the npm cache', () => {
    expect(job.strategy.matrix.node).toEqual(['22', '24']);
    const node = job.steps.find((s: any) => s.uses?.startsWith('actions/setup-node@'));
    expect(node.with).toEqual({ 'node-version': '${{ matrix.node }}', 'cache': 'npm' });
  });

  test('sets up .NET 10 (PowerShell for the runbook tests) and Terraform 1.11 without its wrapper', () => {
    expect(job.steps.find((s: any) => s.uses?.startsWith('actions/setup-dotnet@')).with).toEqual({ 'dotnet-version': '10.0.x' });
    expect(job.steps.find((s: any) => s.uses?.startsWith('hashicorp/setup-terraform@')).with)
      .toEqual({ terraform_version: '~1.11.0', terraform_wrapper: false });
  });

  test('runs every command of .ci/run, in the same order, with CI=true', () => {
    const commands = ciRunCommands();
    expect(commands).toEqual(expect.arrayContaining(['npx cdktf synth', 'npm test', 'npm run build', 'npm run docs:check', 'npm run test:package']));
    expect(runs(job).filter((run) => commands.includes(run))).toEqual(commands);
    expect(ci.env.CI).toBe('true');
  });
});

describe('release.yml', () => {
  const release = workflow('release.yml');
  const { check, publish } = release.jobs;
  const githubRelease = release.jobs['github-release'];

  test('runs for a version tag', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
  });

  test('runs `npm run release:check` with the tag first, right after npm ci', () => {
    const scripts = runs(check);
    expect(scripts.slice(0, 2)).toEqual(['npm ci --no-audit --no-fund', 'npm run release:check -- "$GITHUB_REF_NAME"']);
  });

  test('the steps release:check runs are the release\'s: nothing in the workflow builds, packs or compares again', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['version', 'build', 'pack', 'tarballs', 'api', 'addresses']);
    const all = Object.values(release.jobs).flatMap((job: any) => runs(job)).join('\n');
    expect(all).not.toMatch(/npm (pack|version|run build)|flavors\/build\.js|jsii-diff|check-tarball|changelog\.js/);
  });

  test('then the tests of CI (every .ci/run command that release:check does not run itself)', () => {
    const tests = ciRunCommands().filter((c) => !/^npm (ci|run build|run release:check)\b/.test(c));
    expect(tests).toEqual(expect.arrayContaining(['npx cdktf synth', 'npm test', 'npm run docs:check', 'npm run test:package']));
    expect(runs(check).slice(2)).toEqual(tests);
  });

  test('keeps release:check\'s output directory as the artifact that the later jobs publish', () => {
    const upload = check.steps[check.steps.length - 1];
    expect(upload.uses).toMatch(/^actions\/upload-artifact@/);
    expect(upload.with.path).toBe(`${DEFAULT_OUT}/`);
    for (const job of [publish, githubRelease]) {
      const download = job.steps.find((s: any) => s.uses?.startsWith('actions/download-artifact@'));
      expect(download.with).toEqual({ name: upload.with.name, path: DEFAULT_OUT });
    }
  });

  test('publishes behind the npm environment, with id-token: write in that job only and no cache', () => {
    expect(publish.needs).toBe('check');
    expect(publish.environment).toBe('npm');
    expect(publish.permissions).toEqual({ 'contents': 'read', 'id-token': 'write' });
    expect(Object.entries(release.jobs).filter(([, job]: [string, any]) => job.permissions?.['id-token'])).toHaveLength(1);
    const node = publish.steps.find((s: any) => s.uses?.startsWith('actions/setup-node@'));
    expect(node.with).toMatchObject({ 'registry-url': 'https://registry.npmjs.org', 'package-manager-cache': false });
    expect(check.steps.find((s: any) => s.uses?.startsWith('actions/setup-node@')).with['package-manager-cache']).toBe(false);
  });

  test('publishes with provenance every tarball of the manifest release:check writes: both flavors', () => {
    const step = publish.steps.find((s: any) => /npm publish/.test(s.run ?? ''));
    expect(step['working-directory']).toBe(DEFAULT_OUT);
    expect(step.run).toMatch(/npm publish --provenance --access public "\.\/\$tarball"/);
    // Run the step's own list command against a manifest written by release:check's writer.
    const listCommand = /node -p '([^']+)'/.exec(step.run)![1];
    const dir = mkdtempSync(join(tmpdir(), 'release-manifest-'));
    try {
      const packages = FLAVOR_NAMES.map((flavor) => ({ flavor, name: FLAVORS[flavor].package, tarball: `${FLAVORS[flavor].package}-1.2.3.tgz` }));
      writeManifest(dir, '1.2.3', 'v1.2.3', packages);
      expect(step.run).toContain(MANIFEST);
      const listed = spawnSync(process.execPath, ['-p', listCommand], { cwd: dir, encoding: 'utf8' });
      expect(listed.stdout.trim().split('\n')).toEqual(['cdktf-exo-managed-identity-1.2.3.tgz', 'cdktn-exo-managed-identity-1.2.3.tgz']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('creates the GitHub release after publishing, its notes the CHANGELOG section release:check extracted', () => {
    expect(githubRelease.needs).toBe('publish');
    expect(githubRelease.permissions).toEqual({ contents: 'write' });
    const run = runs(githubRelease).join('\n');
    expect(run).toMatch(/^gh release create "\$GITHUB_REF_NAME" --verify-tag /);
    expect(run).toContain(`--notes-file ${DEFAULT_OUT}/${NOTES}`);
  });
});
