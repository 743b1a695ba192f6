// The example apps, for the tests that synthesize every example.
import { App, TerraformStack } from 'cdktf';
import { TenantStacks } from '../../lib';
import { AdoptManualSetupExampleStack } from '../../examples/adopt-manual-setup/stack';
import { BootstrapDeployerExampleStack } from '../../examples/bootstrap-deployer/stack';
import { CoreConstructsStack } from '../../examples/core/stack';
import { ExistingAccountExampleStack } from '../../examples/existing-account/stack';
import { DEFAULT_TENANTS_FILE } from '../../examples/tenants/main';
import { PowerShell74ExampleStack } from '../../examples/powershell-7-4/stack';
import { PowerShell76ExampleStack } from '../../examples/powershell-7-6/stack';
import { SystemAssignedExampleStack } from '../../examples/system-assigned/stack';
import { UserAssignedScheduledExampleStack } from '../../examples/user-assigned-scheduled/stack';
import { VirtualMachineExampleStack } from '../../examples/virtual-machine/stack';
import { OptionalResourcesFixtureStack } from './stacks/optional-resources';

export const EXAMPLES: Array<[string, (app: App) => TerraformStack]> = [
  ['core', (app) => new CoreConstructsStack(app, 'exo-core')],
  ['system-assigned', (app) => new SystemAssignedExampleStack(app, 'exo-system-assigned')],
  ['user-assigned-scheduled', (app) => new UserAssignedScheduledExampleStack(app, 'exo-user-assigned-scheduled')],
  ['powershell-7-4', (app) => new PowerShell74ExampleStack(app, 'exo-powershell-7-4')],
  ['powershell-7-6', (app) => new PowerShell76ExampleStack(app, 'exo-powershell-7-6')],
  ['virtual-machine', (app) => new VirtualMachineExampleStack(app, 'exo-virtual-machine')],
  ['existing-account', (app) => new ExistingAccountExampleStack(app, 'exo-existing-account')],
  ['adopt-manual-setup', (app) => new AdoptManualSetupExampleStack(app, 'exo-adopt-manual-setup')],
  ['bootstrap-deployer', (app) => new BootstrapDeployerExampleStack(app, 'exo-bootstrap-deployer')],
  ['tenants: contoso', (app) => TenantStacks.fromFile(app, DEFAULT_TENANTS_FILE)[0]],
  ['tenants: fabrikam', (app) => TenantStacks.fromFile(app, DEFAULT_TENANTS_FILE)[1]],
];

/**
 * Test-only stacks (test/repository/stacks): what no user example writes (management locks, PowerShell 7.2
 * modules, the created service principal), for the checks that must see every resource type.
 */
export const FIXTURE_STACKS: Array<[string, (app: App) => TerraformStack]> = [
  ['fixture: optional-resources', (app) => new OptionalResourcesFixtureStack(app, 'exo-fixture-optional-resources')],
];

/** What the snapshot, schema, documentation, reference and terraform validate checks synthesize. */
export const CHECKED_STACKS: Array<[string, (app: App) => TerraformStack]> = [...EXAMPLES, ...FIXTURE_STACKS];

/** Every resource and data source address (`type.name`, `data.type.name`) of a synthesized stack, sorted. */
export function terraformAddresses(json: any): string[] {
  const resources = Object.entries(json.resource ?? {}).flatMap(([type, blocks]) => Object.keys(blocks as object).map((name) => `${type}.${name}`));
  const data = Object.entries(json.data ?? {}).flatMap(([type, blocks]) => Object.keys(blocks as object).map((name) => `data.${type}.${name}`));
  return [...resources, ...data].sort();
}
