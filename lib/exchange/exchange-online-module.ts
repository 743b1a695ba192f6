import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import {
  DEFAULT_EXCHANGE_MODULE_VERSION, defaultExchangeModuleVersion, exchangeModuleIncompatibility,
  LAST_EXCHANGE_MODULE_VERSION_FOR_7_2, parseModuleVersion,
} from './exchange-module-version';
import { AutomationAccountWithIdentity } from '../automation/automation-account';
import { PowerShellGalleryModule } from '../automation/powershell-gallery-module';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { PowerShellRuntimeEnvironment } from '../automation/runtime-environment';
import { Annotations } from 'cdktf';
import { fail, isUnresolved, requireObject, requireString } from '../private/validation';

/** Properties of {@link ExchangeOnlineModuleImport}. */
export interface ExchangeOnlineModuleImportProps {
  /** The Automation account whose runbooks connect to Exchange Online. */
  readonly account: AutomationAccountWithIdentity;
  /**
   * The runtime the runbooks use.
   * @default PowerShellRuntime.V5_1
   */
  readonly runtime?: PowerShellRuntime;
  /**
   * ExchangeOnlineManagement version. Must run on the runtime: 3.5.0 and later need PowerShell 7.4 (or 5.1);
   * 3.0.0-3.4.0 run on 7.2.
   * @default - 3.9.2 (the current release in Microsoft's release notes); 3.4.0 on PowerShell 7.2
   */
  readonly version?: string;
  /**
   * The runtime environment for PowerShell 7.4.
   * @default - one is created for PowerShell 7.4
   */
  readonly runtimeEnvironment?: PowerShellRuntimeEnvironment;
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
  /** Default ExchangeOnlineManagement version (3.9.2, the current release in Microsoft's release notes). */
  public static readonly DEFAULT_VERSION: string = DEFAULT_EXCHANGE_MODULE_VERSION;
  /** The newest ExchangeOnlineManagement version documented to run on PowerShell 7.2 (the default there). */
  public static readonly LAST_VERSION_FOR_POWERSHELL_7_2: string = LAST_EXCHANGE_MODULE_VERSION_FOR_7_2;

  /** The runtime the modules are imported for. */
  public readonly runtime: PowerShellRuntime;
  /** The Automation account the modules are imported into. */
  public readonly account: AutomationAccountWithIdentity;
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
    requireObject(this, 'props', props);
    if (!(props.account instanceof AutomationAccountWithIdentity)) {
      fail(this, 'account', props.account === undefined ? undefined : String(props.account), 'must be an AutomationAccountWithIdentity');
    }
    const runtime = props.runtime ?? PowerShellRuntime.V5_1;
    if (!(runtime instanceof PowerShellRuntime)) {
      fail(this, 'runtime', runtime, 'must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2 or PowerShellRuntime.V7_4');
    }
    const version = requireString(this, 'version', props.version ?? defaultExchangeModuleVersion(runtime));
    if (!isUnresolved(version)) {
      const parsed = parseModuleVersion(version);
      if (!parsed) {
        fail(this, 'version', version, 'must be an ExchangeOnlineManagement version such as 3.9.2');
      }
      const problem = exchangeModuleIncompatibility(parsed, runtime);
      if (problem) {
        fail(this, 'version', version, problem);
      }
      if (parsed.prerelease) {
        Annotations.of(this).addWarning(`${this.node.path}: ExchangeOnlineManagement ${version} is a preview release; Microsoft `
          + 'recommends General Availability versions for production runbooks.');
      }
    }
    if (props.runtimeEnvironment && props.runtimeEnvironment.runtime !== runtime) {
      fail(this, 'runtimeEnvironment', props.runtimeEnvironment.node.path, `must provide ${runtime}, the runtime of the runbooks`);
    }

    this.runtime = runtime;
    this.account = props.account;
    this.version = version;
    // An environment given for 5.1 or 7.2 was refused above: environments only provide 7.4.
    if (runtime.usesRuntimeEnvironment) {
      this.runtimeEnvironment = props.runtimeEnvironment
        ?? new PowerShellRuntimeEnvironment(this, 'runtime-environment', { account: props.account, runtime });
    }

    const common = { account: props.account, runtime, runtimeEnvironment: this.runtimeEnvironment };
    const modules: PowerShellGalleryModule[] = [];
    let previous: ITerraformDependable[] | undefined;
    if (!runtime.usesRuntimeEnvironment) {
      for (const dependency of [PACKAGE_MANAGEMENT, POWERSHELL_GET]) {
        const module = new PowerShellGalleryModule(this, dependency.name, {
          ...common, moduleName: dependency.name, version: dependency.version, dependsOn: previous,
        });
        modules.push(module);
        previous = [module.resource];
      }
    }
    this.exchangeModule = new PowerShellGalleryModule(this, EXCHANGE_MODULE, {
      ...common, moduleName: EXCHANGE_MODULE, version, dependsOn: previous,
    });
    modules.push(this.exchangeModule);
    this.modules = modules;
  }

  /** The resources a runbook must wait for. */
  public get dependables(): ITerraformDependable[] {
    return this.modules.map((module) => module.resource);
  }
}
