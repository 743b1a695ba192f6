// The HCL output carries what the JSON carries, in the form Terraform reads: postconditions as blocks
// (the same conditions as the JSON), depends_on as references, required_version as a setting, and
// references without interpolation-only strings, while runbook text in heredocs stays byte-for-byte.
import { Testing } from 'cdktf';
import { EntraRole, ExchangeOnlineAutomation, RunbookScript } from '../lib';
import { unwrapInterpolationOnly } from '../lib/private/hcl-output';
import { newStackWithProviders, synthJson } from './helpers';

const EXO = {
  organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg-exo', location: 'westeurope', automationAccountName: 'aa-exo-prod',
  roles: [EntraRole.GLOBAL_READER],
};

function build() {
  const stack = newStackWithProviders();
  const exo = new ExchangeOnlineAutomation(stack, 'exo', {
    ...EXO, importExisting: { exchangeGrant: '/servicePrincipals/99999999-8888-7777-6666-555555555555/appRoleAssignedTo/abc' },
  });
  exo.addRunbook('report', { name: 'Get-Report', script: RunbookScript.fromInline('$name = "${env:COMPUTERNAME}"\nfoo = "${bar}"\n') });
  return stack;
}

describe('HCL output', () => {
  const stack = build();
  const hcl: string = Testing.synthHcl(stack);
  const json = synthJson(build());

  test('has the same postconditions as the JSON, as blocks', () => {
    const jsonConditions = [...JSON.stringify(json).matchAll(/"condition":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`).replace(/^\$\{|\}$/g, ''));
    const hclConditions = [...hcl.matchAll(/^\s*condition\s*=\s*(.*)$/gm)].map((m) => m[1]);
    expect(jsonConditions.length).toBeGreaterThan(1);
    expect(hclConditions).toEqual(jsonConditions);
    expect(hcl).not.toMatch(/postcondition\s*=/);
    expect(hcl).toMatch(/lifecycle \{\n\s*postcondition \{\n\s*condition/);
  });

  test('writes depends_on as references and required_version as a setting', () => {
    expect(hcl).toMatch(/depends_on = \[\n\s*azurerm_automation_module\.exo_exchange-modules_PackageManagement_resource_\w+\n\s*\]/);
    expect(hcl).not.toMatch(/depends_on = \[\n\s*"/);
    expect(hcl).toContain('required_version = ">= 1.5.0"');
    expect(hcl).not.toMatch(/^\s*\d+ = "/m);
  });

  test('writes references without interpolation-only strings, and leaves runbook text alone', () => {
    expect(hcl).toMatch(/automation_account_name\s*=\s*azurerm_automation_account\.exo_account_resource_\w+\.name\n/);
    expect(hcl).toContain('$name = "$${env:COMPUTERNAME}"');
    expect(hcl).toContain('foo = "$${bar}"');
  });

  test.each([
    ['  a = "${x.y}"', '  a = x.y'],
    ['  a = "${lookup(m, "k", "") == "v"}"', '  a = lookup(m, "k", "") == "v"'],
    ['  a = "${x} and ${y}"', '  a = "${x} and ${y}"'],
    ['  a = "prefix-${x}"', '  a = "prefix-${x}"'],
    ['  content = <<EOF\nb = "${c}"\nEOF', '  content = <<EOF\nb = "${c}"\nEOF'],
  ])('unwrapInterpolationOnly(%j)', (input, output) => {
    expect(unwrapInterpolationOnly(input)).toBe(output);
  });
});
