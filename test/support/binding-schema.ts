// Reads a provider's schema offline from its generated cdktf/cdktn bindings: the argument names a
// resource's `synthesizeAttributes()` writes (with nested blocks through their `*ToTerraform` functions)
// and the attribute names its getters read. The files are parsed as text; loading a provider package's
// root would pull in ~1,500 modules.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/** Argument names of a block; a nested block maps to its own schema, a plain argument to null. */
export interface BlockSchema {
  readonly arguments: Map<string, BlockSchema | null>;
  /** Every attribute name the bindings read back (computed ones included). */
  readonly attributes: Set<string>;
}

/** Where a provider's bindings live, and which provider release they were generated from. */
export interface Bindings {
  readonly packageName: string;
  readonly provider: string;
  readonly version: string;
}

function kebab(type: string): string {
  return type.replace(/_/g, '-');
}

/** The directory of a type's binding: `azurerm_automation_account` -> lib/automation-account, data sources -> lib/data-azurerm-... */
function bindingFile(bindings: Bindings, type: string, data: boolean): string {
  // The package directory itself: require.resolve would follow the cdktn run's module mapping.
  const root = path.join(__dirname, '..', '..', 'node_modules', bindings.packageName);
  const name = type.slice(bindings.provider.length + 1);
  const dir = data ? `data-${bindings.provider}-${kebab(name)}` : kebab(name);
  return path.join(root, 'lib', type === 'provider' ? 'provider' : dir, 'index.js');
}

function objectKeys(body: string, functions: Map<string, string>, seen: Set<string>): Map<string, BlockSchema | null> {
  const result = new Map<string, BlockSchema | null>();
  for (const line of body.split('\n')) {
    const match = /^\s+([a-z0-9_]+): (.*)$/.exec(line);
    if (!match) {
      continue;
    }
    const nested = /\b(\w+ToTerraform)\b/.exec(match[2]);
    const fn = nested && functions.get(nested[1]);
    if (fn !== undefined && fn !== null && !seen.has(nested![1])) {
      result.set(match[1], { arguments: objectKeys(fn, functions, new Set([...seen, nested![1]])), attributes: new Set() });
    } else {
      result.set(match[1], null);
    }
  }
  return result;
}

/** The schema of one resource (`data` false), data source (`data` true) or the provider block, or undefined when the bindings lack it. */
export function readSchema(bindings: Bindings, type: string, data: boolean): BlockSchema | undefined {
  const file = bindingFile(bindings, type, data);
  if (!existsSync(file)) {
    return undefined;
  }
  const text = readFileSync(file, 'utf8');
  const functions = new Map<string, string>();
  for (const match of text.matchAll(/^function (\w+ToTerraform)\(struct\) \{\n([\s\S]*?)\n\}/gm)) {
    const returned = /return \{\n([\s\S]*?)\n {4}\};/.exec(match[2]);
    functions.set(match[1], returned ? returned[1] : '');
  }
  const top = /synthesizeAttributes\(\) \{\n\s+return \{\n([\s\S]*?)\n\s+\};/.exec(text);
  const attributes = new Set<string>();
  // Getters read attributes with `getStringAttribute('name')` (and kin), maps and lists through
  // `new cdktf.StringMap(this, "name")`, nested lists through `new XxxList(this, "name", ...)`.
  for (const match of text.matchAll(/get\w*Attribute\('([a-z0-9_]+)'\)|new (?:cdktf\.)?\w+\(this, "([a-z0-9_]+)"/g)) {
    attributes.add(match[1] ?? match[2]);
  }
  return { arguments: top ? objectKeys(top[1], functions, new Set()) : new Map(), attributes };
}
