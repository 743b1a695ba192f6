// DeployerPermissions grants exactly the README's table of Microsoft Graph application permissions
// (README: "Microsoft Graph permissions for whoever runs `terraform apply`"), read from the README here so
// the two cannot drift, and nothing else: no directory role. The deploy identity gets the table's deploy
// column, the read-only plan identity (planObjectId) its plan column.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { DeployerPermissions } from '../../lib';
import { newStackWithProviders, resourcesOf, synthJson } from '../support/helpers';

const DEPLOYER = '99999999-8888-7777-6666-555555555555';
const PLAN = '44444444-3333-2222-1111-000000000000';
const SUBSCRIPTION = '/subscriptions/00000000-0000-0000-0000-000000000000';
const RG = `${SUBSCRIPTION}/resourceGroups/rg-exo`;

function readmeSection(): string {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Microsoft Graph permissions for whoever runs `terraform apply`\n');
  expect(start).toBeGreaterThan(0);
  return readme.slice(start, readme.indexOf('\n## ', start + 1));
}

const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/**
 * The README table: each row's Terraform types, its deploy and plan permissions, and its condition
 * ("always" or the prop that needs it).
 */
function readmeTable(): Array<{ terraform: string[]; deploy: string[]; plan: string[]; when: string }> {
  const rows = readmeSection().split('\n').filter((line) => line.startsWith('| `'));
  expect(rows.length).toBeGreaterThanOrEqual(5);
  return rows.map((row) => {
    const [, terraform, deploy, plan, when] = row.split('|').map((cell) => cell.trim());
    return { terraform: codes(terraform).filter((c) => /^(data\.)?azuread_/.test(c)), deploy: codes(deploy), plan: codes(plan), when };
  });
}

function expected(createServicePrincipalIfMissing: boolean, column: 'deploy' | 'plan' = 'deploy'): string[] {
  const rows = readmeTable().filter((row) => row.when === 'always'
    || (createServicePrincipalIfMissing && row.when === '`createServicePrincipalIfMissing: true`'));
  return [...new Set(rows.flatMap((row) => row[column]))].sort();
}

function granted(stack: ReturnType<typeof newStackWithProviders>, principal = DEPLOYER): string[] {
  return Object.values(resourcesOf(synthJson(stack), 'azuread_app_role_assignment'))
    .filter((a: any) => a.principal_object_id === principal)
    .map((a: any) => /app_role_ids\["([^"]+)"\]/.exec(a.app_role_id)![1]).sort();
}

const LIB = join(__dirname, '..', '..', 'lib');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every azuread resource and data source type the package can emit, read from lib/: the hand-written
 * bindings (`tfResourceType = 'azuread_...'` or `terraformResourceType: 'azuread_...'`, a data source when
 * its class extends a *DataSource), and any generated binding imported from @cdktf/provider-azuread.
 */
function azureadTypesInLib(): string[] {
  const types = new Set<string>();
  for (const file of tsFiles(LIB)) {
    const code = readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line)).join('\n');
    const classes = [...code.matchAll(/class\s+\w+\s+extends\s+(\w+)/g)].map((m) => ({ at: m.index!, base: m[1] }));
    for (const m of code.matchAll(/(?:tfResourceType\s*=|terraformResourceType:)\s*'(azuread_\w+)'/g)) {
      const owner = classes.filter((c) => c.at < m.index!).pop();
      types.add(owner && /DataSource$/.test(owner.base) ? `data.${m[1]}` : m[1]);
    }
    for (const m of code.matchAll(/@cdktf\/provider-azuread\/lib\/(data-azuread-)?([a-z0-9-]+)/g)) {
      if (m[2] !== 'provider') {
        types.add(`${m[1] ? 'data.' : ''}azuread_${m[2].replace(/-/g, '_')}`);
      }
    }
  }
  return [...types].sort();
}

