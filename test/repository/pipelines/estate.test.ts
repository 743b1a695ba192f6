// The estate pipelines (pipelines/*/exchange-online-tenants.yml) and their change detection
// (pipelines/estate/changed-tenants.js): a tenant runs when its synthesized stack folder differs from the one
// last applied, whatever the diff of the tenants file says; shards stay within GitHub's 256-job matrix; a
// failed tenant neither stops nor hides the others; no secret anywhere.
import { spawnSync } from 'child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { TenantStacks } from '../../../lib';
import { runTenantsCli } from '../../../lib/tenants/cli';
import { DEFAULT_TENANTS_FILE } from '../../../examples/tenants/main';
import { SystemAssignedExampleStack } from '../../../examples/system-assigned/stack';

const ROOT = join(__dirname, '..', '..', '..');
const SCRIPT = join(ROOT, 'pipelines', 'estate', 'changed-tenants.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const estateModule = require(SCRIPT);
const SECRET = /secret|ARM_ACCESS_KEY|ARM_CLIENT_CERTIFICATE|ARM_SAS_TOKEN|password/i;

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(prefix = 'exo-estate-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Runs the script as the pipelines do, in `cwd`, with `env` added. */
function estate(cwd: string, args: string[], env: { [name: string]: string } = {}) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', TF_BUILD: '', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '', ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A project folder with a tenants file of three tenants (the example's two and a copy of contoso). */
function project(): { dir: string; config: any; write: (config: any) => void } {
  const dir = tempDir();
  cpSync(join(DEFAULT_TENANTS_FILE, '..', 'scripts'), join(dir, 'scripts'), { recursive: true });
  const config = JSON.parse(readFileSync(DEFAULT_TENANTS_FILE, 'utf8'));
  delete config.$schema;
  const northwind = JSON.parse(JSON.stringify(config.tenants[0]));
  Object.assign(northwind, {
    name: 'northwind', tenantId: '55555555-5555-5555-5555-555555555555', subscriptionId: '66666666-6666-6666-6666-666666666666',
    organization: 'northwind.onmicrosoft.com', resourceGroupName: 'rg-exo-northwind', automationAccountName: 'aa-exo-northwind',
  });
  config.tenants.push(northwind);
  const write = (c: any) => writeFileSync(join(dir, 'tenants.json'), JSON.stringify(c, null, 2));
  write(config);
  return { dir, config, write };
}

/** `exo-tenants synth tenants.json --output cdktf.out` in `dir`, as the pipelines run it. */
function synth(dir: string): void {
  const output = join(dir, 'cdktf.out');
  rmSync(output, { recursive: true, force: true });
  const errors: string[] = [];
  const code = runTenantsCli(['synth', join(dir, 'tenants.json'), '--output', output], () => undefined, (line) => errors.push(line));
  // Warnings (e.g. EXO6 for the fixture's Exchange Administrator) are the ops team's to read, not a failure.
  expect(errors.filter((line) => !line.startsWith('exo-tenants: warning:')).join('\n')).toBe('');
  expect(code).toBe(0);
}

/**
 * Stand-ins for `terraform` and `az` on PATH. terraform: `plan` exits 2 (changes) or 0 (NOCHANGE_STACKS),
 * or 1 for FAIL_PLAN_STACKS; `init` fails if another init runs at the same time. az: `storage blob upload`
 * appends the blob (name and metadata) to the listing `deployed/<account>.<container>.json`, as
 * `az storage blob list --include m` would return it.
 */
function standIns(dir: string): void {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'terraform'), `#!/bin/bash
stackdir="\${1#-chdir=}"; stack="$(basename "$stackdir")"; command="$2"
case "$command" in
  init)
    if ! mkdir "$STANDIN_DIR/init.lock" 2>/dev/null; then echo "two inits at once"; exit 9; fi
    sleep 0.1; rmdir "$STANDIN_DIR/init.lock"; echo "init $stack"; exit 0 ;;
  plan)
    echo "plan $stack $*"
    case " $FAIL_PLAN_STACKS " in *" $stack "*) echo "Error: plan of $stack failed"; exit 1 ;; esac
    case " $NOCHANGE_STACKS " in *" $stack "*) echo "No changes."; exit 0 ;; esac
    touch "$stackdir/tfplan"; exit 2 ;;
  apply)
    echo "apply $stack"; echo "$stack" >> "$STANDIN_DIR/applied"
    case " $FAIL_APPLY_STACKS " in *" $stack "*) echo "Error: apply of $stack failed"; exit 1 ;; esac
    exit 0 ;;
esac
exit 3
`);
  writeFileSync(join(bin, 'az'), `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
const value = (flag) => args[args.indexOf(flag) + 1];
if (args.slice(0, 3).join(' ') !== 'storage blob upload') { console.error('unexpected az ' + args.join(' ')); process.exit(3); }
fs.appendFileSync(process.env.STANDIN_DIR + '/az.log', args.join(' ') + '\\n');
const start = args.indexOf('--metadata') + 1;
const metadata = {};
for (let i = start; i < args.length && !args[i].startsWith('--'); i++) { const [k, v] = args[i].split('='); metadata[k] = v; }
const file = process.env.DEPLOYED_DIR + '/' + value('--account-name') + '.' + value('--container-name') + '.json';
const list = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
const blobs = list.filter((b) => b.name !== value('--name'));
blobs.push({ name: value('--name'), metadata });
fs.writeFileSync(file, JSON.stringify(blobs));
`);
  chmodSync(join(bin, 'terraform'), 0o755);
  chmodSync(join(bin, 'az'), 0o755);
  mkdirSync(join(dir, 'deployed'), { recursive: true });
}

