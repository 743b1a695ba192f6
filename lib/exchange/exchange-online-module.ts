import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { requireExchangeModuleVersion, requireExchangeRuntime } from './exchange-module-checks';
import { CURRENT_EXCHANGE_MODULE_RELEASE, defaultExchangeModuleVersion } from './exchange-module-support';
import { IAutomationAccount } from '../automation/automation-account-interface';
import { PowerShellGalleryModule } from '../automation/powershell-gallery-module';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { PowerShellRuntimeEnvironment } from '../automation/runtime-environment';
import { isMarked, markAs } from '../private/markers';
import { requireKind } from '../private/shape-checks';
import { fail, requireObject } from '../private/validation';

/** Properties of {@link ExchangeOnlineModuleImport}. */
export interface ExchangeOnlineModuleImportProps {
  /** The Automation account whose runbooks connect to Exchange Online (created here or `AutomationAccountWithIdentity.fromAttributes`). */
  readonly account: IAutomationAccount;
  /**
   * The runtime the runbooks use.
   * @default PowerShellRuntime.V5_1
   */
  readonly runtime?: PowerShellRuntime;
  /**
   * ExchangeOnlineManagement version. Must load on the runtime (Microsoft's table): every 3.x on
   * Windows PowerShell 5.1; 3.0.0-3.4.0 on 7.2; 3.5.0-3.9.2 on 7.4; 3.10.0 and later need PowerShell 7.6,
   * which Azure Automation does not offer, so they run on 5.1 only.
   * @default - the newest that loads: 3.10.1 (the current release) on 5.1, 3.4.0 on 7.2, 3.9.2 on 7.4
   */
  readonly version?: string;
  /**
   * The runtime environment for PowerShell 7.4.
   * @default - one is created for PowerShell 7.4
   */
  readonly runtimeEnvironment?: PowerShellRuntimeEnvironment;
  /**
   * ARM ids of modules that exist already in the account (imported by hand, as Microsoft's guide does),
   * by module name (`ExchangeOnlineManagement`, `PowerShellGet`, `PackageManagement`), to adopt with
   * Terraform `import` blocks. See `PowerShellGalleryModuleProps.importFrom` for the id formats.
   * @default - every module is imported by this stack
   */
  readonly importModulesFrom?: { [moduleName: string]: string };
  /**
   * ARM id of the PowerShell 7.4 runtime environment, when it exists already, to adopt with a Terraform
   * `import` block. Only with PowerShell 7.4 and no `runtimeEnvironment`.
   * @default - the environment is created
   */
  readonly importRuntimeEnvironmentFrom?: string;
}

// The V3 module's REST connections need PowerShellGet, which needs PackageManagement. Azure Automation's
// 5.1 and 7.2 sandboxes carry old copies, and Microsoft's known issues for both say to "explicitly upload
// PowerShellGet and PackageManagement modules" when using ExchangeOnlineManagement 3.0.0 or later
// (https://learn.microsoft.com/azure/automation/automation-runbook-types, known issues).
// PowerShell 7.4 ships both modules in-box, so its runtime environment needs only the Exchange package.
// Versions: the current stable releases on the PowerShell Gallery
// (https://www.powershellgallery.com/packages/PackageManagement/1.4.8.1,
//  https://www.powershellgallery.com/packages/PowerShellGet/2.2.5).
const PACKAGE_MANAGEMENT = { name: 'PackageManagement', version: '1.4.8.1' };
const POWERSHELL_GET = { name: 'PowerShellGet', version: '2.2.5' };
const EXCHANGE_MODULE = 'ExchangeOnlineManagement';

/**
 * Imports ExchangeOnlineManagement, and the modules its REST connections need, for the runtime the
 * runbooks use: step 3 of Microsoft's procedure. An incompatible version/runtime pair is an error at
 * synth time that names the combination that works.
 */
export class ExchangeOnlineModuleImport extends Construct {
  /** The current ExchangeOnlineManagement release in Microsoft's release notes (the default on Windows PowerShell 5.1). */
  public static readonly DEFAULT_VERSION: string = CURRENT_EXCHANGE_MODULE_RELEASE;
  /** The newest ExchangeOnlineManagement version Microsoft supports on PowerShell 7.2 (the default there). */
  public static readonly LAST_VERSION_FOR_POWERSHELL_7_2: string = defaultExchangeModuleVersion(PowerShellRuntime.V7_2);
  /** The newest ExchangeOnlineManagement version Microsoft supports on PowerShell 7.4 (the default there). */
  public static readonly LAST_VERSION_FOR_POWERSHELL_7_4: string = defaultExchangeModuleVersion(PowerShellRuntime.V7_4);

