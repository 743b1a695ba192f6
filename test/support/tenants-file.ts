// The tenants file the tests load: a copy of the tenants example (tenants.json and its two scripts) in
// test/fixtures/tenants, so that library tests do not import the examples. Only the `$schema` path
// differs. test/repository/ checks the example itself.
//
// Also what the tests of `exo-tenants synth` share: a changed copy of that file, the command run in
// process, and the files an output folder holds.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import { runTenantsCli } from '../../lib/tenants/cli';
import { OWNED_FILES_RECORD } from '../../lib/tenants/owned-output';

export const TENANTS_FILE = join(__dirname, '..', 'fixtures', 'tenants', 'tenants.json');

/** Writes a changed copy of the example (runbook files as absolute paths) in `dir`; returns its path. */
export function writeTenantsFile(dir: string, change: (config: any) => void = () => undefined): string {
  const config = JSON.parse(readFileSync(TENANTS_FILE, 'utf8'));
  change(config);
  for (const tenant of config.tenants) {
    for (const runbook of tenant.runbooks ?? []) {
      runbook.file = join(TENANTS_FILE, '..', runbook.file);
    }
  }
  const file = join(dir, 'tenants.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** Every file under `dir` (relative path -> content), the command's record left out unless `withRecord`. */
export function filesUnder(dir: string, withRecord = false): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else if (withRecord || name !== OWNED_FILES_RECORD) {
        files[relative(dir, path)] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(dir);
  return files;
}

/** Runs `exo-tenants <args>` in process: its exit code and what it printed to stdout and stderr. */
export function runTenantsCommand(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runTenantsCli(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
