import type { AutomationJobSchedule } from '@cdktf/provider-azurerm/lib/automation-job-schedule';
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import type { AutomationSchedule } from '@cdktf/provider-azurerm/lib/automation-schedule';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { exchangeRunbookContent, RunbookParameterSpec } from './connect-command';
import { ExchangeOnlineModuleImport } from './exchange-online-module';
import { requireOrganization } from '../validation/organization';
import { checkRunbookParameters, checkSchedule, checkScriptText, checkStartTime, requireRunbookName, runbookParameters } from './runbook-checks';
import { RunbookScript } from './runbook-script';
import { TenantDomains } from '../entra/tenant-domains';
import { IAutomationAccount } from '../automation/automation-account-interface';
import { requireAutomationAccount } from '../automation/account-kind';
import { RunbookScheduleOptions, ScheduleFrequency } from '../automation/runbook-schedule';
import { IManagedIdentity } from '../identity/managed-identity';
import { adoptExisting } from '../stack/adopt-existing';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { accountNamesOf, LiteralNames } from '../terraform/literal-names';
import { requireKind, requireOptionalBoolean, requireOptionalDependables, requireOptionalString, requirePrincipal } from '../validation/shapes';
import { isMarked, markAs } from '../validation/markers';
import { fail, requireObject, requireString } from '../validation/values';
import { recordFinding } from '../rules/findings';
import { START_TIME_TOO_SOON_RULE } from '../rules/exo12-start-time-too-soon';
import { SCRIPT_CONNECTS_ITSELF_RULE } from '../rules/exo14-script-connects-itself';
import { registerStackChecks } from '../stack/stack-checks';
import { dependOn } from '../terraform/dependencies';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const scheduleModule = (): typeof import('@cdktf/provider-azurerm/lib/automation-schedule') => require('@cdktf/provider-azurerm/lib/automation-schedule');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jobScheduleModule = (): typeof import('@cdktf/provider-azurerm/lib/automation-job-schedule') => require('@cdktf/provider-azurerm/lib/automation-job-schedule');

/** A parameter of an Exchange runbook, for a script without its own `param()` block (the package writes one). */
export interface RunbookParameter {
  /** PowerShell parameter name, without `$` (letters, digits, underscores). */
  readonly name: string;
  /**
   * PowerShell type of the parameter.
   * @default 'string'
   * @jsii suppress reserved-word
   */
  readonly type?: string;
  /**
   * Whether a value must be given (every schedule must then supply it).
   * @default false
   */
  readonly mandatory?: boolean;
}

/** Options of an Exchange runbook (see {@link ExchangeOnlineRunbookProps}). */
export interface ExchangeRunbookOptions {
  /** Runbook name: up to 63 letters, digits, hyphens or underscores, starting with a letter or digit. */
  readonly name: string;
  /** The work to do after connecting, e.g. `RunbookScript.fromInline('Get-Mailbox -ResultSize 10')`. */
  readonly script: RunbookScript;
  /**
   * Parameters of the runbook, for a script without a `param()` block: the package writes one above the
   * connect line. A script's own `param()` block is the source of truth; given both, they must agree
   * (names, mandatory flags, and types where both give one). Names PowerShell reserves (common parameters
   * such as `Verbose`, automatic variables such as `input`) are refused.
   * @default - none
   */
  readonly parameters?: RunbookParameter[];
  /**
   * When to run the runbook.
   * @default - no schedule: start it from the portal or the API
   */
  readonly schedule?: RunbookScheduleOptions;
  /**
   * Description shown in the portal.
   * @default - none
   */
  readonly description?: string;
  /**
   * ARM id of a runbook that exists already in the account (made by hand), to adopt with a Terraform
   * `import` block (`.../automationAccounts/<account>/runbooks/<name>`); the next apply replaces its
   * content with the generated runbook.
   * @default - the runbook is created
   */
  readonly importFrom?: string;
}

