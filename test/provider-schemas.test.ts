// Every argument every checked stack (examples and test/fixtures/stacks) writes, and every attribute it
// reads back, exists in the schemas of the
// provider releases its constraints admit, as the generated bindings show them: @cdktf/provider-azurerm
// 14 (azurerm 4.55.0), @cdktn/provider-azurerm 16 (azurerm 4.73.0), @cdktf/provider-azuread 14 (azuread
// 3.7.0). For azurerm 5.x, nothing written may be among the 5.0 upgrade guide's removals and renames
// (test/fixtures/azurerm-5.0-changes.json). The floors below 4.55 / 3.7 are documented where they are
// set (lib/private/terraform-requirements.ts) from each provider's documentation at that release.
import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { Bindings, BlockSchema, readSchema } from './binding-schema';
import { CHECKED_STACKS } from './example-stacks';
import { constraintInterval, parseVersion, compareVersions } from '../lib/private/version-constraints';

const BINDINGS: Bindings[] = [
  { packageName: '@cdktf/provider-azurerm', provider: 'azurerm', version: '4.55.0' },
  { packageName: '@cdktn/provider-azurerm', provider: 'azurerm', version: '4.73.0' },
  { packageName: '@cdktf/provider-azuread', provider: 'azuread', version: '3.7.0' },
];
// Types with no generated bindings here: checked against the provider's documentation instead
// (hashicorp/terraform-provider-time website/docs/r/sleep.html.markdown, 0.5.0 to 0.14.0).
const DOCUMENTED_ONLY: { [type: string]: string[] } = { time_sleep: ['create_duration', 'triggers'], 'provider.time': [] };
const META = new Set(['//', 'depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'connection', 'provisioner']);
const CHANGES = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'azurerm-5.0-changes.json'), 'utf8'));

/** Arguments of `block` (and nested blocks) that `schema` lacks, as dotted paths. */
function unknownArguments(block: any, schema: BlockSchema, prefix = ''): string[] {
  return Object.entries(block).flatMap(([name, value]) => {
    if (META.has(name)) {
      return [];
    }
    if (!schema.arguments.has(name)) {
      return [`${prefix}${name}`];
    }
    const nested = schema.arguments.get(name);
    if (!nested) {
      return [];
    }
    const items = Array.isArray(value) ? value : [value];
    return items.filter((item) => item && typeof item === 'object').flatMap((item) => unknownArguments(item, nested, `${prefix}${name}.`));
  });
}

/** Every written argument path of a block, for the 5.0 removals check. */
function argumentPaths(block: any, prefix = ''): string[] {
  return Object.entries(block).filter(([name]) => !META.has(name)).flatMap(([name, value]) => {
    const items = Array.isArray(value) ? value : [value];
    const nested = items.filter((item) => item && typeof item === 'object' && !Array.isArray(item));
    return [`${prefix}${name}`, ...nested.flatMap((item) => argumentPaths(item, `${prefix}${name}.`))];
  });
}

/** The blocks of a synthesized stack: [kind, type, block] for resources, data sources and providers. */
function blocksOf(json: any): Array<[string, string, any]> {
  const out: Array<[string, string, any]> = [];
  for (const [type, blocks] of Object.entries<any>(json.resource ?? {})) for (const block of Object.values(blocks)) out.push(['resource', type, block]);
  for (const [type, blocks] of Object.entries<any>(json.data ?? {})) for (const block of Object.values(blocks)) out.push(['data', type, block]);
  for (const [type, blocks] of Object.entries<any>(json.provider ?? {})) for (const block of blocks as any[]) out.push(['provider', type, block]);
  return out;
}

/** The bindings whose release the stack's constraint for their provider admits. */
function admittedBindings(json: any, provider: string): Bindings[] {
  const constraint = json.terraform?.required_providers?.[provider]?.version;
  const interval = constraint === undefined ? undefined : constraintInterval(constraint);
  return BINDINGS.filter((b) => b.provider === provider && (!interval
    || (compareVersions(parseVersion(b.version), interval.lower) >= 0 && (!interval.upper || compareVersions(parseVersion(b.version), interval.upper) < 0))));
}

describe.each(CHECKED_STACKS)('provider schemas: %s', (_name, build) => {
  const json = JSON.parse(Testing.synth(build(Testing.app())));

  test('every argument exists in each admitted binding that has the type, and each type is in one of them', () => {
    const problems: string[] = [];
    for (const [kind, type, block] of blocksOf(json)) {
      const key = kind === 'provider' ? `provider.${type}` : type;
      if (DOCUMENTED_ONLY[key]) {
        problems.push(...Object.keys(block).filter((a) => !META.has(a) && !DOCUMENTED_ONLY[key].includes(a)).map((a) => `${key}.${a} (documented only)`));
        continue;
      }
      const provider = kind === 'provider' ? type : type.split('_')[0];
      // The 7.4 floor (4.75.0) is above every binding here: its types are checked against the newest binding.
      const candidates = admittedBindings(json, provider).length > 0 ? admittedBindings(json, provider) : BINDINGS.filter((b) => b.provider === provider).slice(-1);
      const schemas = candidates.map((b) => [b, readSchema(b, kind === 'provider' ? 'provider' : type, kind === 'data')] as const);
      if (schemas.every(([, schema]) => schema === undefined)) {
        problems.push(`${key}: in none of ${candidates.map((b) => `${b.packageName} (${b.provider} ${b.version})`).join(', ')}`);
      }
      for (const [bindings, schema] of schemas) {
        if (schema) {
          problems.push(...unknownArguments(block, schema).map((path) => `${key}.${path} missing in ${bindings.provider} ${bindings.version}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('every attribute read back through a reference exists', () => {
    const text = JSON.stringify(json);
    const problems: string[] = [];
    for (const match of text.matchAll(/\$\{(data\.)?((?:azurerm|azuread)_[a-z0-9_]+)\.[^.}\s]+\.([a-z0-9_]+)/g)) {
      const [, data, type, attribute] = match;
      const found = BINDINGS.filter((b) => type.startsWith(`${b.provider}_`))
        .map((b) => readSchema(b, type, !!data)).filter((s): s is BlockSchema => s !== undefined);
      if (!found.some((schema) => schema.attributes.has(attribute) || schema.arguments.has(attribute))) {
        problems.push(`${data ?? ''}${type}.${attribute}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('writes nothing the azurerm 5.0 upgrade guide removes or renames', () => {
    const written = blocksOf(json).flatMap(([kind, type, block]) =>
      argumentPaths(block).map((path) => `${kind === 'provider' ? `provider.${type}` : type}|${path}`));
    const removed = CHANGES.removedArguments.map((c: any) => `${c.block}|${c.argument}`);
    expect(written.filter((w) => removed.includes(w))).toEqual([]);
    expect(Object.keys(json.resource ?? {}).filter((t) => CHANGES.removedResources.includes(t))).toEqual([]);
  });
});

test('the schema reader finds what it should (it can fail)', () => {
  const schema = readSchema(BINDINGS[0], 'azurerm_automation_account', false)!;
  expect(schema.arguments.get('identity')!.arguments.has('identity_ids')).toBe(true);
  expect(unknownArguments({ name: 'x', identity: { type: 'SystemAssigned', bogus: 1 }, made_up: true }, schema)).toEqual(['identity.bogus', 'made_up']);
  expect(readSchema(BINDINGS[0], 'azurerm_automation_runtime_environment', false)).toBeUndefined();
  expect(readSchema(BINDINGS[1], 'azurerm_automation_runtime_environment', false)!.arguments.has('runtime_default_packages')).toBe(true);
});
