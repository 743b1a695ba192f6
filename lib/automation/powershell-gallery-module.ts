import { AutomationModule } from '@cdktf/provider-azurerm/lib/automation-module';
import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { IAutomationAccount } from './automation-account-interface';
import { requireAutomationAccount } from './account-kind';
import { requireRuntimeEnvironment } from './environment-kind';
import { PowerShellRuntime } from './powershell-runtime';
import { PowerShellRuntimeEnvironment } from './runtime-environment';
import { recordRetiredRuntime } from './runtime-retirement';
import { adoptExisting } from '../stack/adopt-existing';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { accountNamesOf, LiteralNames, literalNamesOf } from '../terraform/literal-names';
import { isMarked, markAs } from '../validation/markers';
import { requireKind, requireOptionalDependables } from '../validation/shapes';
import { AutomationRuntimeEnvironmentPackageResource } from '../bindings/azurerm/runtime-environment';
import { fail, requireObject, requirePattern } from '../validation/values';
import { registerStackChecks } from '../stack/stack-checks';
import { dependOn } from '../terraform/dependencies';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const powerShell72ModuleModule = (): typeof import('@cdktf/provider-azurerm/lib/automation-powershell72-module') => require('@cdktf/provider-azurerm/lib/automation-powershell72-module');

/** Properties of {@link PowerShellGalleryModule}. */
export interface PowerShellGalleryModuleProps {
  /** The Automation account that imports the module (created here or `AutomationAccountWithIdentity.fromAttributes`). */
  readonly account: IAutomationAccount;
  /** The runtime whose runbooks use the module; decides the Terraform resource. */
  readonly runtime: PowerShellRuntime;
  /** Module name as the PowerShell Gallery spells it, e.g. `ExchangeOnlineManagement`. */
  readonly moduleName: string;
  /** Exact module version, e.g. `3.9.2`. */
  readonly version: string;
  /**
   * The runtime environment to import into; required for PowerShell 7.4 and 7.6, refused otherwise.
   * @default - none
   */
  readonly runtimeEnvironment?: PowerShellRuntimeEnvironment;
  /**
   * Resources that must exist first (e.g. a module this one needs).
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * ARM id of the module as it exists already in the account (imported by hand), to adopt with a
   * Terraform `import` block: `.../automationAccounts/<account>/modules/<name>` (5.1),
   * `.../powerShell72Modules/<name>` (7.2) or `.../runtimeEnvironments/<environment>/packages/<name>` (7.4, 7.6).
   * @default - the module is imported by this stack
   */
  readonly importFrom?: string;
}

// azurerm only requires a non-empty module `name` (StringIsNotEmpty in automation_module_resource.go,
// automation_powershell72_module_resource.go and automation_runtime_environment_package_resource.go);
// the name is also a path segment of the PowerShell Gallery URL, so it is held to gallery package ids.
const MODULE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
// The version before an optional pre-release label is what azurerm accepts as a runtime environment
// package's `content_version`: `^[0-9]+\.[0-9]+(\.[0-9]+){0,2}$` (automation_runtime_environment_package_resource.go,
// v4.69.0-v5.2.0); the label is kept in the URL and dropped from `content_version`.
const MODULE_VERSION = /^\d+\.\d+(\.\d+){0,2}(-[0-9A-Za-z]+)?$/;
const MODULE_NAME_RULE = 'must be a PowerShell Gallery module name (letters, digits, ".", "-", "_")';
const MODULE_VERSION_RULE = 'must be an exact module version such as 3.9.2';

/**
 * A module from the PowerShell Gallery imported into an Automation account for one runtime:
 * `azurerm_automation_module` (5.1), `azurerm_automation_powershell72_module` (7.2) or
 * `azurerm_automation_runtime_environment_package` (7.4, 7.6). Each waits until Azure reports the import done,
 * so resources that depend on it start after the module is available.
 */
export class PowerShellGalleryModule extends Construct {
  /** The PowerShell Gallery download URL Azure Automation imports from (`api/v2/package/<name>/<version>`). */
  public static packageUri(moduleName: string, version: string): string {
    requirePattern('PowerShellGalleryModule.packageUri', 'moduleName', moduleName, MODULE_NAME, MODULE_NAME_RULE);
    requirePattern('PowerShellGalleryModule.packageUri', 'version', version, MODULE_VERSION, MODULE_VERSION_RULE);
    return `https://www.powershellgallery.com/api/v2/package/${moduleName}/${version}`;
  }

  /** The resource that imports the module (escape hatch). */
  public readonly resource: TerraformResource;
  /** The package URL the module is imported from. */
  public readonly contentUri: string;
  /** The module's name. */
  public readonly moduleName: string;
  /** The Automation account the module is imported into. */
  public readonly account: IAutomationAccount;
  /** The runtime the module is imported for. */
  public readonly runtime: PowerShellRuntime;

