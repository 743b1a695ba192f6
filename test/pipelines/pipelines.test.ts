// The pipeline templates (pipelines/) parse, use only the OIDC variable names the providers document, carry
// no secret, run the diff on pull requests and the deploy on main behind an environment, publish the
// synthesized JSON and HCL, and call cdktf with flags the pinned cdktf-cli has.
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(ROOT, 'pipelines', file), 'utf8');

// Environment variable names the providers read for OIDC, from their guides at the versions the package
// admits: hashicorp/terraform-provider-azurerm website/docs/guides/service_principal_oidc.html.markdown
// (ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID from v4.18.0) and hashicorp/terraform-provider-azuread
// docs/guides/service_principal_oidc.md (from v3.2.0); ARM_USE_AZUREAD is the azurerm backend's
// use_azuread_auth (https://developer.hashicorp.com/terraform/language/backend/azurerm).
const PROVIDER_VARIABLES = new Set([
  'ARM_USE_OIDC', 'ARM_CLIENT_ID', 'ARM_TENANT_ID', 'ARM_SUBSCRIPTION_ID', 'ARM_USE_AZUREAD',
  'ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID', 'SYSTEM_ACCESSTOKEN', 'SYSTEM_OIDCREQUESTURI',
]);
const OTHER_VARIABLES = new Set(['CHECKPOINT_DISABLE', 'CI', 'NODE_VERSION', 'TERRAFORM_VERSION']);
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

describe('GitHub Actions: pipelines/github-actions/exchange-online.yml', () => {
  const text = read('github-actions/exchange-online.yml');
  const workflow = parse(text);
  const jobs = workflow.jobs;

  test('parses, with pull request and main triggers', () => {
    expect(workflow.on.pull_request.branches).toEqual(['main']);
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  test('OIDC: id-token write, the providers\' variable names, and no secret anywhere', () => {
    expect(workflow.permissions['id-token']).toBe('write');
    const names = Object.keys(workflow.env);
    expect(names.filter((n) => !PROVIDER_VARIABLES.has(n) && !OTHER_VARIABLES.has(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['ARM_USE_OIDC', 'ARM_CLIENT_ID', 'ARM_TENANT_ID', 'ARM_SUBSCRIPTION_ID', 'ARM_USE_AZUREAD']));
    expect(workflow.env.ARM_USE_OIDC).toBe('true');
    // The parsed content (comments explain there is no secret; the configuration must not have one).
    expect(JSON.stringify(workflow)).not.toMatch(SECRET);
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
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

  test('OIDC through the service connection: the providers\' variable names, no secret', () => {
    const tasks = [...stage('diff').jobs[0].steps, ...stage('deploy').jobs[0].strategy.runOnce.deploy.steps]
      .filter((s: any) => s.task === 'AzureCLI@2');
    expect(tasks).toHaveLength(2);
    for (const task of tasks) {
      expect(task.inputs.azureSubscription).toBe('$(SERVICE_CONNECTION)');
      const names = Object.keys(task.env);
      expect(names.filter((n) => !PROVIDER_VARIABLES.has(n))).toEqual([]);
      expect(names.sort()).toEqual([...PROVIDER_VARIABLES].sort());
      expect(task.env.SYSTEM_ACCESSTOKEN).toBe('$(System.AccessToken)');
    }
    expect(JSON.stringify(pipeline)).not.toMatch(SECRET);
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

  test('the cdktf flags exist in the pinned cdktf-cli', () => {
    expectKnownFlags(text);
  }, 60_000);
});
