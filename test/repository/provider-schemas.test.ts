// Every argument every checked stack (examples and test/repository/stacks) writes, and every attribute it
// reads back (`${type.name.attr}`, `${data.type.name.attr}`, `self.attr` in postconditions), exists in the
// schema of EVERY provider release its constraint admits among those the generated bindings show:
// @cdktf/provider-azurerm 14 (azurerm 4.55.0), @cdktn/provider-azurerm 16 (azurerm 4.73.0),
// @cdktf/provider-azuread 14 (azuread 3.7.0). A type or argument newer than the constraint's floor fails
// here because an admitted binding lacks it. A constraint above every binding (the PowerShell 7.4 floor,
// 4.75.0) is checked against the newest one. For azurerm 5.x, nothing written may be among the 5.0 upgrade
// guide's removals and renames (test/fixtures/azurerm-5.0-changes.json). The releases themselves (the
// floors 4.0.0 / 3.0.0 / 0.5.0, 4.75.0, 5.0.0, 5.2.0, 3.9.0, 0.14.0) are checked against the providers'
// documentation in test/repository/provider-docs.test.ts, the only check of the time provider (it has no bindings here).
import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { Bindings, BlockSchema, readSchema } from '../support/binding-schema';
import { references } from '../../scripts/consumer/terraform-references';
import { CHECKED_STACKS } from './example-stacks';
import { constraintInterval, parseVersion, compareVersions } from '../../lib/terraform/version-constraints';

const BINDINGS: Bindings[] = [
  { packageName: '@cdktf/provider-azurerm', provider: 'azurerm', version: '4.55.0' },
  { packageName: '@cdktn/provider-azurerm', provider: 'azurerm', version: '4.73.0' },
  { packageName: '@cdktf/provider-azuread', provider: 'azuread', version: '3.7.0' },
];
const META = new Set(['//', 'depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'connection', 'provisioner']);
const CHANGES = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'azurerm-5.0-changes.json'), 'utf8'));

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

/**
 * The bindings a block of `provider` must match: every one whose release the stack's constraint admits.
 * A constraint above every binding here (the PowerShell 7.4 floor, 4.75.0) leaves the newest one, the
 * closest evidence there is (test/fixtures/provider-docs.json covers the releases themselves).
 */
function bindingsToMatch(json: any, provider: string): Bindings[] {
  const admitted = admittedBindings(json, provider);
  return admitted.length > 0 ? admitted : BINDINGS.filter((b) => b.provider === provider).slice(-1);
}

function admits(json: any, provider: string): string {
  const constraint = json.terraform?.required_providers?.[provider]?.version;
  return constraint === undefined ? 'no constraint' : `"${constraint}"`;
}

/** Written types and arguments that a binding the stack's constraint admits lacks. */
function argumentProblems(json: any): string[] {
  const problems: string[] = [];
  for (const [kind, type, block] of blocksOf(json)) {
    const key = kind === 'provider' ? `provider.${type}` : type;
    const provider = kind === 'provider' ? type : type.split('_')[0];
    if (!BINDINGS.some((b) => b.provider === provider)) {
      continue; // no bindings (time): checked against the provider's documentation only (provider-docs.test.ts)
    }
    for (const bindings of bindingsToMatch(json, provider)) {
      const schema = readSchema(bindings, kind === 'provider' ? 'provider' : type, kind === 'data');
      if (!schema) {
        problems.push(`${key}: missing in ${bindings.provider} ${bindings.version} (${bindings.packageName}), which ${admits(json, provider)} admits`);
      } else {
        problems.push(...unknownArguments(block, schema).map((path) => `${key}.${path} missing in ${bindings.provider} ${bindings.version}`));
      }
    }
  }
  return problems;
}

/**
 * Attributes read back (`${type.name.attr...}`, `${data.type.name.attr...}`, and `self.attr` in a
 * block's own postconditions) that a binding the stack's constraint admits lacks.
 */
function attributeProblems(json: any): string[] {
  const problems = new Set<string>();
  for (const ref of references(json)) {
    const [type, data] = ref.root === 'self' ? [ref.in.type, ref.in.kind === 'data'] : [ref.type, ref.root === 'data'];
    if ((ref.root !== 'resource' && ref.root !== 'data' && ref.root !== 'self') || !type || !ref.attribute) {
      continue;
    }
    const provider = type.split('_')[0];
    const label = `${data ? 'data.' : ''}${type}.${ref.attribute}${ref.root === 'self' ? ' (self)' : ''}`;
    if (!BINDINGS.some((b) => b.provider === provider)) {
      continue; // no bindings (time): see provider-docs.test.ts
    }
    for (const bindings of bindingsToMatch(json, provider)) {
      const schema = readSchema(bindings, type, data);
      if (!schema) {
        problems.add(`${label}: ${type} missing in ${bindings.provider} ${bindings.version}, which ${admits(json, provider)} admits`);
      } else if (!schema.attributes.has(ref.attribute) && !schema.arguments.has(ref.attribute)) {
        problems.add(`${label} missing in ${bindings.provider} ${bindings.version}`);
      }
    }
  }
  return [...problems].sort();
}

