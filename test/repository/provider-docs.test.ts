// Every argument the checked stacks write, and every attribute they read back, is in the providers' own
// documentation at every listed release the stack's constraint admits: azurerm 4.0.0, 4.75.0, 5.0.0 and
// 5.2.0; azuread 3.0.0 and 3.9.0; time 0.5.0 and 0.14.0. The names come from test/fixtures/provider-docs.json,
// which scripts/provider-docs.js extracts from the providers' git tags (names only). The generated
// bindings (test/repository/provider-schemas.test.ts) cover azurerm 4.55 and 4.73 and azuread 3.7 in between; the
// time provider has no bindings here, so this is its only check.
import { readFileSync } from 'fs';
import { join } from 'path';
import { Testing } from 'cdktf';
import { CHECKED_STACKS } from './example-stacks';
import { pageNames } from '../../scripts/provider-docs';
import { references } from '../../scripts/consumer/terraform-references';
import { compareVersions, constraintInterval, parseVersion } from '../../lib/terraform/version-constraints';

type Page = { arguments: string[]; blocks: { [block: string]: string[] }; attributes: string[] } | null;
const DOCS: { [provider: string]: { [version: string]: { [type: string]: Page } } } = JSON.parse(
  readFileSync(join(__dirname, '..', 'fixtures', 'provider-docs.json'), 'utf8'));
const META = new Set(['//', 'depends_on', 'lifecycle', 'provider', 'count', 'for_each', 'connection', 'provisioner']);

/** The listed releases of `provider` that the stack's constraint admits. */
function admittedVersions(json: any, provider: string): string[] {
  const constraint = json.terraform?.required_providers?.[provider]?.version;
  const interval = constraint === undefined ? undefined : constraintInterval(constraint);
  return Object.keys(DOCS[provider]).filter((v) => !interval || (compareVersions(parseVersion(v), interval.lower) >= 0
    && (!interval.upper || compareVersions(parseVersion(v), interval.upper) < 0)));
}

function providerOf(key: string): string {
  return key.replace(/^(data|provider)\./, '').split('_')[0];
}

/** [key, block] of every provider block, resource and data source: key `type`, `data.type` or `provider.name`. */
function blocksOf(json: any): Array<[string, any]> {
  const out: Array<[string, any]> = [];
  for (const [type, blocks] of Object.entries<any>(json.resource ?? {})) for (const block of Object.values(blocks)) out.push([type, block]);
  for (const [type, blocks] of Object.entries<any>(json.data ?? {})) for (const block of Object.values(blocks)) out.push([`data.${type}`, block]);
  for (const [name, blocks] of Object.entries<any>(json.provider ?? {})) for (const block of blocks as any[]) out.push([`provider.${name}`, block]);
  return out;
}

/** Written argument names the page lacks; a nested object is checked against the block's list where the page has one (maps such as `tags` have none). */
function missingArguments(block: any, page: { arguments: string[]; blocks: { [block: string]: string[] } }, names: string[], prefix = ''): string[] {
  return Object.entries(block).filter(([name]) => !META.has(name)).flatMap(([name, value]) => {
    if (!names.includes(name)) {
      return [`${prefix}${name}`];
    }
    const nested = page.blocks[name];
    const items = (Array.isArray(value) ? value : [value]).filter((v) => v && typeof v === 'object' && !Array.isArray(v));
    return nested ? items.flatMap((item) => missingArguments(item, page, nested, `${prefix}${name}.`)) : [];
  });
}

function documentationProblems(json: any): string[] {
  const problems = new Set<string>();
  const pageAt = (key: string, version: string): Page | undefined => DOCS[providerOf(key)]?.[version]?.[key];
  const versionsFor = (key: string): string[] => {
    const provider = providerOf(key);
    if (!DOCS[provider] || !Object.values(DOCS[provider]).some((types) => key in types)) {
      problems.add(`${key}: not in test/fixtures/provider-docs.json (add it to scripts/provider-docs.js and regenerate)`);
      return [];
    }
    const versions = admittedVersions(json, provider);
    if (versions.length === 0) {
      problems.add(`${key}: the constraint ${json.terraform?.required_providers?.[provider]?.version} admits none of ${Object.keys(DOCS[provider]).join(', ')}`);
    }
    return versions;
  };
  for (const [key, block] of blocksOf(json)) {
    for (const version of versionsFor(key)) {
      const page = pageAt(key, version);
      if (!page) {
        problems.add(`${key}: not documented in ${providerOf(key)} ${version}, which ${json.terraform?.required_providers?.[providerOf(key)]?.version} admits`);
      } else {
        missingArguments(block, page, page.arguments).forEach((arg) => problems.add(`${key}.${arg}: not documented in ${providerOf(key)} ${version}`));
      }
    }
  }
  for (const ref of references(json)) {
    const [type, data] = ref.root === 'self' ? [ref.in.type, ref.in.kind === 'data'] : [ref.type, ref.root === 'data'];
    if ((ref.root !== 'resource' && ref.root !== 'data' && ref.root !== 'self') || !type || !ref.attribute || ref.attribute === 'id') {
      continue;
    }
    const key = `${data ? 'data.' : ''}${type}`;
    for (const version of versionsFor(key)) {
      const page = pageAt(key, version);
      if (page && !page.attributes.includes(ref.attribute) && !page.arguments.includes(ref.attribute)) {
        problems.add(`${key}.${ref.attribute}${ref.root === 'self' ? ' (self)' : ''}: read back, not documented in ${providerOf(key)} ${version}`);
      }
    }
  }
  return [...problems].sort();
}