function standInEnv(dir: string, extra: { [name: string]: string } = {}) {
  return { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, STANDIN_DIR: dir, DEPLOYED_DIR: join(dir, 'deployed'), ...extra };
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('changed-tenants.js on synthesized tenants', () => {
  // One project, taken through the life of an estate: first deploy, one tenant changed, one removed.
  const { dir, config, write } = project();
  beforeAll(() => {
    standIns(dir);
    synth(dir);
  });

  test('locations: the state container of the tenants file', () => {
    const run = estate(dir, ['locations', '--stacks', 'cdktf.out']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('stexoterraformstate tfstate\n');
  });

  test('first run: no deploy record, so every tenant is changed ("never deployed"), one shard each', () => {
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--output', 'cdktf.out/estate.json'], { GITHUB_OUTPUT: join(dir, 'github-output') });
    expect(run.status).toBe(0);
    const plan = readJson(join(dir, 'cdktf.out', 'estate.json'));
    expect(plan.changed).toEqual(['exo-contoso', 'exo-fabrikam', 'exo-northwind']);
    expect(plan.tenants.map((t: any) => t.reason)).toEqual(['never deployed', 'never deployed', 'never deployed']);
    expect(plan.shards).toEqual([['exo-contoso'], ['exo-fabrikam'], ['exo-northwind']]);
    expect(plan.tenants[0].state).toEqual({ account: 'stexoterraformstate', container: 'tfstate', key: 'exchange-online/contoso.tfstate', record: 'exo-deployed/exchange-online/contoso.tfstate' });
    expect(readFileSync(join(dir, 'github-output'), 'utf8')).toBe('shards=[0,1,2]\nchanged=3\nremoved=0\n');
  });

  test('deploy: a failed tenant neither stops nor hides the others; only the applied ones are recorded', () => {
    const env = standInEnv(dir, { FAIL_APPLY_STACKS: 'exo-fabrikam', NOCHANGE_STACKS: 'exo-northwind' });
    // Everything in one shard, two at a time: the failure of the middle tenant must not stop the last.
    const one = estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--max-jobs', '1', '--output', 'cdktf.out/estate.json']);
    expect(one.status).toBe(0);
    const run = estate(dir, ['run', '--estate', 'cdktf.out/estate.json', '--shard', '0', '--mode', 'apply', '--results', 'results/results-0', '--parallel', '2'], env);
    expect(run.stdout).not.toContain('two inits at once');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('1 tenant(s) of shard 0 failed; the others ran to the end');
    const result = (stack: string) => readJson(join(dir, 'results', 'results-0', `${stack}.json`));
    expect(result('exo-contoso')).toMatchObject({ status: 'applied', failedStep: null, recorded: false });
    expect(result('exo-fabrikam')).toMatchObject({ status: 'failed', failedStep: 'apply', exitCode: 1 });
    expect(result('exo-northwind')).toMatchObject({ status: 'no changes', recorded: false });
    expect(readFileSync(join(dir, 'results', 'results-0', 'exo-fabrikam.log'), 'utf8')).toContain('Error: apply of exo-fabrikam failed');
    expect(readFileSync(join(dir, 'applied'), 'utf8').split('\n').filter(Boolean).sort()).toEqual(['exo-contoso', 'exo-fabrikam']);

    const recorded = estate(dir, ['record', '--estate', 'cdktf.out/estate.json', '--results', 'results', '--commit', 'abc123'], env);
    expect(recorded.stderr).toBe('');
    expect(recorded.status).toBe(0);
    const uploads = readFileSync(join(dir, 'az.log'), 'utf8').trim().split('\n');
    expect(uploads).toHaveLength(2);
    const plan = readJson(join(dir, 'cdktf.out', 'estate.json'));
    const contoso = plan.tenants.find((t: any) => t.stack === 'exo-contoso');
    expect(uploads[0]).toBe('storage blob upload --auth-mode login --account-name stexoterraformstate --container-name tfstate '
      + `--name exo-deployed/exchange-online/contoso.tfstate --data ${contoso.hash} --metadata synthsha256=${contoso.hash} stack=exo-contoso commit=abc123 --overwrite --only-show-errors`);
    expect(result('exo-contoso').recorded).toBe(true);

    const summary = estate(dir, ['summary', '--estate', 'cdktf.out/estate.json', '--results', 'results', '--markdown', 'summary.md'], { GITHUB_STEP_SUMMARY: join(dir, 'step-summary.md') });
    expect(summary.status).toBe(1);
    const markdown = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(readFileSync(join(dir, 'step-summary.md'), 'utf8')).toBe(markdown);
    expect(markdown).toContain('**1 failed.**');
    const rows = markdown.split('\n').filter((line) => /^\| (contoso|fabrikam|northwind) /.test(line));
    // The failed tenant first, then the others, each with its result.
    expect(rows.map((row) => row.split('|').map((c) => c.trim()).slice(1, 5))).toEqual([
      ['fabrikam', 'exo-fabrikam', 'never deployed', '**failed**'],
      ['contoso', 'exo-contoso', 'never deployed', 'applied'],
      ['northwind', 'exo-northwind', 'never deployed', 'no changes'],
    ]);
    expect(rows[0]).toContain('apply failed (exit 1); see exo-fabrikam.log');
  });

  test('next run: the failed tenant is changed still, the recorded ones are not', () => {
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--output', 'cdktf.out/estate.json']);
    expect(run.status).toBe(0);
    const plan = readJson(join(dir, 'cdktf.out', 'estate.json'));
    expect(plan.changed).toEqual(['exo-fabrikam']);
    expect(plan.unchanged).toEqual(['exo-contoso', 'exo-northwind']);
    expect(plan.tenants.find((t: any) => t.stack === 'exo-contoso').deployedCommit).toBe('abc123');
  });

  test('a change to one tenant in the file reports exactly that tenant, though the JSON diff touches others', () => {
    // Record fabrikam too, so that the estate is fully deployed.
    estate(dir, ['run', '--estate', 'cdktf.out/estate.json', '--shard', '0', '--mode', 'apply', '--results', 'results2'], standInEnv(dir));
    expect(estate(dir, ['record', '--estate', 'cdktf.out/estate.json', '--results', 'results2'], standInEnv(dir)).status).toBe(0);
    expect(readJson(join(dir, 'cdktf.out', 'estate.json')).changed).toEqual(['exo-fabrikam']);
    // Reorder the tenants, reformat the file and change contoso's roles: only contoso's stack changes.
    const changed = JSON.parse(JSON.stringify(config));
    changed.tenants = [changed.tenants[2], changed.tenants[1], changed.tenants[0]];
    changed.tenants[2].roles = ['Exchange Administrator'];
    writeFileSync(join(dir, 'tenants.json'), JSON.stringify(changed));
    synth(dir);
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--output', 'cdktf.out/estate.json']);
    expect(run.stdout).toContain('3 tenants: 1 changed in 1 shard(s), 2 unchanged, 0 removed');
    const plan = readJson(join(dir, 'cdktf.out', 'estate.json'));
    expect(plan.changed).toEqual(['exo-contoso']);
    expect(plan.tenants.find((t: any) => t.stack === 'exo-contoso').reason).toBe('stack changed');
    expect(plan.shards).toEqual([['exo-contoso']]);
  });

  test('a change of a runbook file (not of the tenants file) is found too: the stack carries the runbook body', () => {
    const script = join(dir, 'scripts', 'Get-InactiveMailboxes.ps1');
    const before = readFileSync(script, 'utf8');
    writeFileSync(script, `${before}\n# changed\n`);
    try {
      synth(dir);
      const plan = (estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--output', 'cdktf.out/estate.json']), readJson(join(dir, 'cdktf.out', 'estate.json')));
      expect(plan.changed).toEqual(['exo-contoso', 'exo-fabrikam']); // contoso from the test before, not yet applied
    } finally {
      writeFileSync(script, before);
    }
  });

  test('--all runs every tenant (drift, provider releases)', () => {
    synth(dir);
    estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--all', '--output', 'cdktf.out/estate.json']);
    const plan = readJson(join(dir, 'cdktf.out', 'estate.json'));
    expect(plan.changed).toEqual(['exo-contoso', 'exo-fabrikam', 'exo-northwind']);
    expect(new Set(plan.tenants.map((t: any) => t.reason))).toEqual(new Set(['all tenants requested']));
  });

  test('a tenant removed from the file is reported as removed (not destroyed), with a warning annotation', () => {
    write({ ...config, tenants: config.tenants.filter((t: any) => t.name !== 'northwind') });
    synth(dir);
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--output', 'cdktf.out/estate.json'], { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::warning::exo-northwind: removed from the tenants file; its resources are not destroyed');
    const plan = readJson(join(dir, 'cdktf.out', 'estate.json'));
    expect(plan.removed).toEqual([{ stack: 'exo-northwind', record: 'exo-deployed/exchange-online/northwind.tfstate', location: 'stexoterraformstate/tfstate', deployedCommit: 'abc123' }]);
    expect(plan.changed).not.toContain('exo-northwind');
    const summary = estate(dir, ['summary', '--estate', 'cdktf.out/estate.json', '--results', 'none']);
    expect(summary.stdout).toContain('### Removed from the tenants file, not destroyed');
    expect(summary.stdout).toContain('| exo-northwind | stexoterraformstate/tfstate/exo-deployed/exchange-online/northwind.tfstate | abc123 |');
  });

  test('summary: a changed tenant with no result (its job never finished) fails the run', () => {
    synth(dir);
    estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--all', '--output', 'cdktf.out/estate.json']);
    const summary = estate(dir, ['summary', '--estate', 'cdktf.out/estate.json', '--results', 'no-results']);
    expect(summary.status).toBe(1);
    expect(summary.stdout).toContain('no result: its job did not finish');
    expect(summary.stdout).toContain('**2 failed.**');
  });

  test('plan mode: a failing plan is reported, the next tenant is still planned, nothing is applied or recorded', () => {
    rmSync(join(dir, 'applied'), { force: true });
    const env = standInEnv(dir, { FAIL_PLAN_STACKS: 'exo-contoso' });
    estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--all', '--max-jobs', '1', '--output', 'cdktf.out/estate.json']);
    const run = estate(dir, ['run', '--estate', 'cdktf.out/estate.json', '--shard', '0', '--mode', 'plan', '--results', 'plan-results', '--parallel', '1'], env);
    expect(run.status).toBe(1);
    expect(readJson(join(dir, 'plan-results', 'exo-contoso.json'))).toMatchObject({ status: 'failed', failedStep: 'plan' });
    expect(readJson(join(dir, 'plan-results', 'exo-fabrikam.json'))).toMatchObject({ status: 'changes planned' });
    expect(readJson(join(dir, 'plan-results', 'exo-fabrikam.json')).recorded).toBeUndefined();
    expect(readFileSync(join(dir, 'plan-results', 'exo-fabrikam.plan.txt'), 'utf8')).toContain('-detailed-exitcode -out=tfplan');
    expect(existsSync(join(dir, 'applied'))).toBe(false);
    expect(estate(dir, ['record', '--estate', 'cdktf.out/estate.json', '--results', 'plan-results'], env).stdout).toBe('');
  });

  test('Azure Pipelines: the matrix (one leg per shard) and the count as output variables', () => {
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'deployed', '--all', '--output', 'cdktf.out/estate.json'], { TF_BUILD: 'True' });
    expect(run.stdout).toContain('##vso[task.setvariable variable=matrix;isOutput=true]{"shard_0":{"SHARD":"0"},"shard_1":{"SHARD":"1"}}\n');
    expect(run.stdout).toContain('##vso[task.setvariable variable=changed;isOutput=true]2\n');
  });
});

