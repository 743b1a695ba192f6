// `exo-tenants synth` without the command line: checks a tenants file, synthesizes one stack per tenant,
// each in its own cdktf App that is released once its stack is written (memory stays flat as the file
// grows), and puts the result in the output folder the way `app.synth()` of one App with every stack
// would have written it (same manifest.json, same stack folders, byte for byte).
//
// The command owns its output. It records every file it writes in `.exo-tenants-files.json`; the next run
// removes those of tenants no longer in the file and of the other format (cdk.tf.json or cdk.tf), and
// never deletes, overwrites or moves a file it did not write: a stack folder with a foreign Terraform
// file in it (which Terraform would read with the stack) stops the run before anything changes. Stacks are
// synthesized into a temporary folder inside the output folder and moved into place only when every
// tenant succeeded, so a failed run leaves the previous output as it was.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { AnnotationMetadataEntryType, App, Manifest, StackManifest } from 'cdktf';
import { TenantStack } from './tenant-stack';
import { TenantConfig, TenantsConfig, TenantsFileContent } from './tenants-config';

/** Options of {@link synthTenantsFile}. */
export interface TenantsSynthOptions {
  /** The output folder (`cdktf.out`). */
  readonly outdir: string;
  /** HCL (`cdk.tf`) instead of JSON (`cdk.tf.json`). */
  readonly hcl: boolean;
}

/** One tenant's stack as written. */
export interface SynthesizedTenant {
  readonly name: string;
  /** The stack's folder. */
  readonly directory: string;
  /** The stack's Terraform file. */
  readonly file: string;
}

/** What a run wrote and what it has to say. */
export interface TenantsSynthResult {
  readonly stacks: SynthesizedTenant[];
  /** Warnings, each naming the tenants file and the JSON path (`tenants.json: tenants[0].roles ...`). */
  readonly warnings: string[];
  /** Notes about the output folder (stacks removed, files left in place, HCL not formatted). */
  readonly notes: string[];
}

/** The file that lists what the command wrote in the output folder (paths relative to it, with /). */
export const OWNED_FILES_RECORD = '.exo-tenants-files.json';
// Files Terraform writes in a stack folder when it runs there (`init`, `plan -out tfplan` as the README
// says): not ours, expected, left alone without a note.
const TERRAFORM_WORKING_FILES = ['.terraform', '.terraform.lock.hcl', 'tfplan'];

/**
 * Checks `file` and writes its stacks to `options.outdir`. Throws an Error whose message lists every
 * problem, one per line, each naming the tenants file and the JSON path; the output is then unchanged.
 */
