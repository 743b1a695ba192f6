// The JSON-driven tenants example: someone who never writes TypeScript edits tenants.json, so every
// mistake must come back as a message that names the JSON path and the rule.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Testing } from 'cdktf';
import { DEFAULT_TENANTS_FILE } from '../../examples/tenants/main';
import { TenantsConfig, TenantStacks } from '../../lib';

const original = JSON.parse(readFileSync(DEFAULT_TENANTS_FILE, 'utf8'));

/** Writes a changed copy of tenants.json (scripts resolve against the original folder) and loads it. */
function withChange(change: (config: any) => void): () => unknown {
  const config = JSON.parse(JSON.stringify(original));
  change(config);
  for (const tenant of config.tenants ?? []) {
    for (const runbook of tenant.runbooks ?? []) {
      runbook.file = join(DEFAULT_TENANTS_FILE, '..', runbook.file);
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'exo-tenants-')), 'tenants.json');
  writeFileSync(file, JSON.stringify(config));
  return () => TenantStacks.fromFile(Testing.app(), file);
}

describe('tenants.json', () => {
  test('the shipped file gives one stack per tenant', () => {
    const stacks = TenantStacks.fromFile(Testing.app(), DEFAULT_TENANTS_FILE);
    expect(stacks.map((s) => s.node.id)).toEqual(['exo-contoso', 'exo-fabrikam']);
    expect(TenantsConfig.load(DEFAULT_TENANTS_FILE).tenants.map((t) => t.roles.map((r) => r.displayName)))
      .toEqual([['Exchange Recipient Administrator'], ['Global Reader']]);
  });

  test.each([
    ['an unknown role', (c: any) => { c.tenants[0].roles = ['Exchange Admin']; }, 'tenants[0].roles[0] "Exchange Admin" must be one of: Compliance Administrator'],
    ['a runtime that does not exist', (c: any) => { c.tenants[1].runtime = '7.3'; }, 'tenants[1].runtime must be "5.1", "7.2" or "7.4" (found "7.3")'],
    ['the same tenant name twice', (c: any) => { c.tenants[1].name = 'contoso'; }, 'tenants[1].name "contoso" is used twice'],
    ['a tenant name with capitals', (c: any) => { c.tenants[0].name = 'Contoso'; }, 'tenants[0].name "Contoso" must be 1-40 lowercase letters'],
    ['no state location', (c: any) => { delete c.state; }, 'state is required'],
    ['a user-assigned identity without a name', (c: any) => { delete c.tenants[1].userAssignedIdentityName; }, 'tenants[1].userAssignedIdentityName must be a non-empty string'],
    ['an identity kind with a typo', (c: any) => { c.tenants[0].identity = 'system'; }, 'tenants[0].identity must be "system-assigned" or "user-assigned"'],
    ['a schedule frequency in lowercase', (c: any) => { c.tenants[0].runbooks[0].schedule.frequency = 'day'; }, 'tenants[0].runbooks[0].schedule.frequency must be one of OneTime, Hour, Day, Week, Month'],
    ['no tenants', (c: any) => { c.tenants = []; }, 'tenants must list at least one tenant'],
    ['a module version that cannot run on the runtime', (c: any) => { c.tenants[1].runtime = '7.2'; }, 'exo-fabrikam/exo: exchangeModuleVersion "3.9.2" does not load on PowerShell 7.2'],
    ['a field name with a typo', (c: any) => { c.tenants[0].rolez = c.tenants[0].roles; }, 'tenants[0].rolez is not a known field; the known fields are name, tenantId'],
    ['a tenant id that is not a GUID', (c: any) => { c.tenants[0].tenantId = 'contoso'; }, 'tenants[0].tenantId "contoso" must be a GUID'],
    ['a state that is not an object', (c: any) => { c.state = 'rg-terraform-state'; }, 'state must be a JSON object (found "rg-terraform-state")'],
    ['a user-assigned identity name on a system-assigned tenant', (c: any) => { c.tenants[0].userAssignedIdentityName = 'id-x'; }, 'tenants[0].userAssignedIdentityName is only for identity "user-assigned"'],
    ['an organization that is not an onmicrosoft.com domain', (c: any) => { c.tenants[0].organization = 'contoso.com'; }, 'exo-contoso/exo: organization "contoso.com" must be the tenant\'s initial domain'],
  ])('rejects %s with a message that names the field', (_what, change, message) => {
    expect(withChange(change)).toThrow(message);
  });
});
