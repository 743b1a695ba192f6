// DeployerPermissions grants exactly the README's table of Microsoft Graph application permissions
// (README: "Microsoft Graph permissions for whoever runs `terraform apply`"), read from the README here so
// the two cannot drift, and nothing else: no directory role.
import { readFileSync } from 'fs';
import { join } from 'path';
import { DeployerPermissions } from '../../lib';
import { newStackWithProviders, resourcesOf, synthJson } from '../helpers';

const DEPLOYER = '99999999-8888-7777-6666-555555555555';
const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo';

/** The README table: each row's permissions and its condition ("always" or the prop that needs it). */
function readmeTable(): Array<{ permissions: string[]; when: string }> {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Microsoft Graph permissions for whoever runs `terraform apply`\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  expect(rows.length).toBeGreaterThanOrEqual(5);
  return rows.map((row) => {
    const [, , permissions, when] = row.split('|').map((cell) => cell.trim());
    return { permissions: [...permissions.matchAll(/`([^`]+)`/g)].map((m) => m[1]), when };
  });
}

function expected(createServicePrincipalIfMissing: boolean): string[] {
  const rows = readmeTable().filter((row) => row.when === 'always'
    || (createServicePrincipalIfMissing && row.when === '`createServicePrincipalIfMissing: true`'));
  return [...new Set(rows.flatMap((row) => row.permissions))].sort();
}

function granted(stack: ReturnType<typeof newStackWithProviders>): string[] {
  return Object.values(resourcesOf(synthJson(stack), 'azuread_app_role_assignment'))
    .map((a: any) => /app_role_ids\["([^"]+)"\]/.exec(a.app_role_id)![1]).sort();
}

describe('DeployerPermissions', () => {
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

  test.each([
    [{ deployerObjectId: 'pipeline-app' }, 'test/pipeline: deployerObjectId "pipeline-app" must be a GUID'],
    [{ deployerObjectId: DEPLOYER, azureScopes: ['rg-exo'] }, 'test/pipeline: azureScopes "rg-exo" must list ARM ids of resource groups or subscriptions'],
    [{ deployerObjectId: DEPLOYER, azureScopes: [RG, RG] }, 'test/pipeline: azureScopes'],
    [{ deployerObjectId: DEPLOYER, createServicePrincipalIfMissing: 'yes' }, 'test/pipeline: createServicePrincipalIfMissing "yes" must be true or false'],
  ])('rejects %j', (props, message) => {
    expect(() => new DeployerPermissions(newStackWithProviders(), 'pipeline', props as any)).toThrow(message);
  });
});