export function synthTenantsFile(file: string, options: TenantsSynthOptions): TenantsSynthResult {
  const config = TenantsConfig.load(file);
  const outdir = path.resolve(options.outdir);
  const format = options.hcl ? HCL : JSON_FORMAT;
  const owned = readOwnedFiles(outdir);
  const wanted = config.tenants.map((tenant) => stackFolder(tenant));
  const notes: string[] = [];
  checkOutputFolder(outdir, owned, wanted, format, notes);

  // Staged inside the output folder: same file system (a rename moves a file into place), and no write
  // outside the folder the user named (`--output .` is the current folder).
  const created = !existsSync(outdir);
  mkdirSync(outdir, { recursive: true });
  const staging = mkdtempSync(path.join(outdir, STAGING_PREFIX));
  let done = false;
  try {
    const { manifest, warnings } = synthStacks(file, config, staging, format);
    if (options.hcl) {
      const fmt = formatHcl(path.join(staging, 'stacks'));
      if (fmt !== undefined) {
        notes.push(`the HCL was not formatted (terraform fmt: ${fmt}); Terraform reads it as it is`);
      }
    }
    manifest.writeToFile();
    moveIntoPlace(staging, outdir, owned, wanted, format, notes);
    done = true;
    return {
      stacks: config.tenants.map((tenant) => ({
        name: tenant.name,
        directory: path.join(options.outdir, stackFolder(tenant)),
        file: path.join(options.outdir, stackFolder(tenant), format.stackFile),
      })),
      warnings,
      notes,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    if (!done && created && readdirSync(outdir).length === 0) {
      rmdirSync(outdir);
    }
  }
}

/** The temporary folder a run writes its stacks to, inside the output folder. */
const STAGING_PREFIX = '.exo-tenants-staging-';

interface Format {
  /** The Terraform file of a stack. */
  readonly stackFile: string;
  /** Every file cdktf writes in a stack folder in this format. */
  readonly stackFiles: string[];
}
const JSON_FORMAT: Format = { stackFile: 'cdk.tf.json', stackFiles: ['cdk.tf.json'] };
const HCL: Format = { stackFile: 'cdk.tf', stackFiles: ['cdk.tf', 'metadata.json'] };

const stackFolder = (tenant: TenantConfig) => `stacks/exo-${tenant.name}`;

/**
 * Synthesizes each tenant's stack in an App of its own into `staging` (which the Apps share), releasing
 * each App when its stack is written. Returns the manifest of all stacks (what one App would write) and
 * the warnings; throws when a stack has errors.
 */
function synthStacks(file: string, config: TenantsFileContent, staging: string, format: Format): { manifest: Manifest; warnings: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  const entries: StackManifest[] = [];
  let version: string | undefined;
  // cdktf reads both when a stack is created: the format (what `cdktf synth --hcl` sets), and whether an
  // error annotation throws. This command reports error annotations itself, in the file's language.
  const before = { hcl: process.env.SYNTH_HCL_OUTPUT, continueOnErrors: process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS };
  process.env.SYNTH_HCL_OUTPUT = format === HCL ? 'true' : 'false';
  process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = 'true';
  try {
    config.tenants.forEach((tenant, index) => {
      const at = `tenants[${index}]`;
      const app = new App({ outdir: staging, skipValidation: false });
      const tokens = tokensBefore();
      try {
        new TenantStack(app, `exo-${tenant.name}`, { tenant, state: config.state });
        app.synth();
      } catch (error) {
        // Not expected: the file's checks run the constructs' rules first. Say which tenant it is.
        errors.push(`${file}: ${at} (stack exo-${tenant.name}) ${(error as Error).message.trim().split('\n').join(' ')}`);
        return;
      } finally {
        tokens.forget();
      }
      version = app.manifest.version;
      for (const entry of Object.values(app.manifest.stacks)) {
        entries.push(entry);
        for (const annotation of entry.annotations) {
          const message = findingMessage(file, at, tenant, annotation.constructPath, String(annotation.message));
          // Several constructs may report one finding about one field (the module version: the stack,
          // the whole procedure and the module import); the file has that field once.
          const list = annotation.level === AnnotationMetadataEntryType.ERROR ? errors
            : annotation.level === AnnotationMetadataEntryType.WARN ? warnings : undefined;
          if (list !== undefined && !list.includes(message)) {
            list.push(message);
          }
        }
      }
    });
  } finally {
    restore('SYNTH_HCL_OUTPUT', before.hcl);
    restore('CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS', before.continueOnErrors);
  }
  if (errors.length > 0) {
    throw new Error(errors.join('\n'));
  }
  const manifest = new Manifest(version!, staging, format === HCL);
  for (const entry of entries) {
    (manifest.stacks as Record<string, StackManifest>)[entry.name] = entry;
  }
  return { manifest, warnings };
}

/**
 * cdktf keeps every token it encodes, for the whole process, in one map (`global.__cdktfTokenMap`, shared
 * by every copy of cdktf: cdktf/lib/tokens/private/token-map.js, the same in cdktn), and a token holds
 * what it refers to: a resource, and through it the construct tree and its App. So no App would ever be
 * released and memory would grow with every tenant. A tenant's tokens are used only while its own App
 * synthesizes (the written stack holds resolved values), so the ones its App added are forgotten once its
 * stack is written. Without that map (another cdktf), nothing is forgotten: the output is the same, only
 * memory grows. test/tenants/tenants-synth.test.ts compares the output with one App's.
 */
function tokensBefore(): { forget(): void } {
  const map = (globalThis as { __cdktfTokenMap?: { stringTokenMap?: unknown; numberTokenMap?: unknown } }).__cdktfTokenMap;
  const maps = [map?.stringTokenMap, map?.numberTokenMap].filter((m): m is Map<unknown, unknown> => m instanceof Map);
  const known = maps.map((m) => new Set(m.keys()));
  return {
    forget: () => maps.forEach((m, i) => {
      for (const key of [...m.keys()]) {
        if (!known[i].has(key)) {
          m.delete(key);
        }
      }
    }),
  };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) {
    delete process.env[name];
  } else {
    process.env[name] = value;
  }
}

