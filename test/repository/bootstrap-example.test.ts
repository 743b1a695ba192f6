// The bootstrap example (examples/bootstrap-deployer, DeployerPermissions) scopes the deploy identity so that
// the example stacks it deploys can create their resource groups.
import { Testing } from 'cdktf';
import { TenantStacks } from '../../lib';
import { BootstrapDeployerExampleStack } from '../../examples/bootstrap-deployer/stack';
import { SystemAssignedExampleStack } from '../../examples/system-assigned/stack';
import { DEFAULT_TENANTS_FILE } from '../../examples/tenants/main';
import { resourcesOf } from '../support/helpers';

describe('DeployerPermissions', () => {
  // Contributor on a resource group cannot create that group, and a group the bootstrap created would clash
  // with the stack that creates it again: stacks that create their group need the subscription scope.
  test.each([
    ['the default example', (app: any) => new SystemAssignedExampleStack(app, 'exo-system-assigned')],
    ['TenantStack', (app: any) => TenantStacks.fromFile(app, DEFAULT_TENANTS_FILE)[0]],
  ])('the bootstrap example lets %s create its resource group', (_name, build) => {
    const bootstrap = JSON.parse(Testing.synth(new BootstrapDeployerExampleStack(Testing.app(), 'exo-bootstrap-deployer')));
    const deployed = JSON.parse(Testing.synth(build(Testing.app())));
    const created = Object.values(resourcesOf(deployed, 'azurerm_resource_group')).map((g: any) => g.name);
    expect(created.length).toBeGreaterThan(0);
    const contributor = (Object.values(resourcesOf(bootstrap, 'azurerm_role_assignment')) as any[])
      .filter((a) => a.role_definition_name === 'Contributor').map((a) => a.scope);
    expect(contributor.filter((scope) => /^\/subscriptions\/[^/]+$/.test(scope))).toHaveLength(1);
    const bootstrapGroups = Object.values(resourcesOf(bootstrap, 'azurerm_resource_group')).map((g: any) => g.name);
    expect(bootstrapGroups.filter((name) => created.includes(name))).toEqual([]);
  });
});
