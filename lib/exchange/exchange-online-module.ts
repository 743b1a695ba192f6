import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import {
  checkModuleImports, checkRuntimeEnvironmentImport, requireExchangeModuleVersion, requireExchangeRuntime,
} from './exchange-module-checks';
import { CURRENT_EXCHANGE_MODULE_RELEASE, defaultExchangeModuleVersion, exchangeModulesFor } from './exchange-module-support';
import { IAutomationAccount } from '../automation/automation-account-interface';
import { requireAutomationAccount } from '../automation/account-kind';
import { requireRuntimeEnvironment } from '../automation/environment-kind';
import { PowerShellGalleryModule } from '../automation/powershell-gallery-module';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { PowerShellRuntimeEnvironment } from '../automation/runtime-environment';
import { recordRetiredRuntime } from '../automation/runtime-retirement';
import { defaultRuntimeEnvironmentName } from '../validation/azure-names';
import { accountNamesOf, literalNamesOf } from '../terraform/literal-names';
import { isMarked, markAs } from '../validation/markers';
import { fail, requireObject, requireString } from '../validation/values';

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
   * Windows PowerShell 5.1; 3.0.0-3.4.0 on 7.2; 3.5.0-3.9.2 on 7.4 (and 7.6); 3.10.0 and later need
   * PowerShell 7.6, so they run on 5.1 and 7.6.
   * @default - the newest that loads: 3.10.1 (the current release) on 5.1 and 7.6, 3.4.0 on 7.2, 3.9.2 on 7.4
   */
  readonly version?: string;
  /**
   * The runtime environment for PowerShell 7.4 or 7.6.
   * @default - one is created for PowerShell 7.4 and 7.6
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
   * ARM id of the PowerShell 7.4 or 7.6 runtime environment, when it exists already, to adopt with a
   * Terraform `import` block. Only with PowerShell 7.4 or 7.6 and no `runtimeEnvironment`.
   * @default - the environment is created
   */
  readonly importRuntimeEnvironmentFrom?: string;
}

// Which modules each runtime needs, and why: exchangeModulesFor in exchange-module-support.ts.

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
  /** The newest ExchangeOnlineManagement version on PowerShell 7.6 (the default there): the current release. */
  public static readonly LAST_VERSION_FOR_POWERSHELL_7_6: string = defaultExchangeModuleVersion(PowerShellRuntime.V7_6);

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
  /** The runtime environment (PowerShell 7.4 and 7.6 only). */
  public readonly runtimeEnvironment?: PowerShellRuntimeEnvironment;
  /** The ExchangeOnlineManagement import. */
  public readonly exchangeModule: PowerShellGalleryModule;
  /** Every module import, in import order; runbooks depend on all of them. */
  public readonly modules: PowerShellGalleryModule[];

  constructor(scope: Construct, id: string, props: ExchangeOnlineModuleImportProps) {
    super(scope, id);
    // Checks first, in a function of their own (ARCHITECTURE.md, "Props in": why).
    const { account, runtime, version, importFrom } = checkModuleImport(this, props);
    this.runtime = runtime;
    this.account = account;
    this.version = version;
    // An environment given for 5.1 or 7.2 was refused above: environments only provide 7.4 and 7.6.
    if (runtime.usesRuntimeEnvironment) {
      this.runtimeEnvironment = props.runtimeEnvironment ?? new PowerShellRuntimeEnvironment(this, 'runtime-environment', {
        account, runtime, importFrom: props.importRuntimeEnvironmentFrom,
      });
    }

    const wanted = exchangeModulesFor(runtime, version);
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

/** The checked props of an ExchangeOnlineModuleImport, with the ARM ids to adopt each module from. */
interface CheckedModuleImport {
  readonly account: IAutomationAccount;
  readonly runtime: PowerShellRuntime;
  readonly version: string;
  readonly importFrom: { readonly [moduleName: string]: string };
}

/** Checks `props` of `module` before anything is created; reports a retired runtime. */
function checkModuleImport(module: ExchangeOnlineModuleImport, props: ExchangeOnlineModuleImportProps): CheckedModuleImport {
  markAs(module, 'ExchangeOnlineModuleImport');
  requireObject(module, 'props', props);
  const account = requireAutomationAccount(module, 'account', props.account);
  const runtime = requireExchangeRuntime(module, 'runtime', props.runtime);
  const version = requireExchangeModuleVersion(module, 'version', props.version, runtime);
  recordRetiredRuntime(module, 'runtime', runtime);
  let environmentName: string | undefined;
  if (props.runtimeEnvironment !== undefined) {
    const environment = requireRuntimeEnvironment(module, 'runtimeEnvironment', props.runtimeEnvironment);
    if (environment.runtime.version !== runtime.version) {
      fail(module, 'runtimeEnvironment', environment.node.path, `must provide ${runtime}, the runtime of the runbooks`);
    }
    if (environment.account !== account) {
      fail(module, 'runtimeEnvironment', environment.node.path, `must belong to the modules' Automation account ${account.node.path}`);
    }
    if (props.importRuntimeEnvironmentFrom !== undefined) {
      fail(module, 'importRuntimeEnvironmentFrom', props.importRuntimeEnvironmentFrom,
        'must not be set with runtimeEnvironment: adopt the environment through its own importFrom');
    }
    environmentName = literalNamesOf(environment).environment;
  } else if (runtime.usesRuntimeEnvironment) {
    environmentName = defaultRuntimeEnvironmentName(runtime);
  }
  // The account's literal names: the account of a created account is a reference the ids cannot be compared with.
  const where = accountNamesOf(account);
  if (props.importRuntimeEnvironmentFrom !== undefined) {
    requireString(module, 'importRuntimeEnvironmentFrom', props.importRuntimeEnvironmentFrom);
    if (!runtime.usesRuntimeEnvironment) {
      fail(module, 'importRuntimeEnvironmentFrom', props.importRuntimeEnvironmentFrom, `must not be set for ${runtime}, which has no runtime environment`);
    }
    checkRuntimeEnvironmentImport(module, 'importRuntimeEnvironmentFrom', props.importRuntimeEnvironmentFrom, environmentName!, where);
  }
  const importFrom = checkModuleImports(module, 'importModulesFrom', props.importModulesFrom, runtime, { ...where, environment: environmentName });
  return { account, runtime, version, importFrom };
}
