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
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from 'fs';
import * as path from 'path';
import { AnnotationMetadataEntryType, App, Manifest, StackManifest } from 'cdktf';
import { findingMessage } from './finding-messages';
import { checkOutputFolder, HCL, JSON_FORMAT, moveIntoPlace, OutputFormat, readOwnedFiles } from './owned-output';
import { TenantStack } from './tenant-stack';
import { TenantsConfig } from './tenants-config';
import { TenantConfig, TenantsFileContent } from './tenants-file';
import { ConfigurationError } from '../validation/errors';

export { OWNED_FILES_RECORD } from './owned-output';

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

const stackFolder = (tenant: TenantConfig) => `stacks/exo-${tenant.name}`;

/**
 * Synthesizes each tenant's stack in an App of its own into `staging` (which the Apps share), releasing
 * each App when its stack is written. Returns the manifest of all stacks (what one App would write) and
 * the warnings; throws when a stack has errors.
 */
function synthStacks(file: string, config: TenantsFileContent, staging: string, format: OutputFormat): { manifest: Manifest; warnings: string[] } {
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
    // A loop rather than forEach: every cdktf token captures the whole call stack, two frames fewer each.
    for (const [index, tenant] of config.tenants.entries()) {
      const at = `tenants[${index}]`;
      const app = new App({ outdir: staging, skipValidation: false });
      const tokens = tokensBefore();
      try {
        new TenantStack(app, `exo-${tenant.name}`, { tenant, state: config.state });
        app.synth();
      } catch (error) {
        // Not expected: the file's checks run the constructs' rules first. Say which tenant it is.
        errors.push(`${file}: ${at} (stack exo-${tenant.name}) ${(error as Error).message.trim().split('\n').join(' ')}`);
        continue;
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
    }
  } finally {
    restore('SYNTH_HCL_OUTPUT', before.hcl);
    restore('CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS', before.continueOnErrors);
  }
  if (errors.length > 0) {
    throw new ConfigurationError(errors.join('\n'));
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

/** `terraform fmt` over the HCL, as `cdktf synth --hcl` does; why not, when it could not run. */
function formatHcl(directory: string): string | undefined {
  const fmt = spawnSync('terraform', ['fmt', '-recursive', '-no-color', directory], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (fmt.error !== undefined || fmt.status !== 0) {
    return fmt.error?.message ?? fmt.stderr.trim();
  }
  return undefined;
}
