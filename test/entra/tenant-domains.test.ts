// The plan-time organization checks also hold for an organization given as a Terraform reference: it must
// be one of the tenant's domains, and (as a literal is checked at synth) of the form <name>.onmicrosoft.com.
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { EntraRole, ExchangeOnlineAutomation } from '../../lib';
import { requireOrganization } from '../../lib/validation/organization';
import { dataSourcesOf, newStackWithProviders, onlyResource, synthJson } from '../support/helpers';

function stackWithVariableOrganization(): TerraformStack {
  const stack = newStackWithProviders();
  const organization = new TerraformVariable(stack, 'organization', { type: 'string' });
  new ExchangeOnlineAutomation(stack, 'exo', {
    organization: organization.stringValue, resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod',
    roles: [EntraRole.GLOBAL_READER],
  });
  return stack;
}

function postconditions(stack: TerraformStack): { condition: string; error_message: string }[] {
  const [lookup] = Object.values(dataSourcesOf(synthJson(stack), 'azuread_domains')) as any[];
  return lookup.lifecycle.postcondition;
}

test('an organization given as a Terraform variable keeps the plan-time domain check', () => {
  expect(postconditions(stackWithVariableOrganization())).toContainEqual({
    condition: '${contains([for d in self.domains : lower(d.domain_name)], lower(var.organization))}',
    error_message: expect.stringContaining('Organization ${var.organization} is not a domain of the tenant'),
  });
});

test('an organization given as a Terraform variable is checked at plan time to be <name>.onmicrosoft.com, as a literal is at synth', () => {
  const format = postconditions(stackWithVariableOrganization()).find((p) => p.condition.includes('regex('));
  expect(format).toEqual({
    condition: expect.stringContaining('lower(var.organization)'),
    error_message: expect.stringMatching(/^Organization \$\{var\.organization\} must be the tenant's initial domain, <name>\.onmicrosoft\.com/),
  });
});

test('a literal organization gets no plan-time format check (synth has checked it)', () => {
  const stack = newStackWithProviders();
  new ExchangeOnlineAutomation(stack, 'exo', {
    organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER],
  });
  expect(postconditions(stack).filter((p) => p.condition.includes('regex('))).toEqual([]);
});

const TERRAFORM_ENV = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
const hasTerraform = !spawnSync('terraform', ['version'], { encoding: 'utf8', env: TERRAFORM_ENV }).error;
if (!hasTerraform) {
  process.stderr.write('\nSKIPPED the plan-time organization format check against Terraform: no terraform binary on PATH.\n');
}
const testIfTerraform = hasTerraform ? test : test.skip;

const CASES = [
  'contoso.onmicrosoft.com', 'Contoso.OnMicrosoft.COM', 'a.onmicrosoft.com', 'contoso-eu-01.onmicrosoft.com', `${'a'.repeat(63)}.onmicrosoft.com`,
  'contoso.com', 'mail.contoso.onmicrosoft.com', 'contoso.mail.onmicrosoft.com', '-contoso.onmicrosoft.com', 'contoso-.onmicrosoft.com',
  `${'a'.repeat(64)}.onmicrosoft.com`, '.onmicrosoft.com', 'contoso.onmicrosoft.com.evil.example', 'contoso_eu.onmicrosoft.com', 'contoso onmicrosoft com', '',
];

testIfTerraform('Terraform evaluates the plan-time format check as the synth-time check decides, case by case', () => {
  const format = postconditions(stackWithVariableOrganization()).find((p) => p.condition.includes('regex('))!;
  // The condition is `${<expression>}`; Terraform evaluates it for each case in one offline apply.
  const expression = format.condition.replace(/^\$\{|\}$/g, '').replace(/var\.organization/g, 'o');
  const dir = mkdtempSync(join(tmpdir(), 'exo-organization-'));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({
    variable: { cases: { type: 'list(string)', default: CASES } },
    output: { results: { value: `\${[for o in var.cases : ${expression}]}` } },
  }));
  const apply = spawnSync('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: dir, encoding: 'utf8', env: TERRAFORM_ENV });
  expect(apply.stderr).toBe('');
  const output = spawnSync('terraform', ['output', '-json', 'results'], { cwd: dir, encoding: 'utf8', env: TERRAFORM_ENV });
  const atPlan: boolean[] = JSON.parse(output.stdout);
  const atSynth = CASES.map((value) => {
    try {
      requireOrganization('test', 'organization', value);
      return true;
    } catch {
      return false;
    }
  });
  expect(Object.fromEntries(CASES.map((c, i) => [c, atPlan[i]]))).toEqual(Object.fromEntries(CASES.map((c, i) => [c, atSynth[i]])));
  expect(atSynth.filter(Boolean)).toHaveLength(5);
}, 120_000);

testIfTerraform('terraform validate reads the stack with the format check, as JSON and as HCL', () => {
  for (const [file, text] of [['main.tf.json', Testing.synth(stackWithVariableOrganization())], ['main.tf', Testing.synthHcl(stackWithVariableOrganization())]]) {
    const dir = mkdtempSync(join(tmpdir(), 'exo-organization-validate-'));
    writeFileSync(join(dir, file), text);
    const run = spawnSync('terraform', ['validate', '-json', '-no-color'], { cwd: dir, encoding: 'utf8', env: TERRAFORM_ENV });
    const diagnostics = (JSON.parse(run.stdout).diagnostics as any[])
      .filter((d) => !(d.severity === 'error' && d.summary === 'Missing required provider'))
      .map((d) => `${file}: ${d.severity}: ${d.summary} (${d.detail})`);
    expect(diagnostics).toEqual([]);
  }
}, 120_000);

// The organization check at plan time, on ExchangeOnlineAutomation.
const EXO = { resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };

describe('organization check at plan time', () => {
  test('a postcondition on data.azuread_domains requires the organization to be a domain of the tenant', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, organization: 'Contoso.onmicrosoft.com' });
    const lookups = Object.values(dataSourcesOf(synthJson(stack), 'azuread_domains')) as any[];
    expect(lookups).toHaveLength(1);
    expect(lookups[0].lifecycle.postcondition).toEqual([
      expect.objectContaining({ condition: '${length([for d in self.domains : d if d.initial]) > 0}' }),
      {
        condition: '${contains([for d in self.domains : lower(d.domain_name)], "contoso.onmicrosoft.com")}',
        error_message: expect.stringContaining('Organization contoso.onmicrosoft.com is not a domain of the tenant'),
      },
    ]);
  });

  test('without an organization, the tenant\'s initial domain is read and used in the runbooks and outputs', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', EXO);
    const json = synthJson(stack);
    const domains = dataSourcesOf(json, 'azuread_domains');
    const [initialId] = Object.entries(domains).find(([, d]: [string, any]) => d.only_initial === true)!;
    const reference = `\${data.azuread_domains.${initialId}.domains[0].domain_name}`;
    expect(Object.values(json.output).map((o: any) => o.value)).toContain(`Connect-ExchangeOnline -ManagedIdentity -Organization ${reference}`);
    expect(onlyResource(json, 'azurerm_automation_runbook').content).toContain(`-Organization '${reference}'`);
    expect(exo.organization).toBeDefined();
  });

  test('verifyOrganization: false adds no domain lookup', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, organization: 'contoso.onmicrosoft.com', verifyOrganization: false });
    expect(dataSourcesOf(synthJson(stack), 'azuread_domains')).toEqual({});
  });
});