/** A synthesized output of `count` stacks with an azurerm backend each (no Terraform inside: enough for detect). */
function fakeOutput(count: number): string {
  const dir = tempDir();
  const stacks: any = {};
  for (let i = 0; i < count; i++) {
    const name = `exo-t${String(i).padStart(5, '0')}`;
    mkdirSync(join(dir, 'cdktf.out', 'stacks', name), { recursive: true });
    writeFileSync(join(dir, 'cdktf.out', 'stacks', name, 'cdk.tf.json'), JSON.stringify({
      terraform: { backend: { azurerm: { storage_account_name: 'st', container_name: 'tfstate', key: `exchange-online/t${i}.tfstate` } } },
    }));
    stacks[name] = { name, workingDirectory: `stacks/${name}`, synthesizedStackPath: `stacks/${name}/cdk.tf.json` };
  }
  writeFileSync(join(dir, 'cdktf.out', 'manifest.json'), JSON.stringify({ stacks, version: '0.21.0' }));
  return dir;
}

describe('changed-tenants.js: shards', () => {
  test('past 256 changed tenants: 256 shards, sizes within one, every tenant exactly once', () => {
    const dir = fakeOutput(600);
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--output', 'estate.json'], { GITHUB_OUTPUT: join(dir, 'out') });
    expect(run.status).toBe(0);
    const plan = readJson(join(dir, 'estate.json'));
    expect(plan.shards).toHaveLength(256);
    const sizes = new Set(plan.shards.map((s: string[]) => s.length));
    expect(sizes).toEqual(new Set([2, 3]));
    const all = plan.shards.flat();
    expect(all).toHaveLength(600);
    expect(new Set(all).size).toBe(600);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toContain(`shards=${JSON.stringify([...Array(256).keys()])}\n`);
  });

  test('--max-jobs caps the shards (fewer runners); 256 is the most GitHub runs', () => {
    expect(estateModule.shard([...Array(600).keys()], 10).map((s: number[]) => s.length)).toEqual(Array(10).fill(60));
    expect(estateModule.shard([1, 2], 256)).toEqual([[1], [2]]);
    expect(estateModule.shard([], 256)).toEqual([]);
    const dir = fakeOutput(3);
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--max-jobs', '257']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('changed-tenants: --max-jobs 257 must be a whole number from 1 to 256 (GitHub\'s matrix limit)');
  });

  test('no changed tenant: no shard (the pipelines skip the matrix jobs on changed=0)', () => {
    const dir = fakeOutput(3);
    estate(dir, ['detect', '--stacks', 'cdktf.out', '--output', 'first.json']);
    const hashes = Object.fromEntries(readJson(join(dir, 'first.json')).tenants.map((t: any) => [t.stack, t.hash]));
    writeFileSync(join(dir, 'record.json'), JSON.stringify(hashes));
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out', '--deployed', 'record.json', '--output', 'estate.json'], { GITHUB_OUTPUT: join(dir, 'out') });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('shards=[]\nchanged=0\nremoved=0\n');
  });
});

