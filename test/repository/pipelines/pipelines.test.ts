// The pipeline templates (pipelines/) parse, use only the OIDC variable names the providers document, carry
// no secret, run the diff on pull requests and the deploy on main behind an environment, publish the
// synthesized JSON and HCL, and call cdktf with flags the pinned cdktf-cli has.
import { spawnSync } from 'child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { TenantStacks } from '../../../lib';
import { SystemAssignedExampleStack } from '../../../examples/system-assigned/stack';
import { DEFAULT_TENANTS_FILE } from '../../../examples/tenants/main';

const ROOT = join(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(ROOT, 'pipelines', file), 'utf8');

// Environment variable names the providers read for OIDC, from their guides at the versions the package
// admits: hashicorp/terraform-provider-azurerm website/docs/guides/service_principal_oidc.html.markdown
// (ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID from v4.18.0) and hashicorp/terraform-provider-azuread
// docs/guides/service_principal_oidc.md (from v3.2.0); ARM_USE_AZUREAD is the azurerm backend's
// use_azuread_auth (https://developer.hashicorp.com/terraform/language/backend/azurerm). The service
// connection id under its second name, ARM_OIDC_AZURE_SERVICE_CONNECTION_ID: the backend's docs name it
// (oidc_azure_service_connection_id), the backend reads either name from Terraform 1.11.2 (earlier
// versions have no Azure Pipelines OIDC at all: hashicorp/terraform internal/backend/remote-state/azure,
// CHANGELOG 1.11.2), and azurerm 4.18+ and azuread 3.2+ read it as their fallback.
const PROVIDER_VARIABLES = new Set([
  'ARM_USE_OIDC', 'ARM_CLIENT_ID', 'ARM_TENANT_ID', 'ARM_SUBSCRIPTION_ID', 'ARM_USE_AZUREAD',
  'ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID', 'ARM_OIDC_AZURE_SERVICE_CONNECTION_ID', 'SYSTEM_ACCESSTOKEN', 'SYSTEM_OIDCREQUESTURI',
]);
/** The first Terraform whose azurerm backend signs in through an Azure Pipelines service connection. */
const TERRAFORM_FOR_AZURE_PIPELINES_OIDC = [1, 11, 2];
const atLeast = (version: string, minimum: number[]) => {
  const parts = version.split('.').map(Number);
  const first = parts.findIndex((part, i) => part !== minimum[i]);
  return first === -1 || parts[first] > minimum[first];
};
const OTHER_VARIABLES = new Set(['CHECKPOINT_DISABLE', 'CI', 'NODE_VERSION', 'TERRAFORM_VERSION']);
// Terraform's own (https://developer.hashicorp.com/terraform/cli/config/environment-variables).
const TERRAFORM_VARIABLES = new Set(['TF_CLI_ARGS_plan']);
const SECRET = /secret|ARM_ACCESS_KEY|ARM_CLIENT_CERTIFICATE|ARM_SAS_TOKEN|password/i;

function commandsOf(steps: any[]): string {
  return steps.map((s) => [s.run, s.script, s.inputs?.inlineScript].filter(Boolean).join('\n')).join('\n');
}

const HELP = new Map<string, string>();
function cliHelp(command: string): string {
  if (HELP.has(command)) {
    return HELP.get(command)!;
  }
  const run = spawnSync('npx', ['--no', '--', 'cdktf', command, '--help'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null', CI: 'true' },
  });
  HELP.set(command, `${run.stdout}${run.stderr}`);
  return HELP.get(command)!;
}

/** Every `npx cdktf <command> ... --flag` in `text` uses a flag the installed cdktf-cli knows. */
function expectKnownFlags(text: string): void {
  for (const match of text.matchAll(/npx cdktf (synth|diff|deploy)([^\n|]*)/g)) {
    const help = cliHelp(match[1]);
    for (const flag of match[2].match(/--[a-z-]+/g) ?? []) {
      expect(`${match[1]} ${flag}: ${help.includes(`${flag} `) || help.includes(`${flag}\n`)}`).toBe(`${match[1]} ${flag}: true`);
    }
  }
}