describe.each(CHECKED_STACKS)('provider schemas: %s', (_name, build) => {
  const json = JSON.parse(Testing.synth(build(Testing.app())));

  test('every argument exists in each admitted binding that has the type, and each type is in one of them', () => {
    expect(argumentProblems(json)).toEqual([]);
  });

  test('every attribute read back through a reference exists', () => {
    expect(attributeProblems(json)).toEqual([]);
  });

  test('writes nothing the azurerm 5.0 upgrade guide removes or renames', () => {
    const written = blocksOf(json).flatMap(([kind, type, block]) =>
      argumentPaths(block).map((path) => `${kind === 'provider' ? `provider.${type}` : type}|${path}`));
    const removed = CHANGES.removedArguments.map((c: any) => `${c.block}|${c.argument}`);
    expect(written.filter((w) => removed.includes(w))).toEqual([]);
    expect(Object.keys(json.resource ?? {}).filter((t) => CHANGES.removedResources.includes(t))).toEqual([]);
  });
});

describe('the checks fail where a binding the constraint admits lacks what is written', () => {
  // azurerm_automation_runtime_environment is new in azurerm 4.57: @cdktn/provider-azurerm 16 (4.73) has
  // it, @cdktf/provider-azurerm 14 (4.55) does not, and ">= 4.0.0, < 6.0.0" admits both.
  const stack = (constraint: string, extra: any = {}) => ({
    terraform: { required_providers: { azurerm: { source: 'hashicorp/azurerm', version: constraint } } },
    resource: {
      azurerm_automation_runtime_environment: {
        env: { name: 'pwsh74', location: 'westeurope', automation_account_id: '/x', runtime_language: 'PowerShell', runtime_version: '7.4' },
      },
      ...extra,
    },
  });

  test('a type newer than the floor fails', () => {
    expect(argumentProblems(stack('>= 4.0.0, < 6.0.0'))).toEqual([
      'azurerm_automation_runtime_environment: missing in azurerm 4.55.0 (@cdktf/provider-azurerm), which ">= 4.0.0, < 6.0.0" admits',
    ]);
    expect(argumentProblems(stack('>= 4.69.0, < 6.0.0'))).toEqual([]);
  });

  test('an attribute read back from a type newer than the floor fails, in references and in postconditions', () => {
    const reader = {
      azurerm_automation_runbook: {
        rb: {
          runtime_environment_name: '${azurerm_automation_runtime_environment.env.name}',
          lifecycle: { postcondition: [{ condition: '${self.runtime_environment_name != "" && self.made_up_attribute != ""}', error_message: 'x' }] },
        },
      },
    };
    expect(attributeProblems(stack('>= 4.0.0, < 6.0.0', reader))).toEqual([
      'azurerm_automation_runbook.made_up_attribute (self) missing in azurerm 4.55.0',
      'azurerm_automation_runbook.made_up_attribute (self) missing in azurerm 4.73.0',
      // The runbook's runtime_environment_name is new in 4.59: 4.55 lacks it.
      'azurerm_automation_runbook.runtime_environment_name (self) missing in azurerm 4.55.0',
      'azurerm_automation_runtime_environment.name: azurerm_automation_runtime_environment missing in azurerm 4.55.0, which ">= 4.0.0, < 6.0.0" admits',
    ]);
    expect(attributeProblems(stack('>= 4.69.0, < 6.0.0', reader))).toEqual([
      'azurerm_automation_runbook.made_up_attribute (self) missing in azurerm 4.73.0',
    ]);
  });
});

test('the schema reader finds what it should (it can fail)', () => {
  const schema = readSchema(BINDINGS[0], 'azurerm_automation_account', false)!;
  expect(schema.arguments.get('identity')!.arguments.has('identity_ids')).toBe(true);
  expect(unknownArguments({ name: 'x', identity: { type: 'SystemAssigned', bogus: 1 }, made_up: true }, schema)).toEqual(['identity.bogus', 'made_up']);
  expect(readSchema(BINDINGS[0], 'azurerm_automation_runtime_environment', false)).toBeUndefined();
  expect(readSchema(BINDINGS[1], 'azurerm_automation_runtime_environment', false)!.arguments.has('runtime_default_packages')).toBe(true);
});
