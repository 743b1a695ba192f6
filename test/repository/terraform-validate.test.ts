// Terraform reads everything the package emits: every checked stack (the examples and the test-only
// fixture stacks) is synthesized to JSON and to HCL, and `terraform validate` reads each. With no
// provider plugins here (none can be downloaded), validate stops at "Missing required provider", the only
// diagnostic allowed: what it checks before that is the syntax and the language's own blocks (terraform,
// provider, lifecycle, import, ...). It resolves no reference and reads no provider schema, so an
// undeclared reference, an import `to` that names no resource, a depends_on that names nothing and an
// unknown argument all pass it; test/repository/terraform-references.test.ts and test/repository/provider-schemas.test.ts check
// those.
// The HCL here comes straight from the library, which does not format it; users get it through
// `cdktf synth --hcl`, which runs `terraform fmt` on it. So the check is that `terraform fmt` changes
// nothing but whitespace (no interpolation-only strings or other rewrites): what users get is what
// validate read. (The package test checks that the CLI's HCL output is `fmt -check` clean.)
// Without a terraform binary the tests say so and are skipped; under CI (CI=true) they fail instead.
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { CHECKED_STACKS } from './example-stacks';

const TERRAFORM_ENV = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null' };

function terraform(args: string[], cwd: string, input?: string) {
  return spawnSync('terraform', args, { cwd, encoding: 'utf8', env: TERRAFORM_ENV, input });
}

const version = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: TERRAFORM_ENV });
const missing = version.error || version.status !== 0 ? 'no terraform binary on PATH' : undefined;
if (missing) {
  process.stderr.write(`\n${process.env.CI === 'true' ? 'FAILING' : 'SKIPPED'}: terraform validate of ${CHECKED_STACKS.length} stacks: ${missing}.\n`);
}

/** Synthesizes one example into a fresh directory, as JSON or HCL; returns the stack's directory. */
function synthesize(build: (app: App) => { node: { id: string } }, hcl: boolean): string {
  const outdir = mkdtempSync(join(tmpdir(), 'exo-validate-'));
  // cdktf decides HCL or JSON when a stack is created, from SYNTH_HCL_OUTPUT (what `cdktf synth --hcl` sets).
  const before = process.env.SYNTH_HCL_OUTPUT;
  process.env.SYNTH_HCL_OUTPUT = hcl ? 'true' : 'false';
  try {
    const app = new App({ outdir });
    const stack = build(app);
    app.synth();
    return join(outdir, 'stacks', stack.node.id);
  } finally {
    if (before === undefined) {
      delete process.env.SYNTH_HCL_OUTPUT;
    } else {
      process.env.SYNTH_HCL_OUTPUT = before;
    }
  }
}

/** `terraform validate -json` diagnostics other than the missing providers, as "severity: summary (detail) at file:line". */
function unexpectedDiagnostics(dir: string): string[] {
  const run = terraform(['validate', '-json', '-no-color'], dir);
  const report = JSON.parse(run.stdout);
  return (report.diagnostics as any[])
    .filter((d) => !(d.severity === 'error' && d.summary === 'Missing required provider'))
    .map((d) => `${d.severity}: ${d.summary} (${d.detail}) at ${d.range?.filename}:${d.range?.start?.line}`);
}

describe.each(CHECKED_STACKS)('terraform reads %s', (_name, build) => {
  if (missing) {
    if (process.env.CI === 'true') {
      test('terraform is on PATH (required in CI)', () => {
        throw new Error(`terraform validate cannot run: ${missing}`);
      });
    } else {
      test.skip(`JSON and HCL pass terraform validate (skipped: ${missing})`, () => undefined);
    }
    return;
  }

  test('JSON: only the missing providers are reported', () => {
    expect(unexpectedDiagnostics(synthesize(build, false))).toEqual([]);
  }, 60_000);

  test('HCL: only the missing providers are reported, and terraform fmt (as cdktf synth --hcl runs it) changes only whitespace', () => {
    const dir = synthesize(build, true);
    expect(unexpectedDiagnostics(dir)).toEqual([]);
    const raw = readFileSync(join(dir, 'cdk.tf'), 'utf8');
    const formatted = terraform(['fmt', '-no-color', '-'], dir, raw);
    expect(formatted.stderr).toBe('');
    expect(formatted.status).toBe(0);
    expect(formatted.stdout.replace(/\s+/g, '')).toBe(raw.replace(/\s+/g, ''));
  }, 60_000);
});
