// The HCL output carries what the JSON carries, in the form Terraform reads: postconditions as blocks
// (the same conditions as the JSON), depends_on as references, required_version as a setting, and
// references without interpolation-only strings, while runbook text in heredocs stays byte-for-byte.
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { EntraRole, ExchangeOnlineAutomation, RunbookScript, ScheduleFrequency } from '../../lib';
import { heredocDelimiter, unwrapInterpolationOnly } from '../../lib/stack/hcl-output';
import { newStackWithProviders, synthJson } from '../support/helpers';

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

// A runbook whose here-string has lines `EOF`, `  EOF` and `EOF_1`: cdktf's own `<<EOF` heredoc would end
// at the first of them; the package picks a delimiter no line equals. Text with CR LF is written as a quoted
// string with escapes, so its bytes survive. Terraform itself reads both back (`terraform console`).
describe('HCL output of runbook text', () => {
  const SCRIPTS = {
    heredoc: 'Write-Output @"\nEOF\n  EOF\n\tEOF_1  \n${env:TEMP} %{ x } "quoted" \\ back\n"@\n',
    crlf: 'Write-Output @"\r\n  EOF\r\nline "two" \\ ${env:TEMP}\r\n"@\r\n',
  };
  const SCHEDULE_VALUE = '${env:TEMP}\\report "x" %{y}.csv';
  function hclFor(script: string): string {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, connectionCheckRunbook: false });
    exo.addRunbook('r', {
      name: 'R', script: RunbookScript.fromInline(`param([string]$Path)\n${script}`),
      schedule: { frequency: ScheduleFrequency.DAY, parameters: { Path: SCHEDULE_VALUE } },
    });
    return Testing.synthHcl(stack);
  }
  /** Terraform's value of an HCL expression (`terraform console`, no providers needed). */
  function terraformReads(expression: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'exo-hcl-'));
    writeFileSync(join(dir, 'main.tf'), `locals {\n  value = ${expression}\n}\n`);
    const run = spawnSync('terraform', ['console'], {
      cwd: dir, encoding: 'utf8', input: 'jsonencode(local.value)\n',
      env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' },
    });
    expect(run.stderr).toBe('');
    return JSON.parse(JSON.parse(run.stdout.trim()));
  }
  /** The value of the `content = ...` argument of the runbook, as written in the HCL. */
  function contentExpression(hcl: string): string {
    const start = hcl.indexOf('content = ') + 'content = '.length;
    if (hcl.startsWith('<<', start)) {
      const delimiter = hcl.slice(start + 2, hcl.indexOf('\n', start));
      const end = hcl.indexOf(`\n${delimiter}\n`, start);
      return hcl.slice(start, end + delimiter.length + 1);
    }
    return hcl.slice(start, hcl.indexOf('\n', start));
  }
  const hcls = { heredoc: hclFor(SCRIPTS.heredoc), crlf: hclFor(SCRIPTS.crlf) };

  test('picks a heredoc delimiter that no line of the text equals, trimmed', () => {
    expect(heredocDelimiter('a\nEOF\n  EOF_1 \nEOF_2x\n')).toBe('EOF_2');
    expect(heredocDelimiter('a\nb\n')).toBe('EOF');
    expect(hcls.heredoc).toContain('content = <<EOF_2\n');
    expect(hcls.heredoc).toContain('\nEOF\n  EOF\n\tEOF_1  \n');
    expect(hcls.crlf).toMatch(/content = ".*\\r\\n  EOF\\r\\n/);
  });

  const version = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  const missing = version.error || version.status !== 0 ? 'no terraform binary on PATH' : undefined;
  if (missing) {
    process.stderr.write(`\n${process.env.CI === 'true' ? 'FAILING' : 'SKIPPED'}: terraform console of runbook HCL: ${missing}.\n`);
  }
  (missing && process.env.CI !== 'true' ? test.skip : test).each(Object.keys(SCRIPTS))('terraform reads the %s runbook text back as the JSON has it', (kind) => {
    if (missing) {
      throw new Error(missing);
    }
    const hcl = hcls[kind as keyof typeof SCRIPTS];
    const value = terraformReads(contentExpression(hcl));
    expect(value).toContain(SCRIPTS[kind as keyof typeof SCRIPTS]);
    expect(value.endsWith('Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue\n}\n')).toBe(true);
  });
  (missing && process.env.CI !== 'true' ? test.skip : test)('terraform reads a schedule parameter value with backslash, quotes and template characters as written', () => {
    if (missing) {
      throw new Error(missing);
    }
    const line = /^\s*path = (.*)$/m.exec(hcls.heredoc)?.[1] ?? '';
    expect(line).toBe('"$${env:TEMP}\\\\report \\"x\\" %%{y}.csv"');
    expect(terraformReads(line)).toBe(SCHEDULE_VALUE);
  });
});
