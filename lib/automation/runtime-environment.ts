import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { IAutomationAccount } from './automation-account-interface';
import { requireAutomationAccount } from './account-kind';
import { PowerShellRuntime } from './powershell-runtime';
import { defaultRuntimeEnvironmentName } from '../validation/azure-names';
import { adoptExisting } from '../stack/adopt-existing';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { accountNamesOf, recordLiteralNames } from '../terraform/literal-names';
import { requireKind, requireOptionalString } from '../validation/shapes';
import { isMarked, markAs } from '../validation/markers';
import { AutomationRuntimeEnvironmentResource } from '../bindings/azurerm/runtime-environment';
import { TerraformRequirements } from '../stack/terraform-requirements';
import { fail, requireObject, requirePattern } from '../validation/values';
import { registerStackChecks } from '../stack/stack-checks';

/** Properties of {@link PowerShellRuntimeEnvironment}. */
export interface PowerShellRuntimeEnvironmentProps {
  /** The Automation account the environment belongs to (created here or `AutomationAccountWithIdentity.fromAttributes`). */
  readonly account: IAutomationAccount;
  /**
   * The runtime; only runtimes that need an environment (PowerShell 7.4 and 7.6) are accepted.
   * @default PowerShellRuntime.V7_4
   */
  readonly runtime?: PowerShellRuntime;
  /**
   * Name of the runtime environment (no dots: Azure allows letters, digits, underscores and hyphens).
   * @default - 'PowerShell-7-4' for PowerShell 7.4, 'PowerShell-7-6' for PowerShell 7.6
   */
  readonly name?: string;
  /**
   * Description shown in the portal.
   * @default - a description naming this package
   */
  readonly description?: string;
  /**
   * ARM id of a runtime environment that exists already, to adopt with a Terraform `import` block
   * (`.../automationAccounts/<account>/runtimeEnvironments/<name>`).
   * @default - the environment is created
   */
  readonly importFrom?: string;
}

// azurerm only requires a non-empty `name` (validation.StringIsNotEmpty in
// automation_runtime_environment_resource.go, v4.73.0-v5.2.0); Azure's rule, enforced at apply time, is
// "must begin with alphabet and can contain only alphabets, numbers, underscores, and dashes"
// (https://learn.microsoft.com/azure/automation/quickstart-cli-support-powershell-runbook-runtime-environment).
const ENVIRONMENT_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * An Automation runtime environment (`azurerm_automation_runtime_environment`) for PowerShell 7.4 or 7.6 runbooks.
 * Adding one raises the floor of the stack's azurerm constraint to 4.75.0 (`>= 4.75.0, < 6.0.0`): runtime
 * environments, their packages and the runbook's `runtime_environment_name` exist from 4.69.0, and 4.75.0
 * fixed a package import that failed half-way leaving an orphan. A constraint you set yourself is kept, and
 * synth fails if it admits no such release.
 */
export class PowerShellRuntimeEnvironment extends Construct {
  /** True when `x` is a PowerShellRuntimeEnvironment (from any copy of this package). */
  public static isPowerShellRuntimeEnvironment(x: unknown): x is PowerShellRuntimeEnvironment {
    return isMarked(x, 'PowerShellRuntimeEnvironment');
  }

  /** The runtime the environment provides. */
  public readonly runtime: PowerShellRuntime;
  /** The environment's name, as a reference (orders runbooks after the environment). */
  public readonly name: string;
  /** The Automation account the environment belongs to. */
  public readonly account: IAutomationAccount;
  /** ARM id of the environment (what its packages name). */
  public readonly environmentId: string;
  /** The underlying `azurerm_automation_runtime_environment` resource (escape hatch). */
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: PowerShellRuntimeEnvironmentProps) {
    super(scope, id);
    markAs(this, 'PowerShellRuntimeEnvironment');
    requireObject(this, 'props', props);
    registerStackChecks(this);
    const account = requireAutomationAccount(this, 'account', props.account);
    const runtime = requireKind<PowerShellRuntime>(this, 'runtime', props.runtime ?? PowerShellRuntime.V7_4, 'PowerShellRuntime',
      'a PowerShellRuntime, e.g. PowerShellRuntime.V7_6');
    if (!runtime.usesRuntimeEnvironment) {
      fail(this, 'runtime', runtime.toString(), 'must be a runtime that uses runtime environments (PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6)');
    }
    const name = props.name ?? defaultRuntimeEnvironmentName(runtime);
    requirePattern(this, 'name', name, ENVIRONMENT_NAME,
      'must start with a letter and contain only letters, digits, underscores and hyphens (Azure\'s rule for runtime environment names)');
    requireOptionalString(this, 'description', props.description);
    if (props.description === '') {
      // azurerm: `description` is validation.StringIsNotEmpty (automation_runtime_environment_resource.go, v4.73.0-v5.2.0).
      fail(this, 'description', props.description, 'must not be empty (azurerm refuses an empty description; leave it unset for the default)');
    }

    this.runtime = runtime;
    this.account = account;
    const resource = new AutomationRuntimeEnvironmentResource(this, 'resource', {
      name,
      location: account.location,
      automationAccountId: account.accountId,
      runtimeLanguage: 'PowerShell',
      runtimeVersion: runtime.version,
      description: props.description ?? `${runtime} for Exchange Online runbooks (cdktf-exo-managed-identity)`,
    });
    const where = accountNamesOf(account);
    recordLiteralNames(this, { ...where, environment: name });
    adoptExisting(this, 'importFrom', props.importFrom, resource, IMPORT_ID_FORMATS.runtimeEnvironment, { ...where, name });
    this.resource = resource;
    this.name = resource.name;
    this.environmentId = resource.id;
    // azurerm 4.75.0 is the first release whose runtime environment package records its id before waiting
    // for the import (hashicorp/terraform-provider-azurerm#32365, commit 4dde368164): before it, a failed
    // import left an orphan that the next apply reported as "already exists". The resources themselves
    // came in 4.57.0 (#30991, environment), 4.59.0 (#30992, runbook runtime_environment_name) and 4.69.0
    // (#32022, package); CHANGELOG-v4.md.
    // PowerShell 7.6 needs no later release: `runtime_version` is validation.StringIsNotEmpty, with no list
    // of versions, from 4.57.0 (#30991) to v5.2.0 (automation_runtime_environment_resource.go), so "7.6"
    // passes every release that has the resource.
    TerraformRequirements.of(this).requireProvider('azurerm', '4.75.0', `${runtime} runtime environments (azurerm_automation_runtime_environment_package)`);
  }
}