// What a finding's message ends with in code, and the rule id it starts with (lib/policy/report.ts).
const CODE_FIX = /\s*To accept it: PolicySuppressions\.add\(.*\)\.\s*$/s;
const RULE_ID = /^\[(EXO\d+)\]/;
const CODE_DETAIL = / \([\w.[\]]+: ([^()]*)\)$/;
// The field of a tenant each rule is about, where it is one field (roles and runbooks are found by path).
const RULE_FIELDS: { [ruleId: string]: string } = {
  EXO11: 'roles', EXO13: 'exchangeModuleVersion', EXO16: 'runtime',
};
const RUNBOOK_RULE_FIELDS: { [ruleId: string]: string } = {
  EXO12: 'schedule.startTime', EXO14: 'file',
};

/**
 * A finding on `constructPath` in the file's words: the JSON path of the field it is about, the
 * rule's text, and, for a policy rule, the suppression to add to the tenant.
 */
export function findingMessage(file: string, at: string, tenant: TenantConfig, constructPath: string, message: string): string {
  const ruleId = RULE_ID.exec(message)?.[1];
  const parts = constructPath.split('/');
  let where = at;
  const runbook = parts.find((part) => part.startsWith('runbook-'));
  const role = parts.find((part) => part.startsWith('role-'));
  const runbookIndex = runbook === undefined ? -1 : tenant.runbooks.findIndex((r) => `runbook-${r.name}` === runbook);
  const roleIndex = role === undefined ? -1 : tenant.roles.findIndex((r) => `role-${r.templateId}` === role);
  const field = ruleId === undefined ? undefined : runbookIndex >= 0 ? RUNBOOK_RULE_FIELDS[ruleId] : RULE_FIELDS[ruleId];
  if (runbookIndex >= 0) {
    where = `${at}.runbooks[${runbookIndex}]${field ? `.${field}` : ''}`;
  } else if (roleIndex >= 0) {
    where = `${at}.roles[${roleIndex}]`;
  } else if (field !== undefined) {
    where = `${at}.${field}`;
  }
  let text = message.replace(CODE_FIX, '');
  if (field !== undefined) {
    // The finding's detail names the construct's prop (`script: x.ps1`, `tenant.exchangeModuleVersion: ...`);
    // the path above names the field, so only the value is kept.
    text = text.replace(CODE_DETAIL, ' (found $1)');
  }
  const fix = ruleId === undefined ? ''
    : ` To accept it, add { "ruleId": "${ruleId}", "reason": "<why, 10 characters or more>" } to ${at}.suppressions.`;
  return `${file}: ${where} ${text}${fix}`;
}

/** The files the command wrote in `outdir` before (relative, with /), from its record; none without one. */
function readOwnedFiles(outdir: string): Set<string> {
  const record = path.join(outdir, OWNED_FILES_RECORD);
  if (!existsSync(record)) {
    return new Set();
  }
  let files: unknown;
  try {
    files = JSON.parse(readFileSync(record, 'utf8')).files;
  } catch (error) {
    throw new Error(`${record}: (output) must be the record exo-tenants writes: ${(error as Error).message}; delete it only with the files it listed`);
  }
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && !f.split('/').includes('..') && !path.isAbsolute(f))) {
    throw new Error(`${record}: (output) must be the record exo-tenants writes (a "files" list of relative paths)`);
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
function checkOutputFolder(outdir: string, owned: Set<string>, wanted: string[], format: Format, notes: string[]): void {
  if (!existsSync(outdir)) {
    return;
  }
  if (!statSync(outdir).isDirectory()) {
    throw new Error(`${outdir}: (output) must be a folder (it is a file); choose another --output`);
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
    throw new Error(`${problems.join('\n')}\nnothing was written`);
  }
}

/**
 * Moves the staged output into `outdir`: each stack's files over the previous ones, then removes the files
 * the command wrote before that this run did not (other format, tenants no longer in the file), and
 * records what it owns. The record lists old and new files while files move, so an interrupted move
 * leaves nothing it wrote unlisted.
 */
function moveIntoPlace(staging: string, outdir: string, owned: Set<string>, wanted: string[], format: Format, notes: string[]): void {
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

/** `terraform fmt` over the HCL, as `cdktf synth --hcl` does; why not, when it could not run. */
function formatHcl(directory: string): string | undefined {
  const fmt = spawnSync('terraform', ['fmt', '-recursive', '-no-color', directory], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (fmt.error !== undefined || fmt.status !== 0) {
    return fmt.error?.message ?? fmt.stderr.trim();
  }
  return undefined;
}