  /** What a dependent must wait for: the import, which finishes when Azure reports the module available. */
  public get dependables(): ITerraformDependable[] {
    return [this.resource];
  }

  constructor(scope: Construct, id: string, props: PowerShellGalleryModuleProps) {
    super(scope, id);
    // Checks first, in their own function: every token the provider class below makes captures a stack
    // trace through this constructor, and V8 prices each frame by how far into its function the call sits.
    const { account, runtime, environment, where, contentUri } = checkGalleryModule(this, scope, props);
    this.contentUri = contentUri;
    this.moduleName = props.moduleName;
    this.account = account;
    this.runtime = runtime;
    if (environment !== undefined) {
      this.resource = new AutomationRuntimeEnvironmentPackageResource(this, 'resource', {
        name: props.moduleName,
        automationRuntimeEnvironmentId: environment.environmentId,
        contentUri,
        contentVersion: props.version.split('-')[0],
      });
      dependOn(this.resource, props.dependsOn);
      adoptExisting(this, 'importFrom', props.importFrom, this.resource, IMPORT_ID_FORMATS.runtimeEnvironmentPackage,
        { ...where, environment: literalNamesOf(environment).environment, name: props.moduleName });
      return;
    }
    const moduleLink = { uri: contentUri };
    const inAccount = { ...where, name: props.moduleName };
    if (runtime.runbookType === 'PowerShell72') {
      this.resource = new (powerShell72ModuleModule().AutomationPowershell72Module)(this, 'resource', {
        name: props.moduleName, automationAccountId: account.accountId, moduleLink,
      });
      dependOn(this.resource, props.dependsOn);
      adoptExisting(this, 'importFrom', props.importFrom, this.resource, IMPORT_ID_FORMATS.powerShell72Module, inAccount);
    } else {
      this.resource = new AutomationModule(this, 'resource', {
        name: props.moduleName,
        resourceGroupName: account.resourceGroupName,
        automationAccountName: account.name,
        moduleLink,
      });
      dependOn(this.resource, props.dependsOn);
      adoptExisting(this, 'importFrom', props.importFrom, this.resource, IMPORT_ID_FORMATS.module, inAccount);
    }
  }
}

/** The checked props of a PowerShellGalleryModule (`environment` only for runtimes that use one). */
interface CheckedGalleryModule {
  readonly account: IAutomationAccount;
  readonly runtime: PowerShellRuntime;
  readonly environment?: PowerShellRuntimeEnvironment;
  readonly where: LiteralNames;
  readonly contentUri: string;
}

/** Checks `props` of `module` (created in `scope`) before anything is created; reports a retired runtime. */
function checkGalleryModule(module: PowerShellGalleryModule, scope: Construct, props: PowerShellGalleryModuleProps): CheckedGalleryModule {
  markAs(module, 'PowerShellGalleryModule');
  requireObject(module, 'props', props);
  registerStackChecks(module);
  const account = requireAutomationAccount(module, 'account', props.account);
  const runtime = requireKind<PowerShellRuntime>(module, 'runtime', props.runtime, 'PowerShellRuntime',
    'a PowerShellRuntime: PowerShellRuntime.V5_1, V7_2, V7_4 or V7_6');
  requirePattern(module, 'moduleName', props.moduleName, MODULE_NAME, MODULE_NAME_RULE);
  requirePattern(module, 'version', props.version, MODULE_VERSION, MODULE_VERSION_RULE);
  requireOptionalDependables(module, 'dependsOn', props.dependsOn);
  const environment = props.runtimeEnvironment === undefined ? undefined
    : requireRuntimeEnvironment(module, 'runtimeEnvironment', props.runtimeEnvironment);
  // The account's literal names: a created account's `name` is a reference the import id cannot be compared with.
  const where = accountNamesOf(account);
  const contentUri = PowerShellGalleryModule.packageUri(props.moduleName, props.version);
  // ExchangeOnlineModuleImport reports the runtime once for all of its modules.
  if (!isMarked(scope, 'ExchangeOnlineModuleImport')) {
    recordRetiredRuntime(module, 'runtime', runtime);
  }
  if (runtime.usesRuntimeEnvironment) {
    if (environment === undefined) {
      fail(module, 'runtimeEnvironment', undefined, `is required for ${runtime}: its modules are packages of a runtime environment`);
    }
    if (environment.account !== account) {
      fail(module, 'runtimeEnvironment', environment.node.path, `must belong to the module's Automation account ${account.node.path}`);
    }
    if (environment.runtime !== runtime) {
      fail(module, 'runtimeEnvironment', environment.node.path, `must provide ${runtime}, the module's runtime (it provides ${environment.runtime})`);
    }
  } else if (environment) {
    fail(module, 'runtimeEnvironment', environment.node.path, `must not be set for ${runtime}, which imports modules into the account`);
  }
  return { account, runtime, environment, where, contentUri };
}
