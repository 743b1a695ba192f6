// `exo-tenants synth` reports warnings in the file's words, and writes what one App with every stack would
// write, byte for byte, although each tenant is synthesized in an App of its own. How it owns its output
// folder is tested in test/tenants/owned-output.test.ts.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative } from 'path';
import { App } from 'cdktf';
import { filesUnder, runTenantsCommand, TENANTS_FILE, writeTenantsFile } from '../support/tenants-file';
import { TenantStacks } from '../../lib';
import * as tenantStackModule from '../../lib/tenants/tenant-stack';
import { OWNED_FILES_RECORD, synthTenantsFile } from '../../lib/tenants/tenants-synth';

const temp = (prefix = 'exo-tenants-synth-') => mkdtempSync(join(tmpdir(), prefix));

/** What `app.synth()` of one App with every tenant's stack writes (the command's output before it synthesized per tenant). */
function synthInOneApp(file: string, outdir: string, hcl: boolean): void {
  const before = process.env.SYNTH_HCL_OUTPUT;
  process.env.SYNTH_HCL_OUTPUT = hcl ? 'true' : 'false';
  try {
    const app = new App({ outdir, skipValidation: false });
    TenantStacks.fromFile(app, file);
    app.synth();
  } finally {
    if (before === undefined) {
      delete process.env.SYNTH_HCL_OUTPUT;
    } else {
      process.env.SYNTH_HCL_OUTPUT = before;
    }
  }
}

/** The manifest without the stack traces of its annotations (they name the calling code, which differs). */
function withoutTraces(files: Record<string, string>): Record<string, string> {
  const manifest = JSON.parse(files['manifest.json']);
  for (const stack of Object.values<any>(manifest.stacks)) {
    for (const annotation of stack.annotations) {
      delete annotation.stacktrace;
    }
  }
  return { ...files, 'manifest.json': JSON.stringify(manifest) };
}

