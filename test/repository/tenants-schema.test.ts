// The JSON Schema editors use (schema/tenants.schema.json) and the loader (TenantsConfig) state the same
// rules: the schema is generated from the library's lists (scripts/tenants-schema.ts), and every bad file
// below is refused by both. A few rules only the loader can check are listed with the reason.
import { readFileSync } from 'fs';
import { dirname } from 'path';
import Ajv from 'ajv';
import { DEFAULT_TENANTS_FILE } from '../../examples/tenants/main';
import { TenantsConfig } from '../../lib';
import { TENANT_FIELDS } from '../../lib/tenants/tenants-file';
import { TENANTS_SCHEMA_FILE, tenantsSchemaText } from '../../scripts/tenants-schema';

const schema = JSON.parse(readFileSync(TENANTS_SCHEMA_FILE, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(schema);
const original = JSON.parse(readFileSync(DEFAULT_TENANTS_FILE, 'utf8'));

function changed(change: (config: any) => void): any {
  const config = JSON.parse(JSON.stringify(original));
  change(config);
  return config;
}

const loads = (config: unknown) => () => TenantsConfig.parse(JSON.stringify(config), 'tenants.json', dirname(DEFAULT_TENANTS_FILE));

describe('schema/tenants.schema.json', () => {
  test('is the generated schema (run: npx ts-node --transpile-only scripts/tenants-schema.ts)', () => {
    expect(readFileSync(TENANTS_SCHEMA_FILE, 'utf8')).toBe(tenantsSchemaText());
  });

  test('names the same fields as the loader', () => {
    const keys = (object: any) => Object.keys(object.properties).sort();
    expect(keys(schema)).toEqual([...TENANT_FIELDS.file].sort());
    expect(keys(schema.properties.state)).toEqual([...TENANT_FIELDS.state].sort());
    expect(keys(schema.definitions.tenant)).toEqual([...TENANT_FIELDS.tenant].sort());
    expect(keys(schema.definitions.runbook)).toEqual([...TENANT_FIELDS.runbook].sort());
    expect(keys(schema.definitions.runbook.properties.schedule)).toEqual([...TENANT_FIELDS.schedule].sort());
    expect(keys(schema.definitions.runbook.properties.parameters.items)).toEqual([...TENANT_FIELDS.parameter].sort());
  });

  test('the example file is valid for both', () => {
    expect(validate(original)).toBe(true);
    expect(loads(original)).not.toThrow();
  });

  test.each([
    ['an unknown role', (c: any) => { c.tenants[0].roles = ['Exchange Admin']; }],
    ['a runtime that does not exist', (c: any) => { c.tenants[1].runtime = '7.3'; }],
    ['a tenant name with capitals', (c: any) => { c.tenants[0].name = 'Contoso'; }],
    ['no state', (c: any) => { delete c.state; }],
    ['a state that is not an object', (c: any) => { c.state = 'rg'; }],
    ['an empty storage account name', (c: any) => { c.state.storageAccountName = ' '; }],
    ['a user-assigned identity without a name', (c: any) => { delete c.tenants[1].userAssignedIdentityName; }],
    ['an identity name on a system-assigned tenant', (c: any) => { c.tenants[0].userAssignedIdentityName = 'id-x'; }],
    ['an identity kind with a typo', (c: any) => { c.tenants[0].identity = 'system'; }],
    ['a schedule frequency in lower case', (c: any) => { c.tenants[0].runbooks[0].schedule.frequency = 'day'; }],
    ['no tenants', (c: any) => { c.tenants = []; }],
    ['a field name with a typo', (c: any) => { c.tenants[0].rolez = []; }],
    ['an unknown top-level field', (c: any) => { c.tenant = []; }],
    ['an unknown runbook field', (c: any) => { c.tenants[0].runbooks[0].path = 'x.ps1'; }],
    ['a tenant id that is not a GUID', (c: any) => { c.tenants[0].tenantId = 'contoso'; }],
    ['a runbook without a file', (c: any) => { delete c.tenants[0].runbooks[0].file; }],
    ['roles that are not a list', (c: any) => { c.tenants[0].roles = 'Global Reader'; }],
  ])('%s is refused by the schema and by the loader', (_what, change) => {
    const config = changed(change);
    expect(validate(config)).toBe(false);
    expect(loads(config)).toThrow(/^tenants\.json: /);
  });

  // Rules a JSON Schema cannot state; the loader or the constructs check them (test/tenants/tenants-config.test.ts).
  test.each([
    ['the same tenant name twice', (c: any) => { c.tenants[1].name = 'contoso'; }, 'uniqueness of a property across items'],
  ])('%s: only the loader refuses it (%s)', (_what, change) => {
    const config = changed(change);
    expect(validate(config)).toBe(true);
    expect(loads(config)).toThrow(/^tenants\.json: /);
  });
});
