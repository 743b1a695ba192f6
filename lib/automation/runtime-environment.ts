import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AutomationAccountWithIdentity } from './automation-account';
import { PowerShellRuntime } from './powershell-runtime';
import {
  AutomationRuntimeEnvironmentResource, AZURERM_VERSION_FOR_RUNTIME_ENVIRONMENTS,
} from './runtime-environment-resources';
import { fail, requirePattern } from '../private/validation';

/** Properties of {@link PowerShellRuntimeEnvironment}. */
export interface PowerShellRuntimeEnvironmentProps {
  /** The Automation account the environment belongs to. */
  readonly account: AutomationAccountWithIdentity;
  /**
   * The runtime; only runtimes that need an environment (PowerShell 7.4) are accepted.
   * @default PowerShellRuntime.V7_4
   */
  readonly runtime?: PowerShellRuntime;
  /**
   * Name of the runtime environment.
   * @default 'PowerShell-7-4'
   */
  readonly name?: string;
  /**
   * Description shown in the portal.
   * @default - a description naming this package
   */
  readonly description?: string;
}

const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/**
 * An Automation runtime environment (`azurerm_automation_runtime_environment`) for PowerShell 7.4 runbooks.
 * Adding one raises the stack's azurerm version constraint to `>= 4.69.0, < 5.0.0`, the first release with
 * runtime environments, their packages and the runbook's `runtime_environment_name`.
 */
export class PowerShellRuntimeEnvironment extends Construct {
  /** The runtime the environment provides. */
  public readonly runtime: PowerShellRuntime;
  /** The environment's name, as a reference (orders runbooks after the environment). */
  public readonly name: string;
  /** The underlying resource. */
  public readonly resource: AutomationRuntimeEnvironmentResource;

  constructor(scope: Construct, id: string, props: PowerShellRuntimeEnvironmentProps) {
    super(scope, id);
    const runtime = props.runtime ?? PowerShellRuntime.V7_4;
    if (!runtime.usesRuntimeEnvironment) {
      fail(this, 'runtime', runtime.toString(), 'must be a runtime that uses runtime environments (PowerShellRuntime.V7_4)');
    }
    const name = props.name ?? `PowerShell-${runtime.version.replace('.', '-')}`;
    requirePattern(this, 'name', name, ENVIRONMENT_NAME,
      'must be 1-128 letters, digits, periods, hyphens or underscores, starting with a letter or digit');

    this.runtime = runtime;
    this.resource = new AutomationRuntimeEnvironmentResource(this, 'resource', {
      name,
      location: props.account.location,
      automationAccountId: props.account.accountId,
      runtimeLanguage: 'PowerShell',
      runtimeVersion: runtime.version,
      description: props.description ?? `${runtime} for Exchange Online runbooks (cdktf-exo-managed-identity)`,
    });
    this.name = this.resource.name;
    TerraformStack.of(this).addOverride('terraform.required_providers.azurerm.version', AZURERM_VERSION_FOR_RUNTIME_ENVIRONMENTS);
  }
}
