// The template model in terraform-template.ts, checked on known cases and, when a terraform binary is
// on PATH (no providers needed), against Terraform itself on a generated runbook.
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EntraRole, ExchangeOnlineAutomation, RunbookScript, UserAssignedIdentity } from '../../lib';
import { newStackWithProviders, resourcesOf, synthJson } from '../support/helpers';
import { evaluateTerraformTemplate } from '../support/terraform-template';

const TRICKY = 'Write-Output "${env:COMPUTERNAME}" %{ 1 } $${x} %%{y} $$$ %% \\ "q"\r\nnext line ✓\n';

function generatedRunbook(): string {
  const stack = newStackWithProviders();
  const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
  const exo = new ExchangeOnlineAutomation(stack, 'exo', {
    organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-test',
    userAssignedIdentity: identity, roles: [EntraRole.GLOBAL_READER], connectionCheckRunbook: false,
  });
  exo.addRunbook('tricky', { name: 'Tricky', script: RunbookScript.fromInline(TRICKY) });
  return (Object.values(resourcesOf(synthJson(stack), 'azurerm_automation_runbook'))[0] as any).content;
}

describe('evaluateTerraformTemplate', () => {
  test.each([
    ['$${a}', '${a}'], ['%%{a}', '%{a}'], ['$$${a}', '$${a}'], ['%%%{a}', '%%{a}'], ['${ref.x}', '<ref.x>'], ['$ % {}', '$ % {}'],
  ])('%s reads as %s', (template, expected) => {
    expect(evaluateTerraformTemplate(template)).toBe(expected);
  });

  test('an unescaped directive is an error', () => {
    expect(() => evaluateTerraformTemplate('a %{ if x }')).toThrow('template directive at offset 2');
  });
});

const hasTerraform = !spawnSync('terraform', ['version'], { encoding: 'utf8' }).error;
if (!hasTerraform) {
  process.stderr.write('\nSKIPPED the cross-check of the template model against Terraform: no terraform binary on PATH.\n');
}
const testIfTerraform = hasTerraform ? test : test.skip;

testIfTerraform('Terraform itself reads the generated runbook exactly as the model does, and keeps the script byte-for-byte', () => {
  const content = generatedRunbook();
  // Replace the one live reference with a literal so that Terraform can evaluate the template offline.
  const offline = content.replace(/\$\{(azurerm_[^}]+)\}/g, (_m, ref) => `\${"<${ref}>"}`);
  const dir = mkdtempSync(join(tmpdir(), 'exo-template-'));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ output: { content: { value: offline } } }));
  const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
  const apply = spawnSync('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: dir, encoding: 'utf8', env });
  expect(apply.status).toBe(0);
  const output = spawnSync('terraform', ['output', '-json', 'content'], { cwd: dir, encoding: 'utf8', env });
  const evaluatedByTerraform = JSON.parse(output.stdout);
  expect(evaluatedByTerraform).toBe(evaluateTerraformTemplate(content));
  expect(evaluatedByTerraform).toContain(`try {\n${TRICKY}}\n`);
}, 120_000);