describe('changed-tenants.js: the hash of a stack folder', () => {
  test('changes with any file of the folder; ignores what Terraform writes there', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cdk.tf.json'), '{"a":1}');
    const first = estateModule.hashStack(dir);
    mkdirSync(join(dir, '.terraform'));
    writeFileSync(join(dir, '.terraform', 'x'), 'provider');
    for (const file of ['.terraform.lock.hcl', 'plan', 'tfplan']) {
      writeFileSync(join(dir, file), 'x');
    }
    expect(estateModule.hashStack(dir)).toBe(first);
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'file.zip'), 'z');
    const withAsset = estateModule.hashStack(dir);
    expect(withAsset).not.toBe(first);
    writeFileSync(join(dir, 'cdk.tf.json'), '{"a":2}');
    expect(estateModule.hashStack(dir)).not.toBe(withAsset);
  });

  test('a stack without azurerm state is refused, naming the file (the record lives next to the state)', () => {
    const dir = tempDir();
    const app = Testing.app();
    new SystemAssignedExampleStack(app, 'exo-local');
    app.synth();
    cpSync(app.outdir, join(dir, 'cdktf.out'), { recursive: true });
    const run = estate(dir, ['detect', '--stacks', 'cdktf.out']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('changed-tenants: cdktf.out/stacks/exo-local/cdk.tf.json: terraform.backend.azurerm with storage_account_name, container_name and key is required');
  });

  test('no synthesized output: says what to run', () => {
    const run = estate(tempDir(), ['detect', '--stacks', 'cdktf.out']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cdktf.out/manifest.json: missing; run `npx exo-tenants synth <tenants file> --output cdktf.out` first');
  });
});

