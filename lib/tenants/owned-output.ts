// The output folder exo-tenants owns: it records every file it writes in `.exo-tenants-files.json`; a run
// replaces or removes those and nothing else. A stack folder with a foreign Terraform file (which
// Terraform would read with the stack) stops the run before anything changes; staged stacks are moved
// into place only when every tenant succeeded (lib/tenants/tenants-synth.ts).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { ConfigurationError } from '../validation/errors';

/** The file that lists what the command wrote in the output folder (paths relative to it, with /). */
export const OWNED_FILES_RECORD = '.exo-tenants-files.json';
// Files Terraform writes in a stack folder when it runs there (`init`, `plan -out tfplan` as the README
// says): not ours, expected, left alone without a note.
const TERRAFORM_WORKING_FILES = ['.terraform', '.terraform.lock.hcl', 'tfplan'];

/** What cdktf writes in a stack folder, per output format. */
export interface OutputFormat {
  /** The Terraform file of a stack. */
  readonly stackFile: string;
  /** Every file cdktf writes in a stack folder in this format. */
  readonly stackFiles: string[];
}
export const JSON_FORMAT: OutputFormat = { stackFile: 'cdk.tf.json', stackFiles: ['cdk.tf.json'] };
export const HCL: OutputFormat = { stackFile: 'cdk.tf', stackFiles: ['cdk.tf', 'metadata.json'] };

/** The files the command wrote in `outdir` before (relative, with /), from its record; none without one. */
export function readOwnedFiles(outdir: string): Set<string> {
  const record = path.join(outdir, OWNED_FILES_RECORD);
  if (!existsSync(record)) {
    return new Set();
  }
  let files: unknown;
  try {
    files = JSON.parse(readFileSync(record, 'utf8')).files;
  } catch (error) {
    throw new ConfigurationError(`${record}: (output) must be the record exo-tenants writes: ${(error as Error).message}; delete it only with the files it listed`);
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && !f.split('/').includes('..') && !path.isAbsolute(f))) {
    throw new ConfigurationError(`${record}: (output) must be the record exo-tenants writes (a "files" list of relative paths)`);
  }
  return new Set(files as string[]);
}

function writeOwnedFiles(outdir: string, files: Iterable<string>): void {
  const record = path.join(outdir, OWNED_FILES_RECORD);
  const text = `${JSON.stringify({
    $comment: 'Written by exo-tenants synth: the files it wrote in this folder. The next run replaces or removes these and nothing else.',
    files: [...files].sort(),
  }, null, 2)}\n`;
  writeFileSync(`${record}.tmp`, text);
  renameSync(`${record}.tmp`, record);
}

/**
 * Refuses, before anything is written, an output folder where the run would replace a file it did not
 * write, or a stack folder holding a Terraform file it did not write (Terraform would read it with the
 * stack). Other foreign files in a stack folder are left in place, with a note (Terraform's own are expected).
 */
export function checkOutputFolder(outdir: string, owned: Set<string>, wanted: string[], format: OutputFormat, notes: string[]): void {
  if (!existsSync(outdir)) {
    return;
  }
  if (!statSync(outdir).isDirectory()) {
    throw new ConfigurationError(`${outdir}: (output) must be a folder (it is a file); choose another --output`);
  }
  const problems: string[] = [];
  const foreign = (relative: string) => existsSync(path.join(outdir, relative)) && !owned.has(relative);
  const refuse = (relative: string, why: string) => problems.push(`${path.join(outdir, relative)}: (output) was not written by exo-tenants ${why}`);
  if (foreign('manifest.json')) {
    refuse('manifest.json', `and would be replaced; move it away, or choose another --output (the command records what it writes in ${OWNED_FILES_RECORD})`);
  }
  for (const folder of wanted) {
    const directory = path.join(outdir, folder);
    if (!existsSync(directory)) {
      continue;
    }
    for (const name of readdirSync(directory).sort()) {
      const relative = `${folder}/${name}`;
      if (owned.has(relative)) {
        continue;
      }
      if (format.stackFiles.includes(name)) {
        refuse(relative, 'and would be replaced; move it away, or choose another --output');
      } else if (name.endsWith('.tf') || name.endsWith('.tf.json')) {
        refuse(relative, 'and Terraform would read it together with the stack; move it out of the stack folder');
      } else if (!TERRAFORM_WORKING_FILES.includes(name)) {
        notes.push(`${path.join(outdir, relative)} was not written by exo-tenants; left in place`);
      }
    }
  }
  if (problems.length > 0) {
    throw new ConfigurationError(`${problems.join('\n')}\nnothing was written`);
  }
}

/**
 * Moves the staged output into `outdir`: each stack's files over the previous ones, then removes the files
 * the command wrote before that this run did not (other format, tenants no longer in the file), and
 * records what it owns. The record lists old and new files while files move, so an interrupted move
 * leaves nothing it wrote unlisted.
 */
export function moveIntoPlace(staging: string, outdir: string, owned: Set<string>, wanted: string[], format: OutputFormat, notes: string[]): void {
  const written = new Set<string>(['manifest.json', ...wanted.flatMap((folder) => format.stackFiles.map((name) => `${folder}/${name}`))]);
  mkdirSync(path.join(outdir, 'stacks'), { recursive: true });
  writeOwnedFiles(outdir, new Set([...owned, ...written]));
  for (const folder of wanted) {
    mkdirSync(path.join(outdir, folder), { recursive: true });
    for (const name of format.stackFiles) {
      renameSync(path.join(staging, folder, name), path.join(outdir, folder, name));
    }
  }
  const removedStacks = new Set<string>();
  for (const relative of [...owned].sort()) {
    if (written.has(relative)) {
      continue;
    }
    const target = path.join(outdir, relative);
    if (existsSync(target)) {
      unlinkSync(target);
    }
    const folder = path.posix.dirname(relative);
    if (folder.startsWith('stacks/') && !wanted.includes(folder)) {
      removedStacks.add(folder);
    }
  }
  for (const folder of [...removedStacks].sort()) {
    const directory = path.join(outdir, folder);
    const left = existsSync(directory) ? readdirSync(directory) : [];
    if (existsSync(directory) && left.length === 0) {
      rmdirSync(directory);
      notes.push(`removed ${directory}: its tenant is no longer in the file`);
    } else if (left.length > 0) {
      notes.push(`removed the stack files from ${directory} (its tenant is no longer in the file); left ${left.sort().join(', ')}, which exo-tenants did not write`);
    }
  }
  renameSync(path.join(staging, 'manifest.json'), path.join(outdir, 'manifest.json'));
  writeOwnedFiles(outdir, written);
}
