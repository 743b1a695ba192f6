// The split of a user's script into preamble (what PowerShell needs before any command) and body, found by
// the linear tokenizer (lib/validation/powershell-scanner.ts); PowerShell itself checks the resulting runbooks
// in test/repository/powershell/runbooks.test.ts.
import { scriptStructure } from '../../lib/exchange/script-structure';
import { scanPowerShell } from '../../lib/validation/powershell-scanner';
import { ExchangeOnlineAutomation, EntraRole, RunbookScript, ScheduleFrequency } from '../../lib';
import { newStackWithProviders, resourcesOf, synthJson } from '../support/helpers';

describe('scriptStructure', () => {
  test.each([
    ['no preamble', 'Get-Mailbox\n', '', 'Get-Mailbox\n'],
    ['blank lines only before the first command', '\n\n  Get-Mailbox\n', '', '\n\n  Get-Mailbox\n'],
    ['leading comments and #Requires', '#Requires -Version 7.4\n# report\nGet-Mailbox\n', '#Requires -Version 7.4\n# report\n', 'Get-Mailbox\n'],
    ['using statements', 'using namespace System.Text\nusing module Foo; Get-Mailbox\n', 'using namespace System.Text\nusing module Foo', '; Get-Mailbox\n'],
    ['attributes and param on one line', '[CmdletBinding()][OutputType([string])] param([string]$A = "x)") Get-Mailbox\n',
      '[CmdletBinding()][OutputType([string])] param([string]$A = "x)")', ' Get-Mailbox\n'],
    ['help, attributes, param over lines, CRLF', '<#\r\n.SYNOPSIS\r\n x\r\n#>\r\n[CmdletBinding()]\r\nparam(\r\n  [Parameter(Mandatory)]$A\r\n)\r\n# body comment\r\nGet-Mailbox\r\n',
      '<#\r\n.SYNOPSIS\r\n x\r\n#>\r\n[CmdletBinding()]\r\nparam(\r\n  [Parameter(Mandatory)]$A\r\n)\r\n', '# body comment\r\nGet-Mailbox\r\n'],
    ['a type literal is a command, not an attribute', '[Net.ServicePointManager]::SecurityProtocol = 3\nGet-Mailbox\n', '', '[Net.ServicePointManager]::SecurityProtocol = 3\nGet-Mailbox\n'],
    ['param inside a here-string is text', '$a = @"\nparam($x)\n"@\nGet-Mailbox\n', '', '$a = @"\nparam($x)\n"@\nGet-Mailbox\n'],
  ])('%s', (_label, text, preamble, body) => {
    const structure = scriptStructure(text);
    expect(structure.problem).toBeUndefined();
    expect(structure.preamble).toBe(preamble);
    expect(structure.body).toBe(body);
    expect(structure.preamble + structure.body).toBe(text);
  });

  test('reads the parameters of param(): names, types, mandatory, defaults with brackets and commas', () => {
    const structure = scriptStructure([
      'param(',
      '  [Parameter(Mandatory = $true, HelpMessage = "a, b")][ValidateSet("x", "y")][string[]]$Names,',
      '  [Parameter(Mandatory = $false)][int]$Days = (1, 2)[0],',
      '  [Parameter(Mandatory)]${Odd Name},',
      '  $Plain = @{ a = 1; b = @(1, 2) }',
      ')',
      'Get-Mailbox',
    ].join('\n'));
    expect(structure.parameters).toEqual([
      { name: 'Names', type: 'string[]', mandatory: true },
      { name: 'Days', type: 'int', mandatory: false },
      { name: 'Odd Name', type: undefined, mandatory: true },
      { name: 'Plain', type: undefined, mandatory: false },
    ]);
  });

  test('finds named blocks and Connect-ExchangeOnline in code only', () => {
    expect(scriptStructure('param($a)\nbegin { }\nprocess { Get-Mailbox }\n').namedBlocks).toBe(true);
    expect(scriptStructure('Begin-Thing\n').namedBlocks).toBe(false);
    expect(scriptStructure('# Connect-ExchangeOnline\n$a = "Connect-ExchangeOnline"\n<# Connect-ExchangeOnline #>\nGet-Mailbox\n').callsConnect).toBe(false);
    expect(scriptStructure('ExchangeOnlineManagement\\Connect-ExchangeOnline -ManagedIdentity\n').callsConnect).toBe(true);
    expect(scriptStructure('$x = "$(Connect-ExchangeOnline)"\n').callsConnect).toBe(true);
  });

  test('adversarial and large inputs complete, with work bounded by the length', () => {
    const inputs = [
      `${'#'.repeat(60)}\n`.repeat(2000) + 'Get-Mailbox\n',
      '# comment line with two trailing spaces  \n'.repeat(5000) + 'Get-Mailbox\n',
      '[' .repeat(20000) + 'param(',
      '"$('.repeat(20000),
      '<#'.repeat(20000),
      '@"\n'.repeat(20000),
      'Get-Mailbox\n$a = @"   ',
      `Get-Mailbox -Identity 'x' | Out-Null # ${'a'.repeat(40)}\n`.repeat(Math.ceil(1_048_576 / 80)),
    ];
    for (const text of inputs) {
      const scan = scanPowerShell(text);
      expect(scan.tokens.length).toBeLessThanOrEqual(text.length);
      expect(() => scriptStructure(text)).not.toThrow();
    }
    expect(inputs[inputs.length - 1].length).toBeGreaterThanOrEqual(1_048_576);
  });
});

describe('runbook text around the preamble', () => {
  function contentOf(script: string, options: object = {}): { content: string; json: any } {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-test',
      roles: [EntraRole.GLOBAL_READER], connectionCheckRunbook: false,
    });
    exo.addRunbook('r', { name: 'R', script: RunbookScript.fromInline(script), ...options });
    const json = synthJson(stack);
    return { content: Object.values(resourcesOf(json, 'azurerm_automation_runbook'))[0].content, json };
  }

  test('puts using, attributes and param() before the connect line, the body after it', () => {
    const { content } = contentOf('using namespace System.Text\n[CmdletBinding()]\nparam([string]$Name)\nGet-Mailbox $Name\n');
    expect(content).toMatch(/^using namespace System\.Text\n\[CmdletBinding\(\)\]\nparam\(\[string\]\$Name\)\n# Generated by .*\nConnect-ExchangeOnline .*\ntry \{\nGet-Mailbox \$Name\n\}\nfinally \{/);
  });

  test('runs named blocks as a script block that declares the same parameters', () => {
    const { content } = contentOf('[CmdletBinding()]\nparam($A)\nbegin { }\nprocess { Get-Mailbox }\n');
    expect(content).toContain('try {\n& {\n[CmdletBinding()]\nparam($A)\nbegin { }\nprocess { Get-Mailbox }\n} @PSBoundParameters\n}\nfinally {');
  });

  test('strips a leading byte order mark from inline text', () => {
    expect(contentOf('\uFEFFGet-Mailbox\n').content).not.toContain('\uFEFF');
  });

  test('escapes schedule parameter values for Terraform, as PowerShell text', () => {
    const { json } = contentOf('param([string]$Path)\nGet-Mailbox\n', { schedule: { frequency: ScheduleFrequency.DAY, parameters: { Path: '${env:TEMP}\\r-%{x}.csv' } } });
    expect(Object.values(resourcesOf(json, 'azurerm_automation_job_schedule'))[0].parameters).toEqual({ path: '$${env:TEMP}\\r-%%{x}.csv' });
  });
});
