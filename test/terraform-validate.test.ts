// `terraform validate` on every example, when a terraform binary and its providers are available (a
// provider plugin cache or a CLI config with a mirror). Neither can be installed in this project's CI,
// so there the tests are reported as skipped, with the reason, never as passed.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { homedir, tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { EXAMPLES } from './example-stacks';

function terraformAvailability(): string | undefined {
  const version = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    return 'no terraform binary on PATH';
  }
  // A CLI config file may point at a provider mirror; otherwise the providers must sit in a local
  // directory terraform reads without the network.
  if (process.env.TF_CLI_CONFIG_FILE && existsSync(process.env.TF_CLI_CONFIG_FILE)) {
    return undefined;
  }
  const directories = [process.env.TF_PLUGIN_CACHE_DIR, join(homedir(), '.terraform.d', 'plugins')].filter((d): d is string => !!d);
  const missingProviders = ['azurerm', 'azuread', 'time'].filter((name) =>
    !directories.some((dir) => existsSync(join(dir, 'registry.terraform.io', 'hashicorp', name))));
  if (missingProviders.length > 0) {
    return `terraform found, but the providers ${missingProviders.join(', ')} are in no local plugin directory `
      + `(${directories.join(', ')}) and no TF_CLI_CONFIG_FILE names a mirror; the network is not reachable to download them`;
  }
  return undefined;
}

const missing = terraformAvailability();
if (missing) {
  // Straight to stderr: jest does not replay console output of a suite whose tests were all skipped.
  process.stderr.write(`\nSKIPPED terraform validate of ${EXAMPLES.length} examples: ${missing}.\n`);
}
const testIfTerraform = missing ? test.skip : test;

describe.each(EXAMPLES)('terraform validate: example %s', (_name, build) => {
  testIfTerraform(`passes terraform init and terraform validate${missing ? ` (skipped: ${missing})` : ''}`, () => {
    const outdir = mkdtempSync(join(tmpdir(), 'exo-validate-'));
    const app = new App({ outdir });
    const stack = build(app);
    app.synth();
    const cwd = join(outdir, 'stacks', stack.node.id);
    const run = (args: string[]) => spawnSync('terraform', args, { cwd, encoding: 'utf8', env: { ...process.env, TF_IN_AUTOMATION: '1' } });
    const init = run(['init', '-backend=false', '-input=false']);
    expect(init.stderr).toBe('');
    const validate = run(['validate', '-no-color']);
    expect({ status: validate.status, output: validate.stdout + validate.stderr }).toEqual({ status: 0, output: expect.stringContaining('Success') });
  }, 300_000);
});
