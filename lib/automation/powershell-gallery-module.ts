import { AutomationModule } from '@cdktf/provider-azurerm/lib/automation-module';
import { AutomationPowershell72Module } from '@cdktf/provider-azurerm/lib/automation-powershell72-module';
import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { AutomationAccountWithIdentity } from './automation-account';
import { PowerShellRuntime } from './powershell-runtime';
import { PowerShellRuntimeEnvironment } from './runtime-environment';
import { AutomationRuntimeEnvironmentPackageResource } from './runtime-environment-resources';
import { fail, requirePattern } from '../private/validation';

/** Properties of {@link PowerShellGalleryModule}. */
export interface PowerShellGalleryModuleProps {
  /** The Automation account that imports the module. */
  readonly account: AutomationAccountWithIdentity;
  /** The runtime whose runbooks use the module; decides the Terraform resource. */
  readonly runtime: PowerShellRuntime;
  /** Module name as the PowerShell Gallery spells it, e.g. `ExchangeOnlineManagement`. */
  readonly moduleName: string;
  /** Exact module version, e.g. `3.9.2`. */
  readonly version: string;
  /**
   * The runtime environment to import into; required for PowerShell 7.4, refused otherwise.
   * @default - none
   */
  readonly runtimeEnvironment?: PowerShellRuntimeEnvironment;
  /**
   * Resources that must exist first (e.g. a module this one needs).
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

const MODULE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MODULE_VERSION = /^\d+\.\d+(\.\d+){0,2}(-[0-9A-Za-z]+)?$/;


/**
 * A module from the PowerShell Gallery imported into an Automation account for one runtime:
 * `azurerm_automation_module` (5.1), `azurerm_automation_powershell72_module` (7.2) or
 * `azurerm_automation_runtime_environment_package` (7.4). Each waits until Azure reports the import done,
 * so resources that depend on it start after the module is available.
 */
export class PowerShellGalleryModule extends Construct {
  /** The PowerShell Gallery download URL Azure Automation imports from (`api/v2/package/<name>/<version>`). */
  public static packageUri(moduleName: string, version: string): string {
    return `https://www.powershellgallery.com/api/v2/package/${moduleName}/${version}`;
  }

  /** The resource that imports the module. */
  public readonly resource: TerraformResource;
  /** The package URL the module is imported from. */
  public readonly contentUri: string;

  constructor(scope: Construct, id: string, props: PowerShellGalleryModuleProps) {
    super(scope, id);
    requirePattern(this, 'moduleName', props.moduleName, MODULE_NAME, 'must be a PowerShell Gallery module name (letters, digits, ".", "-", "_")');
    requirePattern(this, 'version', props.version, MODULE_VERSION, 'must be an exact module version such as 3.9.2');
    this.contentUri = PowerShellGalleryModule.packageUri(props.moduleName, props.version);
    const account = props.account;
    const runtime = props.runtime;

    if (runtime.usesRuntimeEnvironment) {
      if (!props.runtimeEnvironment) {
        fail(this, 'runtimeEnvironment', undefined, `is required for ${runtime}: its modules are packages of a runtime environment`);
      }
      this.resource = new AutomationRuntimeEnvironmentPackageResource(this, 'resource', {
        name: props.moduleName,
        automationRuntimeEnvironmentId: props.runtimeEnvironment.resource.id,
        contentUri: this.contentUri,
        contentVersion: props.version.split('-')[0],
        dependsOn: props.dependsOn,
      });
      return;
    }
    if (props.runtimeEnvironment) {
      fail(this, 'runtimeEnvironment', props.runtimeEnvironment.node.path, `must not be set for ${runtime}, which imports modules into the account`);
    }
    const moduleLink = { uri: this.contentUri };
    this.resource = runtime === PowerShellRuntime.V7_2
      ? new AutomationPowershell72Module(this, 'resource', {
        name: props.moduleName, automationAccountId: account.accountId, moduleLink, dependsOn: props.dependsOn,
      })
      : new AutomationModule(this, 'resource', {
        name: props.moduleName,
        resourceGroupName: account.resourceGroupName,
        automationAccountName: account.resource.name,
        moduleLink,
        dependsOn: props.dependsOn,
      });
  }
}