// TypeScript names the command must never print.
const TYPESCRIPT = /PolicySuppressions|PowerShellRuntime|EntraRole|ScheduleFrequency|CDKTF_CONTINUE|\.add\(/;

describe('exo-tenants synth writes what one App would', () => {
  test('the example, JSON: every file byte for byte (manifest.json included)', () => {
    const dir = temp();
    const file = writeTenantsFile(dir);
    synthInOneApp(file, join(dir, 'one-app'), false);
    synthTenantsFile(file, { outdir: join(dir, 'per-tenant'), hcl: false });
    const expected = filesUnder(join(dir, 'one-app'));
    expect(Object.keys(expected).sort()).toEqual(['manifest.json', 'stacks/exo-contoso/cdk.tf.json', 'stacks/exo-fabrikam/cdk.tf.json']);
    expect(filesUnder(join(dir, 'per-tenant'))).toEqual(expected);
  });

  test('six tenants with warnings, JSON and HCL: every stack file byte for byte, the manifest apart from stack traces', () => {
    const dir = temp();
    const file = writeTenantsFile(dir, (c) => {
      for (let i = 0; i < 4; i++) {
        const copy = JSON.parse(JSON.stringify(c.tenants[i % 2]));
        Object.assign(copy, { name: `${copy.name}-${i}`, resourceGroupName: `${copy.resourceGroupName}-${i}` });
        c.tenants.push(copy);
      }
      c.tenants[2].roles = ['Exchange Administrator', 'Security Administrator'];
      c.tenants[3].roles = [];
      c.tenants[4].runbooks[0].schedule.startTime = '2020-01-01T06:00:00Z';
    });
    for (const hcl of [false, true]) {
      synthInOneApp(file, join(dir, `one-app-${hcl}`), hcl);
      const { warnings } = synthTenantsFile(file, { outdir: join(dir, `per-tenant-${hcl}`), hcl });
      expect(warnings).toHaveLength(4);
      if (hcl) {
        // The command formats HCL with terraform fmt, as `cdktf synth --hcl` does; format the reference too.
        spawnSync('terraform', ['fmt', '-recursive', join(dir, `one-app-${hcl}`, 'stacks')]);
      }
      const expected = filesUnder(join(dir, `one-app-${hcl}`));
      expect(Object.keys(expected)).toHaveLength(hcl ? 13 : 7);
      const actual = filesUnder(join(dir, `per-tenant-${hcl}`));
      expect(withoutTraces(actual)).toEqual(withoutTraces(expected));
      expect(Object.keys(actual).filter((name) => actual[name] !== expected[name])).toEqual(['manifest.json']);
    }
  });
});

test('each tenant\'s App is released: cdktf\'s process-wide token map keeps none of its tokens (bounded memory)', () => {
  const dir = temp();
  const file = writeTenantsFile(dir);
  synthTenantsFile(file, { outdir: join(dir, 'warm-up'), hcl: false });
  const map = (globalThis as any).__cdktfTokenMap;
  const sizes = () => [map.stringTokenMap.size, map.numberTokenMap.size];
  const before = sizes();
  synthTenantsFile(file, { outdir: join(dir, 'out'), hcl: false });
  expect(sizes()).toEqual(before);
  // The same stacks in one App leave their tokens (and through them the App) in the map.
  synthInOneApp(file, join(dir, 'one-app'), false);
  expect(sizes()[0]).toBeGreaterThan(before[0]);
});

describe('exo-tenants synth owns its output', () => {
  test('a tenant whose stack fails to synthesize: exit 1 naming its JSON path, and the previous output untouched', () => {
    const dir = temp();
    const out = join(dir, 'cdktf.out');
    const file = writeTenantsFile(dir);
    expect(runTenantsCommand(['synth', file, '--output', out]).code).toBe(0);
    const before = filesUnder(out, true);
    const Original = tenantStackModule.TenantStack;
    const spy = jest.spyOn(tenantStackModule, 'TenantStack').mockImplementation(function (this: unknown, scope: any, id: string, props: any) {
      const stack = new Original(scope, id, props);
      if (id === 'exo-fabrikam') {
        throw new Error('exo-fabrikam/exo: something broke');
      }
      return stack;
    } as any);
    try {
      const { code, err } = runTenantsCommand(['synth', file, '--hcl', '--output', out]);
      expect(code).toBe(1);
      expect(err).toBe(`exo-tenants: ${file}: tenants[1] (stack exo-fabrikam) exo-fabrikam/exo: something broke`);
    } finally {
      spy.mockRestore();
    }
    expect(filesUnder(out, true)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual([OWNED_FILES_RECORD, 'manifest.json', 'stacks']);
  });

  test('a run that fails leaves the previous output as it was, and no staging folder behind', () => {
    const dir = temp();
    const out = join(dir, 'cdktf.out');
    expect(runTenantsCommand(['synth', writeTenantsFile(dir), '--output', out]).code).toBe(0);
    const before = filesUnder(out, true);
    const { code } = runTenantsCommand(['synth', writeTenantsFile(dir, (c) => { c.tenants[1].runtime = '7.3'; }), '--hcl', '--output', out]);
    expect(code).toBe(1);
    expect(filesUnder(out, true)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['cdktf.out', 'tenants.json']);
    expect(readdirSync(out).sort()).toEqual([OWNED_FILES_RECORD, 'manifest.json', 'stacks']);
  });
});

describe('exo-tenants synth speaks the file', () => {
  test('warnings name the JSON path and the suppression to add, and no TypeScript', () => {
    const dir = temp();
    const file = writeTenantsFile(dir, (c) => {
      c.tenants[0].roles = [];
      c.tenants[0].runbooks[0].schedule.startTime = '2020-01-01T06:00:00Z';
      c.tenants[1].roles = ['Global Reader', 'Global Administrator'];
      c.tenants[1].acknowledgeGlobalAdministratorGrantsFullTenantControl = true;
    });
    const { code, err, out } = runTenantsCommand(['synth', file, '--output', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(out).toContain('contoso: ');
    const fix = (i: number, rule: string) => `To accept it, add { "ruleId": "${rule}", "reason": "<why, 10 characters or more>" } to tenants[${i}].suppressions.`;
    expect(err.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^exo-tenants: warning: ${file}: tenants\\[0\\]\\.roles \\[EXO11\\] roles is empty, .*\\(found \\[\\]\\) ${escape(fix(0, 'EXO11'))}$`)),
      expect.stringMatching(new RegExp(`^exo-tenants: warning: ${file}: tenants\\[0\\]\\.runbooks\\[0\\]\\.schedule\\.startTime \\[EXO12\\] schedule\\.startTime is less than five minutes ahead.* ${escape(fix(0, 'EXO12'))}$`)),
      expect.stringMatching(new RegExp(`^exo-tenants: warning: ${file}: tenants\\[1\\]\\.roles\\[1\\] \\[EXO6\\] The identity gets a high-privilege role .*\\(role: Global Administrator\\) ${escape(fix(1, 'EXO6'))}$`)),
    ]);
    expect(err).not.toMatch(TYPESCRIPT);
  });

  test('the retired 7.2 runtime is warned about at the runtime field, naming the runtimes as the file writes them', () => {
    const dir = temp();
    const file = writeTenantsFile(dir, (c) => { c.tenants[0].runtime = '7.2'; delete c.tenants[0].exchangeModuleVersion; });
    const { code, err } = runTenantsCommand(['synth', file, '--output', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(err.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^exo-tenants: warning: ${escape(file)}: tenants\\[0\\]\\.runtime \\[EXO16\\] .*retired .*2026-09-30.*PowerShell 7\\.6, or 7\\.4.* \\(found 7\\.2\\) To accept it, add \\{ "ruleId": "EXO16"`)),
    ]);
    expect(err).not.toMatch(TYPESCRIPT);
  });

  test('a finding several constructs report about one field is printed once, with the value found', () => {
    const dir = temp();
    writeFileSync(join(dir, 'Connects.ps1'), 'Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com\nGet-Mailbox\n');
    const file = writeTenantsFile(dir, (c) => {
      c.tenants[1].exchangeModuleVersion = '3.9.1-Preview1';
      c.tenants[0].runbooks.push({ name: 'Connects', file: relative(dirname(TENANTS_FILE), join(dir, 'Connects.ps1')) });
    });
    const { code, err } = runTenantsCommand(['synth', file, '--output', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(err.split('\n')).toEqual([
      `exo-tenants: warning: ${file}: tenants[0].runbooks[1].file [EXO14] The script calls Connect-ExchangeOnline itself; the runbook already connects as the managed identity before the script runs. (found Connects.ps1) To accept it, add { "ruleId": "EXO14", "reason": "<why, 10 characters or more>" } to tenants[0].suppressions.`,
      `exo-tenants: warning: ${file}: tenants[1].exchangeModuleVersion [EXO13] The ExchangeOnlineManagement version is a preview release; Microsoft recommends General Availability versions for production runbooks. (found 3.9.1-Preview1) To accept it, add { "ruleId": "EXO13", "reason": "<why, 10 characters or more>" } to tenants[1].suppressions.`,
    ]);
  });

  test('a suppression in the file silences its warning', () => {
    const dir = temp();
    const file = writeTenantsFile(dir, (c) => {
      c.tenants[0].runbooks[0].schedule.startTime = '2020-01-01T06:00:00Z';
      c.tenants[0].suppressions = [{ ruleId: 'EXO12', reason: 'the schedule exists already; the start time is kept as it was' }];
    });
    expect(runTenantsCommand(['synth', file, '--output', join(dir, 'out')])).toEqual({ code: 0, out: expect.any(String), err: '' });
  });

  test('Global Administrator without the acknowledgement names the field the file accepts', () => {
    const dir = temp();
    const file = writeTenantsFile(dir, (c) => { c.tenants[1].roles = ['Global Administrator']; });
    const { code, err } = runTenantsCommand(['synth', file, '--output', join(dir, 'out')]);
    expect(code).toBe(1);
    expect(err).toBe(`exo-tenants: ${file}: tenants[1].roles[0] "Global Administrator" is refused by default: Global Administrator gives the identity full control of the tenant. `
      + 'Use a least-privilege role (Exchange Recipient Administrator, Exchange Administrator, Global Reader) or set acknowledgeGlobalAdministratorGrantsFullTenantControl: true on tenants[1]');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('two tenants that claim one resource group and Automation account: refused, naming both JSON paths', () => {
    const dir = temp();
    const file = writeTenantsFile(dir, (c) => {
      Object.assign(c.tenants[1], { subscriptionId: c.tenants[0].subscriptionId, resourceGroupName: c.tenants[0].resourceGroupName, automationAccountName: c.tenants[0].automationAccountName });
    });
    const { code, err } = runTenantsCommand(['synth', file, '--output', join(dir, 'out')]);
    expect(code).toBe(1);
    expect(err).toBe(`exo-tenants: ${file}: tenants[1].resourceGroupName "rg-exo-contoso" in subscription 22222222-2222-2222-2222-222222222222 is also tenants[0].resourceGroupName, `
      + 'and tenants[1].automationAccountName "aa-exo-contoso" is the same Automation account in it, so two state files would manage one resource group '
      + '(each tenant\'s stack creates its resource group and everything in it); give each tenant its own resource group');
  });

  test('a file saved with a byte order mark is read; a syntax error names the line and column', () => {
    const dir = temp();
    const file = writeTenantsFile(dir);
    writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`);
    expect(runTenantsCommand(['synth', file, '--output', join(dir, 'out')]).code).toBe(0);
    writeFileSync(file, '{\n  "state": {\n    "resourceGroupName": "rg"\n    "storageAccountName": "st"\n  }\n}\n');
    expect(runTenantsCommand(['synth', file, '--output', join(dir, 'out')])).toEqual({
      code: 1, out: '', err: `exo-tenants: ${file}: (file) must be JSON: line 4, column 5: expected "," or "}" (found "\\"")`,
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