describe('DeployerPermissions', () => {
  test('the README table covers every azuread resource and data source type the package can emit, and no other', () => {
    const emitted = azureadTypesInLib();
    expect(emitted).toEqual(expect.arrayContaining(['azuread_app_role_assignment', 'data.azuread_domains', 'data.azuread_service_principal']));
    const documented = [...new Set(readmeTable().flatMap((row) => row.terraform))].sort();
    expect(emitted.filter((type) => !documented.includes(type))).toEqual([]);
    expect(documented.filter((type) => !emitted.includes(type))).toEqual([]);
  });

  test('the README table has a condition the construct knows for every row', () => {
    expect(new Set(readmeTable().map((row) => row.when))).toEqual(new Set(['always', '`createServicePrincipalIfMissing: true`']));
  });

  test.each([[false], [true]])('grants exactly the README table (createServicePrincipalIfMissing: %s)', (create) => {
    const stack = newStackWithProviders();
    const permissions = new DeployerPermissions(stack, 'pipeline', { deployerObjectId: DEPLOYER, createServicePrincipalIfMissing: create });
    expect([...permissions.applicationPermissions].sort()).toEqual(expected(create));
    expect(granted(stack)).toEqual(expected(create));
  });

  test('each grant names the deployer\'s object id on the Microsoft Graph service principal; no directory role', () => {
    const stack = newStackWithProviders();
    new DeployerPermissions(stack, 'pipeline', { deployerObjectId: DEPLOYER });
    const json = synthJson(stack);
    for (const assignment of Object.values(resourcesOf(json, 'azuread_app_role_assignment')) as any[]) {
      expect(assignment.principal_object_id).toBe(DEPLOYER);
      expect(assignment.resource_object_id).toMatch(/^\$\{data\.azuread_service_principal\.api-service-principal-00000003-0000-0000-c000-000000000000_lookup_[0-9A-F]+\.object_id\}$/);
    }
    const lookup = Object.values(json.data.azuread_service_principal) as any[];
    expect(lookup.map((d) => d.client_id)).toEqual(['00000003-0000-0000-c000-000000000000']);
    expect(resourcesOf(json, 'azuread_directory_role_assignment')).toEqual({});
    expect(resourcesOf(json, 'azurerm_role_assignment')).toEqual({});
  });

  test('azureScopes: Contributor on each scope, named after the scope', () => {
    const stack = newStackWithProviders();
    const permissions = new DeployerPermissions(stack, 'pipeline', {
      deployerObjectId: DEPLOYER, azureScopes: [RG, '/subscriptions/00000000-0000-0000-0000-000000000000'],
    });
    expect(permissions.azureRoleAssignments.map((a) => a.node.id)).toEqual(['contributor-rg-exo', 'contributor-subscription-00000000-0000-0000-0000-000000000000']);
    const assignments = Object.values(resourcesOf(synthJson(stack), 'azurerm_role_assignment')) as any[];
    expect(assignments).toEqual([
      { principal_id: DEPLOYER, principal_type: 'ServicePrincipal', role_definition_name: 'Contributor', scope: RG },
      { principal_id: DEPLOYER, principal_type: 'ServicePrincipal', role_definition_name: 'Contributor', scope: '/subscriptions/00000000-0000-0000-0000-000000000000' },
    ]);
  });

  test.each([[false], [true]])('planObjectId: the plan identity gets exactly the README\'s read-only column (createServicePrincipalIfMissing: %s)', (create) => {
    const stack = newStackWithProviders();
    const permissions = new DeployerPermissions(stack, 'pipeline', { deployerObjectId: DEPLOYER, planObjectId: PLAN, createServicePrincipalIfMissing: create });
    expect([...permissions.planApplicationPermissions].sort()).toEqual(expected(create, 'plan'));
    expect(granted(stack, PLAN)).toEqual(expected(create, 'plan'));
    expect(granted(stack, PLAN).filter((p) => /ReadWrite/.test(p))).toEqual([]);
    expect(granted(stack)).toEqual(expected(create));
    expect(permissions.planGraphGrant).toBeDefined();
  });

  test('the plan column is read-only and is what a plan of the package reads with', () => {
    expect(expected(true, 'plan')).toEqual(['Application.Read.All', 'Domain.Read.All', 'RoleManagement.Read.Directory']);
  });

  test('no planObjectId: no plan grant and no plan role assignment', () => {
    const stack = newStackWithProviders();
    const permissions = new DeployerPermissions(stack, 'pipeline', { deployerObjectId: DEPLOYER, azureScopes: [RG] });
    expect(permissions.planApplicationPermissions).toEqual([]);
    expect(permissions.planGraphGrant).toBeUndefined();
    expect(permissions.planRoleAssignments).toEqual([]);
  });

  test('azureScopes with planObjectId: Contributor for the deployer, Reader for the plan identity', () => {
    const stack = newStackWithProviders();
    const permissions = new DeployerPermissions(stack, 'pipeline', { deployerObjectId: DEPLOYER, planObjectId: PLAN, azureScopes: [RG] });
    expect(permissions.planRoleAssignments.map((a) => a.node.id)).toEqual(['plan-reader-rg-exo']);
    const assignments = Object.values(resourcesOf(synthJson(stack), 'azurerm_role_assignment')) as any[];
    expect(assignments).toEqual([
      { principal_id: DEPLOYER, principal_type: 'ServicePrincipal', role_definition_name: 'Contributor', scope: RG },
      { principal_id: PLAN, principal_type: 'ServicePrincipal', role_definition_name: 'Reader', scope: RG },
    ]);
  });

  test('the README warns that RoleManagement.ReadWrite.Directory lets the deploy identity make itself Global Administrator', () => {
    expect(readmeSection()).toMatch(/RoleManagement\.ReadWrite\.Directory[^\n]*Global Administrator/);
  });

  test('createResourceGroupsIn: the bootstrap creates each resource group it scopes, before assigning roles on it', () => {
    const stack = newStackWithProviders();
    const permissions = new DeployerPermissions(stack, 'pipeline', {
      deployerObjectId: DEPLOYER, planObjectId: PLAN, azureScopes: [RG, SUBSCRIPTION], createResourceGroupsIn: 'westeurope',
    });
    const json = synthJson(stack);
    const groups = resourcesOf(json, 'azurerm_resource_group');
    expect(Object.values(groups)).toEqual([{ location: 'westeurope', name: 'rg-exo' }]);
    expect(permissions.resourceGroups.map((g) => g.node.id)).toEqual(['group-rg-exo']);
    const address = `azurerm_resource_group.${Object.keys(groups)[0]}`;
    const assignments = Object.values(resourcesOf(json, 'azurerm_role_assignment')) as any[];
    // The scope stays the ARM id as given: if the group lands in another subscription than the one named,
    // the assignment fails at apply instead of granting on an unintended group.
    expect(assignments.filter((a) => a.scope === RG).map((a) => [a.role_definition_name, a.depends_on])).toEqual([
      ['Contributor', [address]], ['Reader', [address]],
    ]);
    expect(assignments.filter((a) => a.scope === SUBSCRIPTION).map((a) => a.depends_on)).toEqual([undefined, undefined]);
  });

  test('without createResourceGroupsIn no resource group is created (the scopes must exist)', () => {
    const stack = newStackWithProviders();
    const permissions = new DeployerPermissions(stack, 'pipeline', { deployerObjectId: DEPLOYER, azureScopes: [RG] });
    expect(permissions.resourceGroups).toEqual([]);
    expect(resourcesOf(synthJson(stack), 'azurerm_resource_group')).toEqual({});
  });

  test.each([
    [{ deployerObjectId: DEPLOYER, azureScopes: [SUBSCRIPTION], createResourceGroupsIn: 'westeurope' }, 'test/pipeline: createResourceGroupsIn "westeurope" needs a resource group in azureScopes (/subscriptions/<id>/resourceGroups/<name>): there is no group to create'],
    [{ deployerObjectId: DEPLOYER, azureScopes: [RG], createResourceGroupsIn: ' ' }, 'test/pipeline: createResourceGroupsIn " " must not be empty'],
    [{ deployerObjectId: DEPLOYER, azureScopes: [`${SUBSCRIPTION}/resourceGroups/rg.`], createResourceGroupsIn: 'westeurope' }, 'test/pipeline: azureScopes resource group "rg." must be 1-90 letters'],
    [{ deployerObjectId: DEPLOYER, planObjectId: 'plan-app' }, 'test/pipeline: planObjectId "plan-app" must be a GUID'],
    [{ deployerObjectId: 'abcdef00-0000-0000-0000-000000000000', planObjectId: 'ABCDEF00-0000-0000-0000-000000000000' }, 'test/pipeline: planObjectId "ABCDEF00-0000-0000-0000-000000000000" must differ from deployerObjectId: the plan identity is the read-only one that pull requests sign in as'],
    [{ deployerObjectId: 'pipeline-app' }, 'test/pipeline: deployerObjectId "pipeline-app" must be a GUID'],
    [{ deployerObjectId: DEPLOYER, azureScopes: ['rg-exo'] }, 'test/pipeline: azureScopes "rg-exo" must list ARM ids of resource groups or subscriptions'],
    [{ deployerObjectId: DEPLOYER, azureScopes: [RG, RG] }, 'test/pipeline: azureScopes'],
    [{ deployerObjectId: DEPLOYER, createServicePrincipalIfMissing: 'yes' }, 'test/pipeline: createServicePrincipalIfMissing "yes" must be true or false'],
  ])('rejects %j', (props, message) => {
    expect(() => new DeployerPermissions(newStackWithProviders(), 'pipeline', props as any)).toThrow(message);
  });
});