  /** True when `x` is an ExchangeOnlineModuleImport (from any copy of this package). */
  public static isExchangeOnlineModuleImport(x: unknown): x is ExchangeOnlineModuleImport {
    return isMarked(x, 'ExchangeOnlineModuleImport');
  }

  /** The runtime the modules are imported for. */
  public readonly runtime: PowerShellRuntime;
  /** The Automation account the modules are imported into. */
  public readonly account: IAutomationAccount;
  /** The ExchangeOnlineManagement version imported. */
  public readonly version: string;
  /** The runtime environment (PowerShell 7.4 only). */
  public readonly runtimeEnvironment?: PowerShellRuntimeEnvironment;
  /** The ExchangeOnlineManagement import. */
  public readonly exchangeModule: PowerShellGalleryModule;
  /** Every module import, in import order; runbooks depend on all of them. */
  public readonly modules: PowerShellGalleryModule[];

  constructor(scope: Construct, id: string, props: ExchangeOnlineModuleImportProps) {
    super(scope, id);
    markAs(this, 'ExchangeOnlineModuleImport');
    requireObject(this, 'props', props);
    const account = requireKind<IAutomationAccount>(this, 'account', props.account, 'AutomationAccount',
      'an Automation account (AutomationAccountWithIdentity or AutomationAccountWithIdentity.fromAttributes)');
    const runtime = requireExchangeRuntime(this, 'runtime', props.runtime);
    const version = requireExchangeModuleVersion(this, 'version', props.version, runtime);
    if (props.runtimeEnvironment !== undefined) {
      const environment = requireKind<PowerShellRuntimeEnvironment>(this, 'runtimeEnvironment', props.runtimeEnvironment,
        'PowerShellRuntimeEnvironment', 'a PowerShellRuntimeEnvironment');
      if (environment.runtime.version !== runtime.version) {
        fail(this, 'runtimeEnvironment', environment.node.path, `must provide ${runtime}, the runtime of the runbooks`);
      }
      if (props.importRuntimeEnvironmentFrom !== undefined) {
        fail(this, 'importRuntimeEnvironmentFrom', props.importRuntimeEnvironmentFrom,
          'must not be set with runtimeEnvironment: adopt the environment through its own importFrom');
      }
    }
    if (props.importRuntimeEnvironmentFrom !== undefined && !runtime.usesRuntimeEnvironment) {
      fail(this, 'importRuntimeEnvironmentFrom', props.importRuntimeEnvironmentFrom, `must not be set for ${runtime}, which has no runtime environment`);
    }

    this.runtime = runtime;
    this.account = account;
    this.version = version;
    // An environment given for 5.1 or 7.2 was refused above: environments only provide 7.4.
    if (runtime.usesRuntimeEnvironment) {
      this.runtimeEnvironment = props.runtimeEnvironment ?? new PowerShellRuntimeEnvironment(this, 'runtime-environment', {
        account, runtime, importFrom: props.importRuntimeEnvironmentFrom,
      });
    }

    const wanted = runtime.usesRuntimeEnvironment ? [] : [PACKAGE_MANAGEMENT, POWERSHELL_GET];
    wanted.push({ name: EXCHANGE_MODULE, version });
    const importFrom = props.importModulesFrom ?? {};
    requireObject(this, 'importModulesFrom', importFrom);
    for (const name of Object.keys(importFrom)) {
      if (!wanted.some((module) => module.name === name)) {
        fail(this, 'importModulesFrom', name, `must name a module imported for ${runtime}: ${wanted.map((module) => module.name).join(', ')}`);
      }
    }
    const modules: PowerShellGalleryModule[] = [];
    let previous: ITerraformDependable[] | undefined;
    for (const module of wanted) {
      const imported = new PowerShellGalleryModule(this, module.name, {
        account, runtime, runtimeEnvironment: this.runtimeEnvironment,
        moduleName: module.name, version: module.version, dependsOn: previous, importFrom: importFrom[module.name],
      });
      modules.push(imported);
      previous = imported.dependables;
    }
    this.exchangeModule = modules[modules.length - 1];
    this.modules = modules;
  }

  /** The resources a runbook must wait for. */
  public get dependables(): ITerraformDependable[] {
    return this.modules.flatMap((module) => module.dependables);
  }
}