/** Properties of {@link ExchangeOnlineRunbook}. */
export interface ExchangeOnlineRunbookProps extends ExchangeRunbookOptions {
  /** The Automation account that runs the runbook (created here or `AutomationAccountWithIdentity.fromAttributes`). */
  readonly account: IAutomationAccount;
  /** The module import the runbook needs; it also decides the runtime. */
  readonly modules: ExchangeOnlineModuleImport;
  /** The tenant's `<name>.onmicrosoft.com` domain. */
  readonly organization: string;
  /**
   * Check at plan time that `organization` is one of the tenant's domains (needs `Domain.Read.All`).
   * @default true
   */
  readonly verifyOrganization?: boolean;
  /**
   * The identity the runbook connects as; must be attached to the account.
   * @default - the account's runbook identity (`account.identity`)
   */
  readonly identity?: IManagedIdentity;
  /**
   * Resources a scheduled run must wait for, e.g. the Exchange grant and role bindings, so the first
   * run does not start before the identity has its permissions.
   * @default - none
   */
  readonly waitFor?: ITerraformDependable[];
}

/**
 * A PowerShell runbook that connects to Exchange Online as a managed identity, runs the user's script,
 * and always disconnects: step 5 of the procedure. It is created only after its modules are imported, and
 * its schedule (if any) only after `waitFor`.
 */
export class ExchangeOnlineRunbook extends Construct {
  /** True when `x` is an ExchangeOnlineRunbook (from any copy of this package). */
  public static isExchangeOnlineRunbook(x: unknown): x is ExchangeOnlineRunbook {
    return isMarked(x, 'ExchangeOnlineRunbook');
  }

  /** The `azurerm_automation_runbook` resource. */
  public readonly runbook: AutomationRunbook;
  /** The schedule, when one was given. */
  public readonly schedule?: AutomationSchedule;
  /** The link between schedule and runbook, with the parameters. */
  public readonly jobSchedule?: AutomationJobSchedule;
  /** The identity the runbook connects as. */
  public readonly identity: IManagedIdentity;
  /** The Automation account that runs the runbook. */
  public readonly account: IAutomationAccount;
  /** The module import the runbook relies on. */
  public readonly modules: ExchangeOnlineModuleImport;

  constructor(scope: Construct, id: string, props: ExchangeOnlineRunbookProps) {
    super(scope, id);
    // Checks first, in a function of their own (ARCHITECTURE.md, "Props in": why).
    const { account, modules, identity, parameters, content } = checkRunbook(this, props);
    this.identity = identity;
    this.account = account;
    this.modules = modules;
    this.runbook = new AutomationRunbook(this, 'runbook', {
      name: props.name,
      location: account.location,
      resourceGroupName: account.resourceGroupName,
      automationAccountName: account.name,
      runbookType: modules.runtime.runbookType,
      logProgress: true,
      logVerbose: false,
      description: props.description,
      content,
    });
    dependOn(this.runbook, modules.dependables);
    // The account's literal names: a created account's `name` is a reference the import ids cannot be compared with.
    const inAccount = accountNamesOf(account);
    adoptExisting(this, 'importFrom', props.importFrom, this.runbook, IMPORT_ID_FORMATS.runbook, { ...inAccount, name: props.name });
    if (modules.runtimeEnvironment) {
      // runtime_environment_name (azurerm >= 4.59) is newer than the prebuilt binding; the environment
      // raises the stack's azurerm constraint so the field is understood.
      this.runbook.addOverride('runtime_environment_name', modules.runtimeEnvironment.name);
    }
    if (props.schedule) {
      [this.schedule, this.jobSchedule] = scheduleRunbook(this, props.schedule, props, parameters, inAccount);
    }
  }
}

/** The checked props of an ExchangeOnlineRunbook, with its parameters and the runbook text they make. */
interface CheckedRunbook {
  readonly account: IAutomationAccount;
  readonly modules: ExchangeOnlineModuleImport;
  readonly identity: IManagedIdentity;
  readonly parameters: RunbookParameterSpec[];
  readonly content: string;
}