/** Every script of a list of steps: GitHub `run`, Azure Pipelines `script` and `inputs.inlineScript`. */
function scriptsOf(steps: any[]): string[] {
  return steps.flatMap((s) => [s.run, s.script, s.inputs?.inlineScript].filter(Boolean));
}

/** A shell pipe (`a | b`), not `||`. */
const PIPE = /(^|[^|])\|([^|]|$)/m;

/** Each script that pipes sets pipefail before its first pipe (GitHub's default `bash -e` does not). */
function expectPipefailWherePiped(scripts: string[]): void {
  const piped = scripts.filter((script) => script.split('\n').some((line) => PIPE.test(line) && !line.trim().startsWith('//')));
  expect(piped.length).toBeGreaterThan(0);
  for (const script of piped) {
    const lines = script.split('\n');
    const firstPipe = lines.findIndex((line) => PIPE.test(line));
    const pipefail = lines.findIndex((line) => /^\s*set -[a-z]*o pipefail\b|^\s*set -euo pipefail\b/.test(line));
    expect(`${pipefail >= 0 && pipefail < firstPipe}: ${lines[firstPipe].trim()}`).toBe(`true: ${lines[firstPipe].trim()}`);
  }
}

/**
 * Runs a diff step's script with a stand-in `npx` on PATH: `cdktf diff <stack>` prints a plan, writes the
 * binary plan where cdktf-cli does (cdktf.out/stacks/<stack>/plan) and exits with `diffStatus`.
 */