describe.each(CHECKED_STACKS)('provider documentation: %s', (_name, build) => {
  test('every written argument and every attribute read back is documented in each listed release the constraint admits', () => {
    expect(documentationProblems(JSON.parse(Testing.synth(build(Testing.app()))))).toEqual([]);
  });
});

describe('the documentation check (it can fail)', () => {
  const stack = (constraint: string) => ({
    terraform: { required_providers: { azurerm: { source: 'hashicorp/azurerm', version: constraint }, time: { version: '>= 0.5.0, < 1.0.0' } } },
    resource: {
      azurerm_automation_runtime_environment: { env: { name: 'pwsh74', location: 'westeurope', automation_account_id: '/x', runtime_language: 'PowerShell', runtime_version: '7.4' } },
      azurerm_automation_runbook: { rb: { name: 'r', runtime_environment_name: '${azurerm_automation_runtime_environment.env.name}' } },
      azurerm_automation_account: { aa: { name: 'a', identity: { type: 'SystemAssigned', made_up: 'x' }, tags: { any: 'key' } } },
      time_sleep: { wait: { create_duration: '30s', lifecycle: { postcondition: [{ condition: '${self.made_up_attribute != ""}', error_message: 'x' }] } } },
    },
  });

  test('a type or argument newer than the floor, an unknown nested argument and an undocumented attribute fail', () => {
    expect(documentationProblems(stack('>= 4.0.0, < 6.0.0'))).toEqual([
      'azurerm_automation_account.identity.made_up: not documented in azurerm 4.0.0',
      'azurerm_automation_account.identity.made_up: not documented in azurerm 4.75.0',
      'azurerm_automation_account.identity.made_up: not documented in azurerm 5.0.0',
      'azurerm_automation_account.identity.made_up: not documented in azurerm 5.2.0',
      'azurerm_automation_runbook.runtime_environment_name: not documented in azurerm 4.0.0',
      'azurerm_automation_runtime_environment: not documented in azurerm 4.0.0, which >= 4.0.0, < 6.0.0 admits',
      'time_sleep.made_up_attribute (self): read back, not documented in time 0.14.0',
      'time_sleep.made_up_attribute (self): read back, not documented in time 0.5.0',
    ]);
    expect(documentationProblems(stack('>= 4.75.0, < 6.0.0')).filter((p) => !p.includes('made_up'))).toEqual([]);
  });

  test('a type missing from the fixture fails', () => {
    expect(documentationProblems({ resource: { azurerm_key_vault: { kv: { name: 'x' } } } })).toEqual([
      'azurerm_key_vault: not in test/fixtures/provider-docs.json (add it to scripts/provider-docs.js and regenerate)',
    ]);
  });

  test('the page reader reads both page layouts', () => {
    const legacy = [
      '## Argument Reference', '', '* `name` - (Required) x', '', '---', '', 'An `identity` block supports the following:', '',
      '* `type` - (Required) x', '', '```hcl', '* `not_this` = 1', '```', '## Attributes Reference', '', '* `id` - x', '', '---', '',
      'An `identity` block exports the following:', '', '* `principal_id` - x', '', '## Import', '', '* `nor_this` - x',
    ].join('\n');
    expect(pageNames(legacy)).toEqual({ arguments: ['name'], blocks: { identity: ['type'] }, attributes: ['id'] });
    const schema = [
      '## Schema', '', '### Optional', '', '- `create_duration` (String) x', '- `timeouts` (Block) x', '', '### Read-Only', '', '- `id` (String) x', '',
      '<a id="nestedblock--timeouts"></a>', '### Nested Schema for `timeouts`', '', 'Optional:', '', '- `create` (String) x', '', '## Import',
    ].join('\n');
    expect(pageNames(schema)).toEqual({ arguments: ['create_duration', 'timeouts'], blocks: { timeouts: ['create'] }, attributes: ['id'] });
    expect(pageNames(undefined)).toBeNull();
  });
});
