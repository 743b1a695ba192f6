#!/usr/bin/env node
// `exo-tenants`: the ops teams' command. One tenants file in, one Terraform stack per tenant out, with no
// TypeScript and no cdktf project:
//   npx exo-tenants synth tenants.json [--hcl] [--output cdktf.out]
// then, per tenant, `terraform -chdir=cdktf.out/stacks/exo-<name> init` / `plan` / `apply` (remote state
// in the file's storage account). Exit codes: 0 done, 1 the file or the stacks have a problem (the message
// names the JSON path or the construct; every problem of a file is listed, one per line), 2 usage.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { App } from 'cdktf';
import { TenantStacks } from './tenant-stack';

const USAGE = `usage: exo-tenants synth <tenants file> [--hcl] [--output <dir>]

  synth     writes one Terraform stack per tenant to <dir>/stacks/exo-<tenant name>/
  --hcl     write HCL (cdk.tf) instead of JSON (cdk.tf.json)
  --output  the output directory (default: cdktf.out)`;

/** Runs the command with `args` (without `node` and the script); returns the exit code. */
export function runTenantsCli(args: string[], print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error): number {
  const [command, ...rest] = args;
  if (command === undefined || ['help', '--help', '-h'].includes(command)) {
    (command === undefined ? printError : print)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'synth') {
    printError(`exo-tenants: unknown command "${command}"\n${USAGE}`);
    return 2;
  }
  let file: string | undefined;
  let hcl = false;
  let outdir = 'cdktf.out';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--hcl') {
      hcl = true;
    } else if (arg === '--output') {
      if (rest[i + 1] === undefined) {
        printError(`exo-tenants: --output needs a directory\n${USAGE}`);
        return 2;
      }
      outdir = rest[++i];
    } else if (arg.startsWith('-') || file !== undefined) {
      printError(`exo-tenants: unexpected argument "${arg}"\n${USAGE}`);
      return 2;
    } else {
      file = arg;
    }
  }
  if (file === undefined) {
    printError(`exo-tenants: synth needs the tenants file\n${USAGE}`);
    return 2;
  }

  // cdktf decides JSON or HCL from SYNTH_HCL_OUTPUT when the app and its stacks are created (what
  // `cdktf synth --hcl` sets); restore it afterwards for callers in the same process.
  const before = process.env.SYNTH_HCL_OUTPUT;
  process.env.SYNTH_HCL_OUTPUT = hcl ? 'true' : 'false';
  try {
    const app = new App({ outdir, skipValidation: false });
    const stacks = TenantStacks.fromFile(app, file);
    app.synth();
    if (hcl) {
      formatHcl(path.join(outdir, 'stacks'), printError);
    }
    const output = hcl ? 'cdk.tf' : 'cdk.tf.json';
    for (const stack of stacks) {
      print(`${stack.tenant.name}: ${path.join(outdir, 'stacks', stack.node.id, output)}`);
    }
    const first = path.join(outdir, 'stacks', stacks[0].node.id);
    print(`\nNext, per tenant (signed in to Azure, e.g. ARM_* variables for OIDC):\n`
      + `  terraform -chdir=${first} init\n  terraform -chdir=${first} plan -out tfplan\n  terraform -chdir=${first} apply tfplan`);
    return 0;
  } catch (error) {
    // A tenants file reports every problem, one per line: each line gets the command's prefix.
    for (const line of (error instanceof Error ? error.message : String(error)).split('\n')) {
      printError(`exo-tenants: ${line}`);
    }
    return 1;
  } finally {
    if (before === undefined) {
      delete process.env.SYNTH_HCL_OUTPUT;
    } else {
      process.env.SYNTH_HCL_OUTPUT = before;
    }
  }
}

/** `terraform fmt` over the HCL, as `cdktf synth --hcl` does; without terraform on PATH, says so. */
function formatHcl(directory: string, printError: (line: string) => void): void {
  const fmt = spawnSync('terraform', ['fmt', '-recursive', '-no-color', directory], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (fmt.error !== undefined || fmt.status !== 0) {
    printError(`exo-tenants: note: the HCL was not formatted (terraform fmt: ${fmt.error?.message ?? fmt.stderr.trim()}); Terraform reads it as it is.`);
  }
}

if (require.main === module) {
  process.exitCode = runTenantsCli(process.argv.slice(2));
}