function runDiff(script: string, diffStatus: number): { status: number | null; output: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'exo-diff-'));
  try {
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'npx'), [
      '#!/bin/bash',
      'if [ "$2" = "diff" ]; then echo "plan of $3"; echo binary > "cdktf.out/stacks/$3/plan"; exit "$FAKE_DIFF_STATUS"; fi',
      'exit 0',
    ].join('\n'));
    chmodSync(join(dir, 'bin', 'npx'), 0o755);
    for (const stack of ['exo-a', 'exo-b']) {
      mkdirSync(join(dir, 'cdktf.out', 'stacks', stack), { recursive: true });
    }
    // GitHub runs `run` with `bash -e`; an Azure Pipelines bash script has no -e of its own.
    const run = spawnSync('bash', ['-e', '-c', script], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, FAKE_DIFF_STATUS: String(diffStatus) },
    });
    const candidates = ['plan-exo-a.txt', 'plan-exo-b.txt', 'plan/plan-exo-a.txt', 'plan/plan-exo-b.txt', 'tfplan/exo-a.tfplan', 'tfplan/exo-b.tfplan'];
    return { status: run.status, output: `${run.stdout}${run.stderr}`, files: candidates.filter((file) => existsSync(join(dir, file))) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The step that refuses local state, by its name. */
const STATE_CHECK = 'Refuse local state (cdktf.out/stacks/*/cdk.tf.json must declare a remote backend)';

/** Runs a step's bash script in a directory holding `cdktf.out/stacks/<stack>/cdk.tf.json` for each stack given. */
function runInSynthOutput(script: string, stacks: { [stack: string]: unknown }): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'exo-pipeline-'));
  try {
    for (const [stack, json] of Object.entries(stacks)) {
      mkdirSync(join(dir, 'cdktf.out', 'stacks', stack), { recursive: true });
      writeFileSync(join(dir, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), JSON.stringify(json));
    }
    const run = spawnSync('bash', ['-e', '-c', script], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The state check of a pipeline's synth steps: it follows `npx cdktf synth` and fails on local state. */
function describeStateCheck(steps: () => any[], scriptOf: (step: any) => string) {
  const check = () => steps().find((s: any) => (s.name ?? s.displayName) === STATE_CHECK);
  const script = () => scriptOf(check());
  const local = JSON.parse(Testing.synth(new SystemAssignedExampleStack(Testing.app(), 'exo-system-assigned')));
  const remote = JSON.parse(Testing.synth(TenantStacks.fromFile(Testing.app(), DEFAULT_TENANTS_FILE)[0]));

  test('a state check follows cdktf synth', () => {
    const index = steps().indexOf(check());
    const synth = steps().findIndex((s: any) => /^npx cdktf synth$/m.test(scriptOf(s) ?? ''));
    expect(synth).toBeGreaterThanOrEqual(0);
    expect(index).toBeGreaterThan(synth);
  });

  test('it fails on a local backend (the default example), naming the stack and the fix', () => {
    expect(local.terraform.backend.local).toBeDefined();
    const run = runInSynthOutput(script(), { 'exo-system-assigned': local, 'exo-contoso': remote });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('cdktf.out/stacks/exo-system-assigned/cdk.tf.json: terraform.backend.local');
    expect(run.output).not.toContain('exo-contoso/cdk.tf.json:');
    expect(run.output).toContain('AzurermBackend');
  });

  test('it fails when a stack declares no backend (Terraform then keeps local state)', () => {
    const run = runInSynthOutput(script(), { 'exo-a': { terraform: { required_providers: {} } } });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('cdktf.out/stacks/exo-a/cdk.tf.json: no backend');
  });

  test('it fails when there is no synthesized stack', () => {
    const run = runInSynthOutput(script(), {});
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('no stack');
  });

  test('it passes for remote state: azurerm (TenantStack) or HCP Terraform (cloud)', () => {
    expect(remote.terraform.backend.azurerm).toBeDefined();
    const run = runInSynthOutput(script(), { 'exo-contoso': remote, 'exo-b': { terraform: { cloud: { organization: 'contoso' } } } });
    expect(run.output).toMatch(/remote state/);
    expect(run.status).toBe(0);
  });

  return script;
}

describe('GitHub Actions: pipelines/github-actions/exchange-online.yml', () => {
  const text = read('github-actions/exchange-online.yml');
  const workflow = parse(text);
  const jobs = workflow.jobs;

  test('parses, with pull request and main triggers', () => {
    expect(workflow.on.pull_request.branches).toEqual(['main']);
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  test('OIDC: the providers\' variable names, and no secret anywhere', () => {
    const names = [workflow.env, jobs.diff.env, jobs.deploy.env].flatMap((env) => Object.keys(env ?? {}));
    expect(names.filter((n) => !PROVIDER_VARIABLES.has(n) && !OTHER_VARIABLES.has(n) && !TERRAFORM_VARIABLES.has(n))).toEqual([]);
    expect(Object.keys(workflow.env)).toEqual(expect.arrayContaining(['ARM_USE_OIDC', 'ARM_TENANT_ID', 'ARM_SUBSCRIPTION_ID', 'ARM_USE_AZUREAD']));
    expect(workflow.env.ARM_USE_OIDC).toBe('true');
    // The parsed content (comments explain there is no secret; the configuration must not have one).
    expect(JSON.stringify(workflow)).not.toMatch(SECRET);
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
  });

  test('an OIDC token only for the two jobs that sign in (id-token: write per job, not workflow-wide)', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(jobs.synth.permissions?.['id-token']).toBeUndefined();
    expect(jobs.diff.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs.deploy.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  test('pull requests sign in as the read-only plan identity, deploys as the deploy identity', () => {
    expect(workflow.env.ARM_CLIENT_ID).toBeUndefined();
    expect(jobs.diff.env.ARM_CLIENT_ID).toBe('${{ vars.AZURE_PLAN_CLIENT_ID }}');
    expect(jobs.deploy.env.ARM_CLIENT_ID).toBe('${{ vars.AZURE_DEPLOY_CLIENT_ID }}');
    expect(jobs.diff.environment).toBeUndefined(); // its token subject is repo:<owner>/<repo>:pull_request
  });

  test('the diff plans without the state lock (the plan identity may only read the state); the deploy locks', () => {
    expect(jobs.diff.env.TF_CLI_ARGS_plan).toBe('-lock=false');
    expect(jobs.deploy.env.TF_CLI_ARGS_plan).toBeUndefined();
    expect(workflow.env.TF_CLI_ARGS_plan).toBeUndefined();
  });

  test('synth publishes the JSON and the HCL', () => {
    const steps = jobs.synth.steps;
    expect(commandsOf(steps)).toContain('npx cdktf synth\n');
    expect(commandsOf(steps)).toContain('npx cdktf synth --hcl --output cdktf.out.hcl');
    const uploads = steps.filter((s: any) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(uploads.map((s: any) => [s.with.name, s.with.path])).toEqual([['terraform-json', 'cdktf.out/stacks'], ['terraform-hcl', 'cdktf.out.hcl/stacks']]);
  });

  test('pull requests: cdktf diff per stack, kept as the plan artifact; never a deploy', () => {
    expect(jobs.diff.if).toBe("github.event_name == 'pull_request'");
    expect(commandsOf(jobs.diff.steps)).toMatch(/npx cdktf diff "\$stack" --skip-synth --no-color \| tee "plan-\$stack\.txt"/);
    expect(jobs.diff.steps.find((s: any) => s.with?.name === 'plan')?.with.path).toBe('plan-*.txt');
    expect(commandsOf(jobs.diff.steps)).not.toContain('deploy');
  });

  test('main: cdktf deploy behind the production environment', () => {
    expect(jobs.deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(jobs.deploy.environment).toBe('production');
    expect(commandsOf(jobs.deploy.steps)).toContain("npx cdktf deploy '*' --skip-synth --auto-approve");
  });

  test('the binary plan of each stack (cdktf.out/stacks/<stack>/plan) is kept too, briefly: it may hold sensitive values', () => {
    const upload = jobs.diff.steps.find((s: any) => s.with?.name === 'tfplan');
    expect(upload.with.path).toBe('cdktf.out/stacks/*/plan');
    expect(upload.with['if-no-files-found']).toBe('error');
    expect(upload.with['retention-days']).toBeLessThanOrEqual(7);
    expect(upload.name).toMatch(/sensitive/);
    const diffStep = jobs.diff.steps.findIndex((s: any) => /npx cdktf diff/.test(s.run ?? ''));
    expect(jobs.diff.steps.indexOf(upload)).toBeGreaterThan(diffStep);
  });

  test('set -o pipefail wherever a step pipes', () => {
    expectPipefailWherePiped(Object.values(jobs).flatMap((job: any) => scriptsOf(job.steps)));
  });

  test('a failing cdktf diff fails the step, though its output goes through tee', () => {
    const script = jobs.diff.steps.find((s: any) => /npx cdktf diff/.test(s.run ?? '')).run;
    const failed = runDiff(script, 1);
    expect(failed.status).not.toBe(0);
    const passed = runDiff(script, 0);
    expect(passed.status).toBe(0);
    expect(passed.files).toEqual(['plan-exo-a.txt', 'plan-exo-b.txt']);
  });

  describe('refuses local state', () => {
    describeStateCheck(() => jobs.synth.steps, (step) => step?.run);
    test('diff and deploy wait for it', () => {
      expect(jobs.diff.needs).toBe('synth');
      expect(jobs.deploy.needs).toBe('synth');
    });
  });

  test('every third-party action is pinned to a major version; Terraform to 1.11', () => {
    const uses = Object.values(jobs).flatMap((job: any) => job.steps.map((s: any) => s.uses).filter(Boolean));
    expect(uses.every((u: string) => /@v\d+$/.test(u))).toBe(true);
    expect(workflow.env.TERRAFORM_VERSION).toMatch(/^1\.11\.\d+$/);
  });

  test('the cdktf flags exist in the pinned cdktf-cli', () => {
    expectKnownFlags(text);
  }, 60_000);
});

describe('Azure Pipelines: pipelines/azure-devops/azure-pipelines.yml', () => {
  const text = read('azure-devops/azure-pipelines.yml');
  const pipeline = parse(text);
  const setup = parse(read('azure-devops/steps-setup.yml'));
  const stage = (name: string) => pipeline.stages.find((s: any) => s.stage === name);

  test('parses, with main and pull request triggers, and its template exists', () => {
    expect(pipeline.trigger.branches.include).toEqual(['main']);
    expect(pipeline.pr.branches.include).toEqual(['main']);
    expect(commandsOf(setup.steps)).toContain('npm ci');
    expect(commandsOf(setup.steps)).toContain('releases.hashicorp.com/terraform/$(TERRAFORM_VERSION)');
  });

  const diffTask = () => stage('diff').jobs[0].steps.find((s: any) => s.task === 'AzureCLI@2');
  const deployTask = () => stage('deploy').jobs[0].strategy.runOnce.deploy.steps.find((s: any) => s.task === 'AzureCLI@2');

  test('OIDC through the service connection: the providers\' variable names, no secret', () => {
    for (const task of [diffTask(), deployTask()]) {
      const names = Object.keys(task.env);
      expect(names.filter((n) => !PROVIDER_VARIABLES.has(n) && !TERRAFORM_VARIABLES.has(n))).toEqual([]);
      expect(names.filter((n) => PROVIDER_VARIABLES.has(n)).sort()).toEqual([...PROVIDER_VARIABLES].sort());
      expect(task.env.SYSTEM_ACCESSTOKEN).toBe('$(System.AccessToken)');
    }
    expect(JSON.stringify(pipeline)).not.toMatch(SECRET);
  });

  test('pull requests sign in through the plan service connection, deploys through the deploy one', () => {
    const diff = diffTask();
    const deploy = deployTask();
    expect(diff.inputs.azureSubscription).toBe('$(PLAN_SERVICE_CONNECTION)');
    expect(diff.env.ARM_CLIENT_ID).toBe('$(AZURE_PLAN_CLIENT_ID)');
    expect(diff.env.ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID).toBe('$(PLAN_SERVICE_CONNECTION_ID)');
    expect(deploy.inputs.azureSubscription).toBe('$(DEPLOY_SERVICE_CONNECTION)');
    expect(deploy.env.ARM_CLIENT_ID).toBe('$(AZURE_DEPLOY_CLIENT_ID)');
    expect(deploy.env.ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID).toBe('$(DEPLOY_SERVICE_CONNECTION_ID)');
  });

  test('the diff plans without the state lock (the plan identity may only read the state); the deploy locks', () => {
    expect(diffTask().env.TF_CLI_ARGS_plan).toBe('-lock=false');
    expect(deployTask().env.TF_CLI_ARGS_plan).toBeUndefined();
  });

  test('both names of the service connection id, for the providers and the state backend; Terraform 1.11.2+', () => {
    for (const [task, connection] of [[diffTask(), 'PLAN'], [deployTask(), 'DEPLOY']]) {
      expect(task.env.ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID).toBe(`$(${connection}_SERVICE_CONNECTION_ID)`);
      expect(task.env.ARM_OIDC_AZURE_SERVICE_CONNECTION_ID).toBe(`$(${connection}_SERVICE_CONNECTION_ID)`);
    }
    expect(pipeline.variables.TERRAFORM_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(atLeast(pipeline.variables.TERRAFORM_VERSION, TERRAFORM_FOR_AZURE_PIPELINES_OIDC)).toBe(true);
    expect(atLeast('1.11.1', TERRAFORM_FOR_AZURE_PIPELINES_OIDC)).toBe(false);
    expect(readFileSync(join(ROOT, 'docs', 'pipelines.md'), 'utf8')).toMatch(/Terraform 1\.11\.2 or later/);
  });

  test('synth publishes the JSON and the HCL', () => {
    const steps = stage('synth').jobs[0].steps;
    expect(steps.filter((s: any) => s.publish).map((s: any) => [s.artifact, s.publish])).toEqual([['terraform-json', 'cdktf.out/stacks'], ['terraform-hcl', 'cdktf.out.hcl/stacks']]);
  });

  test('pull requests: cdktf diff per stack, kept as the plan artifact', () => {
    expect(stage('diff').condition).toBe('and(succeeded(), eq(variables.isPullRequest, true))');
    const steps = stage('diff').jobs[0].steps;
    expect(commandsOf(steps)).toMatch(/npx cdktf diff "\$stack" --skip-synth --no-color \| tee "plan\/plan-\$stack\.txt"/);
    expect(steps.find((s: any) => s.artifact === 'plan')?.publish).toBe('plan');
  });

  test('main: cdktf deploy in a deployment job on the production environment', () => {
    expect(stage('deploy').condition).toBe('and(succeeded(), eq(variables.isMain, true), ne(variables.isPullRequest, true))');
    const job = stage('deploy').jobs[0];
    expect(job.deployment).toBe('deploy');
    expect(job.environment).toBe('production');
    expect(commandsOf(job.strategy.runOnce.deploy.steps)).toContain("npx cdktf deploy '*' --skip-synth --auto-approve");
  });

  test('the binary plan of each stack is kept too, as the tfplan artifact', () => {
    const steps = stage('diff').jobs[0].steps;
    expect(steps.find((s: any) => s.artifact === 'tfplan')?.publish).toBe('tfplan');
    expect(diffTask().inputs.inlineScript).toContain('cp "cdktf.out/stacks/$stack/plan" "tfplan/$stack.tfplan"');
  });

  test('set -o pipefail wherever a step pipes', () => {
    const jobSteps = (stageName: string) => stage(stageName).jobs.flatMap((job: any) => job.steps ?? job.strategy.runOnce.deploy.steps);
    expectPipefailWherePiped([...['synth', 'diff', 'deploy'].flatMap((name) => scriptsOf(jobSteps(name))), ...scriptsOf(setup.steps)]);
  });

  test('a failing cdktf diff fails the task, though its output goes through tee; each plan is copied', () => {
    const script = diffTask().inputs.inlineScript;
    expect(runDiff(script, 1).status).not.toBe(0);
    const passed = runDiff(script, 0);
    expect(passed.status).toBe(0);
    expect(passed.files).toEqual(['plan/plan-exo-a.txt', 'plan/plan-exo-b.txt', 'tfplan/exo-a.tfplan', 'tfplan/exo-b.tfplan']);
  });

  describe('refuses local state', () => {
    const script = describeStateCheck(() => stage('synth').jobs[0].steps, (step) => step?.script);
    test('diff and deploy wait for it; the same check as on GitHub; no $( macro for Azure Pipelines to expand', () => {
      expect(stage('diff').dependsOn).toBe('synth');
      expect(stage('deploy').dependsOn).toBe('synth');
      const github = parse(read('github-actions/exchange-online.yml')).jobs.synth.steps.find((s: any) => s.name === STATE_CHECK).run;
      expect(script()).toBe(github);
      expect(script()).not.toContain('$(');
    });
  });

  test('deploys queue for the exclusive lock in order (lockBehavior: sequential), never two at once', () => {
    expect(stage('deploy').lockBehavior).toBe('sequential');
  });

  test('the pr trigger says that Azure Repos Git ignores it (build validation instead)', () => {
    const comment = text.slice(text.indexOf('\npr:') - 400, text.indexOf('\npr:'));
    expect(comment).toMatch(/Azure Repos Git/);
    expect(comment).toMatch(/[Bb]uild validation/);
  });

  test('the cdktf flags exist in the pinned cdktf-cli', () => {
    expectKnownFlags(text);
  }, 60_000);
});

describe('docs/pipelines.md: concurrency', () => {
  const docs = readFileSync(join(ROOT, 'docs', 'pipelines.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## Concurrency and the state lock'), docs.indexOf('\n## ', docs.indexOf('## Concurrency and the state lock') + 1));

  test.each([
    ['GitHub: the diff never takes the lock', /-lock=false/],
    ['GitHub: deploys are serialized by the concurrency group', /concurrency/],
    ['Azure Pipelines: an Exclusive lock check on the production environment, with lockBehavior: sequential', /Exclusive lock[\s\S]*lockBehavior: sequential|lockBehavior: sequential[\s\S]*Exclusive lock/],
    ['Azure Pipelines: Azure Repos Git needs a build validation branch policy for pull requests', /Azure Repos Git[\s\S]*[Bb]uild validation/],
  ])('%s', (_what, pattern) => {
    expect(section.length).toBeGreaterThan(100);
    expect(section).toMatch(pattern);
  });
});

describe('docs/pipelines.md: one-time setup', () => {
  const docs = readFileSync(join(ROOT, 'docs', 'pipelines.md'), 'utf8');

  test('GitHub: the plan app trusts only pull requests, the deploy app only the production environment', () => {
    const credentials = docs.split('\n').filter((line) => line.includes('az ad app federated-credential create'));
    const subjects = credentials.map((line) => [/--id "\$(\w+)"/.exec(line)?.[1], /\\"subject\\":\\"([^\\]+)\\"/.exec(line)?.[1]]);
    expect(subjects).toEqual([
      ['PLAN_APP_ID', 'repo:contoso/exo-automation:pull_request'],
      ['DEPLOY_APP_ID', 'repo:contoso/exo-automation:environment:production'],
    ]);
  });

  test('Azure Pipelines: a plan service connection, and checks on the deploy service connection', () => {
    const section = docs.slice(docs.indexOf('## One-time setup'), docs.indexOf('## Variants'));
    for (const phrase of ['PLAN_SERVICE_CONNECTION', 'DEPLOY_SERVICE_CONNECTION', 'Branch control', 'Approvals']) {
      expect(`${phrase}: ${section.includes(phrase)}`).toBe(`${phrase}: true`);
    }
  });

  test('warns that the deploy identity can make itself Global Administrator', () => {
    expect(docs).toMatch(/RoleManagement\.ReadWrite\.Directory[^\n]*Global Administrator/);
  });
});

describe('the pinned cdktf-cli', () => {
  test('cdktf diff writes the binary plan to "plan" in the stack\'s directory (cdktf.out/stacks/<stack>/plan)', () => {
    const cli = readFileSync(join(ROOT, 'node_modules', '@cdktf', 'cli-core', 'src', 'lib', 'models', 'terraform-cli.js'), 'utf8');
    expect(cli).toContain('const planFile = "plan";');
    expect(cli).toContain('options.push("-out", planFile);');
    expect(cli).toMatch(/this\.workdir = stack\.workingDirectory;/);
  });
});

describe('docs/pipelines.md: outputs.json', () => {
  const docs = readFileSync(join(ROOT, 'docs', 'pipelines.md'), 'utf8');

  /** outputs.json as `cdktf deploy --outputs-file` writes it for the default example (cdktf-cli's own code). */
  function writtenByCdktf(): any {
    const app = Testing.app();
    new SystemAssignedExampleStack(app, 'exo-system-assigned');
    app.synth();
    const stack = JSON.parse(readFileSync(join(app.outdir, 'stacks', 'exo-system-assigned', 'cdk.tf.json'), 'utf8'));
    expect(stack['//'].outputs).toBeDefined();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { getConstructIdsForOutputs, saveOutputs } = require('@cdktf/cli-core/src/lib/output');
    const outputs = Object.fromEntries(Object.keys(stack.output).map((name) => [name, { value: `<${name}>`, sensitive: false, type: 'string' }]));
    const file = join(app.outdir, 'outputs.json');
    saveOutputs(file, getConstructIdsForOutputs(stack, outputs), false);
    return JSON.parse(readFileSync(file, 'utf8'));
  }

  /** The keys of a JSON value at every level, leaves replaced by their type. */
  const shape = (value: any): any => (value && typeof value === 'object'
    ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, shape(value[k])])) : typeof value);

  test('its example has the shape cdktf writes: outputs nested by stack, then construct path', () => {
    const written = writtenByCdktf();
    expect(written).toEqual({ 'exo-system-assigned': { exo: { connect_command: '<exo_connect_command>', principal_id: '<exo_principal_id>' } } });
    const section = docs.slice(docs.indexOf('## What `outputs.json` holds'));
    const example = /```json\n([\s\S]*?)\n```/.exec(section);
    expect(example).not.toBeNull();
    expect(shape(JSON.parse(example![1]))).toEqual(shape(written));
  });

  test('its jq path reads a value of that file; no text claims the flat names are in it', () => {
    const path = /jq -r '([^']+)' outputs\.json/.exec(docs)![1];
    const keys = [...path.matchAll(/\.(?:"([^"]+)"|([A-Za-z_][\w-]*))/g)].map((m) => m[1] ?? m[2]);
    expect(typeof keys.reduce((value: any, key) => value?.[key], writtenByCdktf())).toBe('string');
    expect(docs).not.toMatch(/outputs\.json`?: `exo_principal_id`/);
  });
});
