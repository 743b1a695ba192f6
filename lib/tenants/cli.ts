#!/usr/bin/env node
// `exo-tenants`: the ops teams' command. One tenants file in, one Terraform stack per tenant out, with no
// TypeScript and no cdktf project:
//   npx exo-tenants synth tenants.json [--hcl] [--output cdktf.out]
// then, per tenant, `terraform -chdir=cdktf.out/stacks/exo-<name> init` / `plan` / `apply` (remote state
// in the file's storage account). Exit codes: 0 done (warnings are printed, each with its JSON path),
// 1 the file, the stacks or the output folder have a problem (every problem is listed, one per line, and
// the output folder is left as it was), 2 usage. The work itself is synthTenantsFile (tenants-synth.ts).
import { synthTenantsFile } from './tenants-synth';

const USAGE = `usage: exo-tenants synth <tenants file> [--hcl] [--output <dir>]

  synth     writes one Terraform stack per tenant to <dir>/stacks/exo-<tenant name>/, and removes
            the stacks it wrote before for tenants no longer in the file
  --hcl     write HCL (cdk.tf) instead of JSON (cdk.tf.json); the other format is removed
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

  try {
    const result = synthTenantsFile(file, { outdir, hcl });
    for (const warning of result.warnings) {
      printError(`exo-tenants: warning: ${warning}`);
    }
    for (const note of result.notes) {
      printError(`exo-tenants: note: ${note}`);
    }
    for (const stack of result.stacks) {
      print(`${stack.name}: ${stack.file}`);
    }
    const first = result.stacks[0].directory;
    print(`\nNext, per tenant (signed in to Azure, e.g. ARM_* variables for OIDC):\n`
      + `  terraform -chdir=${first} init\n  terraform -chdir=${first} plan -out tfplan\n  terraform -chdir=${first} apply tfplan`);
    return 0;
  } catch (error) {
    // Every problem is listed, one per line: each line gets the command's prefix.
    for (const line of (error instanceof Error ? error.message : String(error)).split('\n')) {
      printError(`exo-tenants: ${line}`);
    }
    return 1;
  }
}

if (require.main === module) {
  // From a callback of its own, not from the module's top level: every cdktf token captures the whole call
  // stack, and the top level sits on Node's module-loading frames.
  setImmediate(() => {
    process.exitCode = runTenantsCli(process.argv.slice(2));
  });
}
