// `exo-tenants synth`: the command ops teams run on a tenants file (lib/tenants/cli.ts). The packed
// tarball runs it for real in a fresh project (the package test's tenants-check.sh).
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TENANTS_FILE } from '../support/tenants-file';
import { runTenantsCli } from '../../lib/tenants/cli';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runTenantsCli(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const outdir = () => mkdtempSync(join(tmpdir(), 'exo-tenants-cli-'));

/** The example's runbook files as absolute paths, so a copy of the file in another folder finds them. */
function withAbsoluteScripts(config: any): any {
  for (const tenant of config.tenants) {
    for (const runbook of tenant.runbooks) {
      runbook.file = join(TENANTS_FILE, '..', runbook.file);
    }
  }
  return config;
}

describe('exo-tenants', () => {
  test('synth writes one JSON stack per tenant and says what to run next', () => {
    const dir = outdir();
    const { code, out } = run(['synth', TENANTS_FILE, '--output', dir]);
    expect(code).toBe(0);
    for (const tenant of ['contoso', 'fabrikam']) {
      const stack = JSON.parse(readFileSync(join(dir, 'stacks', `exo-${tenant}`, 'cdk.tf.json'), 'utf8'));
      expect(stack.terraform.backend.azurerm.key).toBe(`exchange-online/${tenant}.tfstate`);
      expect(out).toContain(`${tenant}: ${join(dir, 'stacks', `exo-${tenant}`, 'cdk.tf.json')}`);
    }
    expect(out).toContain(`terraform -chdir=${join(dir, 'stacks', 'exo-contoso')} init`);
    expect(process.env.SYNTH_HCL_OUTPUT).toBeUndefined();
  });

  test('--hcl writes cdk.tf', () => {
    const dir = outdir();
    expect(run(['synth', TENANTS_FILE, '--hcl', '--output', dir]).code).toBe(0);
    const hcl = readFileSync(join(dir, 'stacks', 'exo-fabrikam', 'cdk.tf'), 'utf8');
    expect(hcl).toContain('backend "azurerm" {');
    expect(existsSync(join(dir, 'stacks', 'exo-fabrikam', 'cdk.tf.json'))).toBe(false);
  });

  test('a problem in the file exits 1 with the JSON path', () => {
    const config = withAbsoluteScripts(JSON.parse(readFileSync(TENANTS_FILE, 'utf8')));
    config.tenants[0].runtime = '7.3';
    const file = join(outdir(), 'tenants.json');
    writeFileSync(file, JSON.stringify(config));
    const { code, err } = run(['synth', file, '--output', outdir()]);
    expect(code).toBe(1);
    expect(err).toBe(`exo-tenants: ${file}: tenants[0].runtime must be "5.1", "7.2", "7.4" or "7.6" (found "7.3")`);
  });

  test('every problem in the file is printed, one per line, and exits 1', () => {
    const config = withAbsoluteScripts(JSON.parse(readFileSync(TENANTS_FILE, 'utf8')));
    config.tenants[0].runtime = '7.3';
    config.tenants[1].tenantId = 'fabrikam';
    const file = join(outdir(), 'tenants.json');
    writeFileSync(file, JSON.stringify(config));
    const { code, err } = run(['synth', file, '--output', outdir()]);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `exo-tenants: ${file}: tenants[0].runtime must be "5.1", "7.2", "7.4" or "7.6" (found "7.3")`,
      `exo-tenants: ${file}: tenants[1].tenantId "fabrikam" must be a GUID: 8-4-4-4-12 hexadecimal digits such as 11111111-2222-3333-4444-555555555555 (not the nil GUID)`,
    ]);
  });

  test.each([
    [[], 'usage: exo-tenants synth'],
    [['deploy', 'tenants.json'], 'unknown command "deploy"'],
    [['synth'], 'synth needs the tenants file'],
    [['synth', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['synth', 'a.json', '--json'], 'unexpected argument "--json"'],
    [['synth', 'a.json', '--output'], '--output needs a directory'],
  ])('usage errors exit 2: %j', (args, message) => {
    const { code, err } = run(args as string[]);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  test('--help prints the usage and exits 0', () => {
    expect(run(['--help'])).toEqual({ code: 0, out: expect.stringContaining('usage: exo-tenants synth'), err: '' });
  });
});

describe('exo-tenants as a program (the bin)', () => {
  // The program runs lib/ with ts-node, as written (cdktf), whichever flavor jest maps the tests to.
  const ROOT = join(__dirname, '..', '..');

  /**
   * Runs lib/tenants/cli.ts as the main module, with cdktf's stack-trace capture wrapped to count the
   * captures the command takes, and those of them under Node's module-loading frames (every cdktf token
   * captures the whole call stack).
   */
  function runProgram(args: string[]) {
    const dir = outdir();
    const preload = join(dir, 'count-captures.js');
    writeFileSync(preload, `
      const traces = require(require.resolve('cdktf/lib/tokens/private/stack-trace', { paths: [${JSON.stringify(ROOT)}] }));
      const capture = traces.captureStackTrace;
      let all = 0, underLoading = 0;
      traces.captureStackTrace = (below) => {
        const frames = capture(below || traces.captureStackTrace);
        if (frames.some((frame) => frame.startsWith('runTenantsCli '))) {
          all++;
          if (frames.some((frame) => frame.includes('Module._compile'))) underLoading++;
        }
        return frames;
      };
      process.on('exit', () => process.stderr.write('captures ' + all + ', under module loading ' + underLoading + '\\n'));
    `);
    const program = spawnSync(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), '-r', preload,
      join(ROOT, 'lib', 'tenants', 'cli.ts'), ...args.map((arg) => (arg === 'out' ? join(dir, 'out') : arg))],
    { encoding: 'utf8', cwd: ROOT });
    return { code: program.status, out: program.stdout, err: program.stderr, output: join(dir, 'out') };
  }

  test('synthesizes from a callback of its own, not under the module-loading frames, and exits 0', () => {
    const program = runProgram(['synth', TENANTS_FILE, '--output', 'out']);
    expect(program.code).toBe(0);
    expect(existsSync(join(program.output, 'stacks', 'exo-contoso', 'cdk.tf.json'))).toBe(true);
    expect(program.err).toMatch(/captures [1-9]\d*, under module loading 0\n/);
  }, 60_000);

  test('a problem exits 1', () => {
    const program = runProgram(['synth', 'missing.json', '--output', 'out']);
    expect(program.code).toBe(1);
    expect(program.err).toContain('exo-tenants: ');
  }, 60_000);
});