// --- The pipeline files --------------------------------------------------------------------------------

const PROVIDER_VARIABLES = new Set([
  'ARM_USE_OIDC', 'ARM_CLIENT_ID', 'ARM_TENANT_ID', 'ARM_SUBSCRIPTION_ID', 'ARM_USE_AZUREAD',
  'ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID', 'ARM_OIDC_AZURE_SERVICE_CONNECTION_ID', 'SYSTEM_ACCESSTOKEN', 'SYSTEM_OIDCREQUESTURI',
]);
const OTHER_VARIABLES = new Set(['CHECKPOINT_DISABLE', 'CI', 'NODE_VERSION', 'TERRAFORM_VERSION', 'TENANTS_FILE', 'ESTATE_SCRIPT',
  'MAX_JOBS', 'PARALLEL_PER_JOB', 'TF_CLI_ARGS_plan', 'SHARD', 'ALL_TENANTS']);
const COMMANDS = ['locations', 'detect', 'run', 'record', 'summary'];

/** Every `node "$ESTATE_SCRIPT" <command> ...` of a text: a command the script has. */
function scriptCommands(text: string): string[] {
  return [...text.matchAll(/node "\$ESTATE_SCRIPT" (\w+)/g)].map((m) => m[1]);
}

describe('GitHub Actions: pipelines/github-actions/exchange-online-tenants.yml', () => {
  const text = readFileSync(join(ROOT, 'pipelines', 'github-actions', 'exchange-online-tenants.yml'), 'utf8');
  const workflow = parse(text);
  const jobs = workflow.jobs;
  const run = (job: string, name: RegExp) => jobs[job].steps.find((s: any) => name.test(s.name ?? s.run ?? '')).run;

  test('parses: pull requests plan, main deploys, a manual run may take every tenant', () => {
    expect(workflow.on.pull_request.branches).toEqual(['main']);
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.workflow_dispatch.inputs.all).toMatchObject({ type: 'boolean', default: false });
    expect(Object.keys(jobs)).toEqual(['detect', 'plan', 'deploy', 'summary']);
    expect(jobs.plan.if).toBe("github.event_name == 'pull_request' && needs.detect.outputs.changed != '0'");
    expect(jobs.deploy.if).toBe("github.event_name != 'pull_request' && github.ref == 'refs/heads/main' && needs.detect.outputs.changed != '0'");
  });

  test('least privilege: contents read; id-token write only for the jobs that sign in; none for the summary', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(jobs.detect.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs.plan.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs.deploy.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs.summary.permissions).toEqual({ contents: 'read' });
  });

  test('two identities: detect and plan as the plan identity, deploy as the deploy identity behind production', () => {
    expect(workflow.env.ARM_CLIENT_ID).toBeUndefined();
    expect(jobs.detect.env.ARM_CLIENT_ID).toBe('${{ vars.AZURE_PLAN_CLIENT_ID }}');
    expect(jobs.plan.env.ARM_CLIENT_ID).toBe('${{ vars.AZURE_PLAN_CLIENT_ID }}');
    expect(jobs.deploy.env.ARM_CLIENT_ID).toBe('${{ vars.AZURE_DEPLOY_CLIENT_ID }}');
    expect(jobs.deploy.environment).toBe('production');
    expect(jobs.plan.environment).toBeUndefined();
    const logins = (job: string) => jobs[job].steps.filter((s: any) => String(s.uses).startsWith('azure/login@')).map((s: any) => s.with['client-id']);
    expect(logins('detect')).toEqual(['${{ vars.AZURE_PLAN_CLIENT_ID }}']);
    expect(logins('plan')).toEqual([]);
    expect(logins('deploy')).toEqual(['${{ vars.AZURE_DEPLOY_CLIENT_ID }}']);
    expect(jobs.plan.env.TF_CLI_ARGS_plan).toBe('-lock=false');
    expect(jobs.deploy.env.TF_CLI_ARGS_plan).toBeUndefined();
  });

  test('OIDC only: the providers\' variable names, no secret anywhere', () => {
    const names = [workflow.env, ...Object.values(jobs).flatMap((job: any) => [job.env, ...job.steps.map((s: any) => s.env)])].flatMap((env) => Object.keys(env ?? {}));
    expect(names.filter((n) => !PROVIDER_VARIABLES.has(n) && !OTHER_VARIABLES.has(n))).toEqual([]);
    expect(workflow.env.ARM_USE_OIDC).toBe('true');
    expect(JSON.stringify(workflow)).not.toMatch(SECRET);
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
    for (const login of Object.values(jobs).flatMap((job: any) => job.steps.filter((s: any) => String(s.uses).startsWith('azure/login@')))) {
      expect(Object.keys(login.with).sort()).toEqual(['client-id', 'subscription-id', 'tenant-id']);
    }
  });

  test('synthesizes once: only detect runs exo-tenants synth; the others download its output', () => {
    const synths = Object.entries(jobs).flatMap(([name, job]: [string, any]) => job.steps.filter((s: any) => /exo-tenants synth/.test(s.run ?? '')).map(() => name));
    expect(synths).toEqual(['detect']);
    expect(run('detect', /^npx exo-tenants synth/)).toBe('npx exo-tenants synth "$TENANTS_FILE" --output cdktf.out');
    for (const job of ['plan', 'deploy', 'summary']) {
      expect(jobs[job].steps.find((s: any) => s.with?.name === 'estate')).toMatchObject({ uses: 'actions/download-artifact@v4', with: { path: 'cdktf.out' } });
    }
    expect(jobs.detect.steps.find((s: any) => s.with?.name === 'estate').with.path).toBe('cdktf.out');
  });

  test('the matrix comes from the detection; fail-fast off; one results artifact per shard, even on failure', () => {
    expect(jobs.detect.outputs).toEqual({ shards: '${{ steps.detect.outputs.shards }}', changed: '${{ steps.detect.outputs.changed }}' });
    for (const job of ['plan', 'deploy']) {
      expect(jobs[job].needs).toBe('detect');
      expect(jobs[job].strategy['fail-fast']).toBe(false);
      expect(jobs[job].strategy.matrix).toEqual({ shard: '${{ fromJSON(needs.detect.outputs.shards) }}' });
      const upload = jobs[job].steps.find((s: any) => s.with?.name === 'results-${{ matrix.shard }}');
      expect(upload.if).toBe('${{ !cancelled() }}');
    }
    expect(run('plan', /Plan the tenants/)).toContain('run --estate cdktf.out/estate.json --shard "$SHARD" --mode plan');
    expect(run('deploy', /Plan and apply/)).toContain('run --estate cdktf.out/estate.json --shard "$SHARD" --mode apply');
  });

  test('deploy: the records are written after the applies, for every applied tenant, even when one failed', () => {
    const steps = jobs.deploy.steps;
    const apply = steps.findIndex((s: any) => /Plan and apply/.test(s.name ?? ''));
    const login = steps.findIndex((s: any) => String(s.uses).startsWith('azure/login@'));
    const record = steps.findIndex((s: any) => /record --estate/.test(s.run ?? ''));
    expect(apply).toBeLessThan(login);
    expect(login).toBeLessThan(record);
    expect(steps[login].if).toBe('${{ !cancelled() }}');
    expect(steps[record].if).toBe('${{ !cancelled() }}');
    expect(steps[record].run).toContain('--commit "$GITHUB_SHA"');
  });

  test('summary: after every shard, whatever their result; red when a tenant failed', () => {
    expect(jobs.summary.needs).toEqual(['detect', 'plan', 'deploy']);
    expect(jobs.summary.if).toBe("${{ !cancelled() && needs.detect.result == 'success' }}");
    const results = jobs.summary.steps.find((s: any) => s.with?.pattern === 'results-*');
    expect(results.with['merge-multiple']).toBe(true);
    expect(results.if).toBe("needs.detect.outputs.changed != '0'");
    expect(run('summary', /summary --estate/)).toBe('node "$ESTATE_SCRIPT" summary --estate cdktf.out/estate.json --results results');
  });

  test('only commands the script has; MAX_JOBS within GitHub\'s matrix limit; concurrency never cancels an apply', () => {
    expect(new Set(scriptCommands(text))).toEqual(new Set(COMMANDS));
    expect(Number(workflow.env.MAX_JOBS)).toBeLessThanOrEqual(estateModule.GITHUB_MATRIX_LIMIT);
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    const uses = Object.values(jobs).flatMap((job: any) => job.steps.map((s: any) => s.uses).filter(Boolean));
    expect(uses.every((u: string) => /@v\d+$/.test(u))).toBe(true);
  });

  test('its detect steps, run on a synthesized output with a stand-in az, give the matrix to the jobs', () => {
    const { dir } = project();
    synth(dir);
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    // az storage blob list: one record, contoso's, with a hash that no longer matches.
    writeFileSync(join(bin, 'az'), '#!/bin/bash\necho "$*" >> az.log\necho \'[{"name":"exo-deployed/exchange-online/contoso.tfstate","metadata":{"synthsha256":"old"}}]\'\n');
    chmodSync(join(bin, 'az'), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, ESTATE_SCRIPT: SCRIPT, MAX_JOBS: '256', ALL_TENANTS: 'false', GITHUB_OUTPUT: join(dir, 'out'), GITHUB_ACTIONS: '' };
    for (const script of [run('detect', /Read the deploy records/), run('detect', /Find the changed tenants/)]) {
      const step = spawnSync('bash', ['-e', '-c', script], { cwd: dir, encoding: 'utf8', env });
      expect(step.stderr).toBe('');
      expect(step.status).toBe(0);
    }
    expect(readFileSync(join(dir, 'az.log'), 'utf8')).toBe('storage blob list --auth-mode login --account-name stexoterraformstate --container-name tfstate --prefix exo-deployed/ --include m --num-results * --only-show-errors -o json\n');
    expect(readdirSync(join(dir, 'deployed'))).toEqual(['stexoterraformstate.tfstate.json']);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('shards=[0,1,2]\nchanged=3\nremoved=0\n');
    expect(readJson(join(dir, 'cdktf.out', 'estate.json')).tenants.map((t: any) => t.reason)).toEqual(['stack changed', 'never deployed', 'never deployed']);
  });
});