/** Checks `props` of `runbook` before anything is created; records what the script does that a rule reports. */
function checkRunbook(runbook: ExchangeOnlineRunbook, props: ExchangeOnlineRunbookProps): CheckedRunbook {
  markAs(runbook, 'ExchangeOnlineRunbook');
  requireObject(runbook, 'props', props);
  registerStackChecks(runbook);
  const account = requireAutomationAccount(runbook, 'account', props.account);
  const modules = requireKind<ExchangeOnlineModuleImport>(runbook, 'modules', props.modules, 'ExchangeOnlineModuleImport',
    'an ExchangeOnlineModuleImport');
  requireRunbookName(runbook, 'name', props.name);
  const organization = requireOrganization(runbook, 'organization', props.organization);
  requireOptionalString(runbook, 'description', props.description);
  if (requireOptionalBoolean(runbook, 'verifyOrganization', props.verifyOrganization) ?? true) {
    TenantDomains.of(runbook).requireOrganization(organization);
  }
  requireKind<RunbookScript>(runbook, 'script', props.script, 'RunbookScript', 'a RunbookScript (RunbookScript.fromInline or RunbookScript.fromFile)');
  const script = requireString(runbook, 'script', props.script.text);
  const structure = checkScriptText(runbook, 'script', script, props.script.sourceName);
  if (structure.callsConnect) {
    recordFinding(runbook, SCRIPT_CONNECTS_ITSELF_RULE, `script: ${props.script.sourceName}`);
  }

  if (modules.account !== account) {
    fail(runbook, 'modules', modules.node.path,
      `must be imported into the runbook's Automation account ${account.node.path} (it is imported into ${modules.account.node.path})`);
  }
  if (props.identity !== undefined) {
    requirePrincipal(runbook, 'identity', props.identity);
  }
  requireOptionalDependables(runbook, 'waitFor', props.waitFor);
  const identity = props.identity ?? account.identity;
  const attached = identity === account.systemAssignedIdentity || account.userAssignedIdentities.includes(identity as never);
  if (!attached) {
    fail(runbook, 'identity', identity.node.path,
      `must be attached to the Automation account ${account.node.path}; otherwise Connect-ExchangeOnline fails with "The requested identity has not been assigned to this resource"`);
  }
  const parameters = runbookParameters(runbook, '', checkRunbookParameters(runbook, '', props.parameters), props.parameters, structure);
  const content = exchangeRunbookContent(identity, organization, structure, parameters, props.script.sourceName);
  return { account, modules, identity, parameters, content };
}

/** Checks `schedule`, then creates the schedule of `runbook` and the job schedule that starts it. */
function scheduleRunbook(runbook: ExchangeOnlineRunbook, schedule: RunbookScheduleOptions, props: ExchangeOnlineRunbookProps,
  parameters: RunbookParameterSpec[], inAccount: LiteralNames): [AutomationSchedule, AutomationJobSchedule] {
  const jobParameters = checkSchedule(runbook, 'schedule', schedule, parameters);
  const start = schedule.startTime === undefined ? undefined : checkStartTime(runbook, 'schedule.startTime', schedule.startTime);
  if (start !== undefined && start - Date.now() < 5 * 60 * 1000) {
    recordFinding(runbook, START_TIME_TOO_SOON_RULE, `schedule.startTime: ${schedule.startTime}`);
  }
  const scheduleName = schedule.name ?? `${props.name}-schedule`;
  const created = new (scheduleModule().AutomationSchedule)(runbook, 'schedule', {
    name: scheduleName,
    resourceGroupName: runbook.account.resourceGroupName,
    automationAccountName: runbook.account.name,
    frequency: schedule.frequency,
    interval: schedule.frequency === ScheduleFrequency.ONE_TIME ? undefined : schedule.interval ?? 1,
    startTime: schedule.startTime,
    timezone: schedule.timezone ?? 'Etc/UTC',
    weekDays: schedule.weekDays,
    monthDays: schedule.monthDays,
    description: schedule.description,
  });
  adoptExisting(runbook, 'schedule.importFrom', schedule.importFrom, created, IMPORT_ID_FORMATS.schedule,
    { ...inAccount, name: scheduleName });
  const jobSchedule = new (jobScheduleModule().AutomationJobSchedule)(runbook, 'job-schedule', {
    resourceGroupName: runbook.account.resourceGroupName,
    automationAccountName: runbook.account.name,
    runbookName: runbook.runbook.name,
    scheduleName: created.name,
    parameters: jobParameters,
  });
  dependOn(jobSchedule, props.waitFor);
  adoptExisting(runbook, 'schedule.importJobScheduleFrom', schedule.importJobScheduleFrom, jobSchedule,
    IMPORT_ID_FORMATS.jobSchedule, { ...inAccount, schedule: scheduleName, runbook: props.name });
  return [created, jobSchedule];
}
