// Checks that the library stack and its hand-written baseline synthesize the same Terraform: the same
// number of blocks of each type and, after dropping cdktf's metadata and renaming logical ids (which
// follow construct paths and so differ by design), the same block bodies.
import { readFileSync } from 'fs';

/**
 * Blocks per kind: `resource.azurerm_automation_account`, `data.azuread_service_principal`, `output`,
 * `provider.azurerm`, and `terraform` (backend and required providers).
 */
export type TypeCounts = Map<string, number>;

export interface Comparison {
  readonly library: TypeCounts;
  readonly handWritten: TypeCounts;
  /** Kinds whose counts differ. */
  readonly countDifferences: string[];
  /** Kinds whose normalized bodies differ (includes every kind whose count differs). */
  readonly bodyDifferences: string[];
}

type Json = { [key: string]: unknown };

/** Every block of the stack, grouped by kind, as normalized JSON strings. */
function blocksByKind(stackFile: string): Map<string, string[]> {
  const stack = JSON.parse(readFileSync(stackFile, 'utf8')) as Json;
  const kinds = new Map<string, string[]>();
  const add = (kind: string, body: unknown) => kinds.set(kind, [...(kinds.get(kind) ?? []), normalize(body)]);
  for (const section of ['resource', 'data'] as const) {
    for (const [type, blocks] of Object.entries((stack[section] ?? {}) as Json)) {
      Object.values(blocks as Json).forEach((body) => add(`${section}.${type}`, body));
    }
  }
  Object.values((stack.output ?? {}) as Json).forEach((body) => add('output', body));
  for (const [name, configs] of Object.entries((stack.provider ?? {}) as Json)) {
    (configs as unknown[]).forEach((body) => add(`provider.${name}`, body));
  }
  add('terraform', stack.terraform);
  return kinds;
}

/** JSON without cdktf's `//` metadata, with references' logical ids replaced by `<id>`, keys sorted. */
function normalize(body: unknown): string {
  const strip = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\b((?:data\.)?(?:azurerm|azuread|time)_[a-z0-9_]+)\.[A-Za-z0-9_-]+/g, '$1.<id>');
    }
    if (Array.isArray(value)) {
      return value.map(strip);
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).filter((key) => key !== '//').sort()
        .map((key) => [key, strip((value as Json)[key])]));
    }
    return value;
  };
  return JSON.stringify(strip(body));
}

function counts(blocks: Map<string, string[]>): TypeCounts {
  return new Map([...blocks].sort(([a], [b]) => a.localeCompare(b)).map(([kind, list]) => [kind, list.length]));
}

export function compareStacks(libraryFile: string, handWrittenFile: string): Comparison {
  const library = blocksByKind(libraryFile);
  const handWritten = blocksByKind(handWrittenFile);
  const kinds = [...new Set([...library.keys(), ...handWritten.keys()])].sort();
  const countDifferences = kinds.filter((kind) => (library.get(kind)?.length ?? 0) !== (handWritten.get(kind)?.length ?? 0));
  const sorted = (list: string[] | undefined) => JSON.stringify([...(list ?? [])].sort());
  const bodyDifferences = kinds.filter((kind) => sorted(library.get(kind)) !== sorted(handWritten.get(kind)));
  return { library: counts(library), handWritten: counts(handWritten), countDifferences, bodyDifferences };
}