describe('Azure Pipelines: pipelines/azure-devops/exchange-online-tenants.yml', () => {
  const text = readFileSync(join(ROOT, 'pipelines', 'azure-devops', 'exchange-online-tenants.yml'), 'utf8');
  const pipeline = parse(text);
  const stage = (name: string) => pipeline.stages.find((s: any) => s.stage === name);
  const job = (stageName: string, name: string) => stage(stageName).jobs.find((j: any) => (j.job ?? j.deployment) === name);
  const tasks = (stageName: string, name: string) => job(stageName, name).steps.filter((s: any) => s.task === 'AzureCLI@2');

  test('parses: stages detect, plan (pull requests), deploy (main), summary', () => {
    expect(pipeline.trigger.branches.include).toEqual(['main']);
    expect(pipeline.pr.branches.include).toEqual(['main']);
    expect(pipeline.stages.map((s: any) => s.stage)).toEqual(['detect', 'plan', 'deploy', 'summary']);
    expect(stage('plan').condition).toBe("and(succeeded(), eq(variables.isPullRequest, true), ne(dependencies.detect.outputs['detect.detect.changed'], '0'))");
    expect(stage('deploy').condition).toBe("and(succeeded(), eq(variables.isMain, true), ne(variables.isPullRequest, true), ne(dependencies.detect.outputs['detect.detect.changed'], '0'))");
    expect(pipeline.parameters).toEqual([expect.objectContaining({ name: 'all', type: 'boolean', default: false })]);
  });

  test('synthesizes once, in detect; the matrix of plan and deploy is the detection\'s output', () => {
    const synths = pipeline.stages.flatMap((st: any) => st.jobs.flatMap((j: any) => (j.steps ?? j.strategy.runOnce.deploy.steps)
      .filter((s: any) => /exo-tenants synth/.test(`${s.script ?? ''}${s.inputs?.inlineScript ?? ''}`)).map(() => st.stage)));
    expect(synths).toEqual(['detect']);
    const detect = tasks('detect', 'detect')[0];
    expect(detect.name).toBe('detect');
    expect(detect.inputs.azureSubscription).toBe('$(PLAN_SERVICE_CONNECTION)');
    expect(detect.inputs.inlineScript).toContain('detect --stacks cdktf.out --deployed deployed --max-jobs "$MAX_JOBS" $all --output cdktf.out/estate.json');
    expect(job('detect', 'detect').steps.find((s: any) => s.publish)).toEqual({ publish: 'cdktf.out', artifact: 'estate' });
    for (const [stageName, name] of [['plan', 'plan'], ['deploy', 'deploy']]) {
      expect(job(stageName, name).strategy.matrix).toBe("$[ stageDependencies.detect.detect.outputs['detect.matrix'] ]");
      expect(job(stageName, name).steps.find((s: any) => s.task === 'DownloadPipelineArtifact@2').inputs.artifact).toBe('estate');
    }
  });

  test('two service connections: plan through the plan one (no lock), deploy through the deploy one after production', () => {
    const [plan] = tasks('plan', 'plan');
    expect(plan.inputs.azureSubscription).toBe('$(PLAN_SERVICE_CONNECTION)');
    expect(plan.env.ARM_CLIENT_ID).toBe('$(AZURE_PLAN_CLIENT_ID)');
    expect(plan.env.TF_CLI_ARGS_plan).toBe('-lock=false');
    expect(plan.inputs.inlineScript).toContain('--mode plan');
    const [apply, record] = tasks('deploy', 'deploy');
    for (const task of [apply, record]) {
      expect(task.inputs.azureSubscription).toBe('$(DEPLOY_SERVICE_CONNECTION)');
    }
    expect(apply.env.ARM_CLIENT_ID).toBe('$(AZURE_DEPLOY_CLIENT_ID)');
    expect(apply.env.TF_CLI_ARGS_plan).toBeUndefined();
    expect(apply.inputs.inlineScript).toContain('--mode apply');
    expect(record.condition).toBe('succeededOrFailed()');
    expect(record.inputs.inlineScript).toContain('record --estate cdktf.out/estate.json --results results');
    expect(job('deploy', 'approve').environment).toBe('production');
    expect(job('deploy', 'deploy').dependsOn).toBe('approve');
    expect(stage('deploy').lockBehavior).toBe('sequential');
  });

  test('OIDC through the service connections: the providers\' variable names, no secret', () => {
    for (const task of [...tasks('plan', 'plan'), tasks('deploy', 'deploy')[0]]) {
      const names = Object.keys(task.env);
      expect(names.filter((n) => !PROVIDER_VARIABLES.has(n) && !OTHER_VARIABLES.has(n))).toEqual([]);
      expect(names.filter((n) => PROVIDER_VARIABLES.has(n)).sort()).toEqual([...PROVIDER_VARIABLES].sort());
    }
    expect(JSON.stringify(pipeline)).not.toMatch(SECRET);
  });

  test('a failed leg hides nothing: results published on failure too; the summary runs unless cancelled and fails the run', () => {
    for (const [stageName, name] of [['plan', 'plan'], ['deploy', 'deploy']]) {
      expect(job(stageName, name).steps.find((s: any) => s.publish === 'results')).toEqual({ publish: 'results', artifact: 'results-$(SHARD)', condition: 'succeededOrFailed()' });
    }
    expect(stage('summary').dependsOn).toEqual(['detect', 'plan', 'deploy']);
    expect(stage('summary').condition).toBe("and(not(canceled()), eq(dependencies.detect.result, 'Succeeded'))");
    const script = job('summary', 'summary').steps.find((s: any) => /summary --estate/.test(s.script ?? '')).script;
    expect(script).toContain('##vso[task.uploadsummary]$SYSTEM_DEFAULTWORKINGDIRECTORY/summary.md');
    // Run it: a failed tenant fails the step, and the summary is uploaded all the same.
    const dir = fakeOutput(2);
    estate(dir, ['detect', '--stacks', 'cdktf.out', '--output', 'cdktf.out/estate.json']);
    mkdirSync(join(dir, 'results', 'results-0'), { recursive: true });
    writeFileSync(join(dir, 'results', 'results-0', 'exo-t00000.json'), JSON.stringify({ stack: 'exo-t00000', status: 'failed', failedStep: 'init', exitCode: 1 }));
    writeFileSync(join(dir, 'results', 'results-0', 'exo-t00001.json'), JSON.stringify({ stack: 'exo-t00001', status: 'changes planned', failedStep: null }));
    const step = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, ESTATE_SCRIPT: SCRIPT, SYSTEM_DEFAULTWORKINGDIRECTORY: dir, TF_BUILD: 'True' } });
    expect(step.status).toBe(1);
    expect(step.stdout).toContain(`##vso[task.uploadsummary]${dir}/summary.md`);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('| t00000 | exo-t00000 | never deployed | **failed** |');
    expect(job('summary', 'summary').variables.changed).toBe("$[ stageDependencies.detect.detect.outputs['detect.changed'] ]");
    const download = job('summary', 'summary').steps.find((s: any) => s.inputs?.itemPattern === 'results-*/**');
    expect(download.condition).toBe("and(succeeded(), ne(variables.changed, '0'))");
  });

  test('only commands the script has', () => {
    expect(new Set(scriptCommands(text))).toEqual(new Set(COMMANDS));
  });

  test('its detect task, run on a synthesized output with a stand-in az, sets the matrix for the legs', () => {
    const { dir } = project();
    synth(dir);
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'az'), '#!/bin/bash\necho \'[]\'\n');
    chmodSync(join(bin, 'az'), 0o755);
    const script = tasks('detect', 'detect')[0].inputs.inlineScript;
    for (const all of ['False', 'True']) {
      const step = spawnSync('bash', ['-c', script], {
        cwd: dir, encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ESTATE_SCRIPT: SCRIPT, MAX_JOBS: '2', ALL_TENANTS: all, TF_BUILD: 'True', GITHUB_ACTIONS: '', GITHUB_OUTPUT: '' },
      });
      expect(step.stderr).toBe('');
      expect(step.status).toBe(0);
      expect(step.stdout).toContain('##vso[task.setvariable variable=matrix;isOutput=true]{"shard_0":{"SHARD":"0"},"shard_1":{"SHARD":"1"}}');
      expect(step.stdout).toContain('##vso[task.setvariable variable=changed;isOutput=true]3');
      expect(readJson(join(dir, 'cdktf.out', 'estate.json')).all).toBe(all === 'True');
    }
  });
});

describe('the plan identity can plan: no resource provider registration', () => {
  // azurerm 4.x registers its "legacy" set of resource providers by default, which needs
  // */register/action; the plan identity has Reader. "none" is accepted from 4.0.0 and the default from
  // 5.0.0 (hashicorp/terraform-provider-azurerm internal/provider/provider.go, at v4.0.0 and v5.0.0).
  test('every tenant stack and every example stack asks for none', () => {
    const tenant = JSON.parse(Testing.synth(TenantStacks.fromFile(Testing.app(), DEFAULT_TENANTS_FILE)[0]));
    const example = JSON.parse(Testing.synth(new SystemAssignedExampleStack(Testing.app(), 'exo-system-assigned')));
    for (const stack of [tenant, example]) {
      expect(stack.provider.azurerm.map((p: any) => p.resource_provider_registrations)).toEqual(['none']);
    }
  });

  test('docs/estate.md says which resource providers to register once, with the az command', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'estate.md'), 'utf8');
    expect(docs).toContain('az provider register --namespace Microsoft.Automation');
    expect(docs).toContain('az provider register --namespace Microsoft.ManagedIdentity');
    expect(docs).toContain('resource_provider_registrations');
  });
});
