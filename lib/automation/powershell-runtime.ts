import { isMarked, markAs } from '../validation/markers';

/**
 * The PowerShell runtime a runbook runs on. Each decides how modules are imported and which runbook type
 * is used:
 *
 * | runtime | module import | runbook |
 * |---|---|---|
 * | 5.1 | `azurerm_automation_module` | `runbook_type = "PowerShell"` |
 * | 7.2 | `azurerm_automation_powershell72_module` | `runbook_type = "PowerShell72"` |
 * | 7.4 | a runtime environment (`azurerm_automation_runtime_environment`) and its packages | `runbook_type = "PowerShell"` + `runtime_environment_name` |
 * | 7.6 | a runtime environment, as 7.4 | as 7.4 |
 *
 * Source: Azure Automation runtime environments (https://learn.microsoft.com/azure/automation/runtime-environment-overview):
 * PowerShell 7.4 is offered only through a runtime environment; the azurerm provider's acceptance test for
 * `runtime_environment_name` pairs it with `runbook_type = "PowerShell"`. PowerShell 7.6: Azure update 568102,
 * "Generally Available: Azure Automation supports PowerShell 7.6 runbooks and Runtime environment"
 * (https://azure.microsoft.com/updates?id=568102, 2026-07-30). PowerShell 7.1 and 7.2: Azure update 567556,
 * "Retirement: Support for Python-2.7; 3.8 and PowerShell- 7.1; 7.2 will be retired on September 30, 2026"
 * (https://azure.microsoft.com/updates?id=567556, 2026-07-10): runbooks on them still run, without fixes or support.
 */
export class PowerShellRuntime {
  /** Windows PowerShell 5.1, the classic Automation sandbox. Runs every ExchangeOnlineManagement 3.x version. */
  public static readonly V5_1 = new PowerShellRuntime('5.1', 'PowerShell', false);
  /**
   * PowerShell 7.2 (.NET 6). Microsoft retired it in Azure Automation on 2026-09-30 (Azure update 567556):
   * runbooks still run but get no fixes or support, and using it is reported as a warning (EXO16).
   * ExchangeOnlineManagement 3.5.0 and later need .NET 8 and do not load here; use 3.4.0, or move to
   * V7_6 (the current module) or V7_4.
   */
  public static readonly V7_2 = new PowerShellRuntime('7.2', 'PowerShell72', false);
  /**
   * PowerShell 7.4 (.NET 8), through an Automation runtime environment (azurerm 4.75 or later).
   * ExchangeOnlineManagement 3.5.0 to 3.9.2 load here; 3.10.0 and later need PowerShell 7.6 (.NET 10).
   */
  public static readonly V7_4 = new PowerShellRuntime('7.4', 'PowerShell', true);
  /**
   * PowerShell 7.6 (.NET 10), through an Automation runtime environment (azurerm 4.75 or later, as 7.4;
   * azurerm accepts any `runtime_version`). Generally available in Azure Automation since 2026-07-30
   * (Azure update 568102). Runs ExchangeOnlineManagement 3.10.0 and later (the current release).
   */
  public static readonly V7_6 = new PowerShellRuntime('7.6', 'PowerShell', true);

  /** True when `x` is a PowerShellRuntime (from any copy of this package). */
  public static isPowerShellRuntime(x: unknown): x is PowerShellRuntime {
    return isMarked(x, 'PowerShellRuntime');
  }

  /** All runtimes this package supports. */
  public static all(): PowerShellRuntime[] {
    return [PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4, PowerShellRuntime.V7_6];
  }

  private constructor(
    /** The PowerShell version, e.g. `7.4`. */
    public readonly version: string,
    /** The `runbook_type` of azurerm_automation_runbook for this runtime. */
    public readonly runbookType: string,
    /** Whether runbooks need a runtime environment (PowerShell 7.4 and 7.6). */
    public readonly usesRuntimeEnvironment: boolean,
  ) {
    markAs(this, 'PowerShellRuntime');
  }

  /** e.g. `PowerShell 7.4`. */
  public toString(): string {
    return `PowerShell ${this.version}`;
  }
}
