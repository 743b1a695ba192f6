import type { AutomationJobSchedule } from '@cdktf/provider-azurerm/lib/automation-job-schedule';
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import type { AutomationSchedule } from '@cdktf/provider-azurerm/lib/automation-schedule';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { exchangeRunbookContent, RunbookParameterSpec } from './connect-command';
import { ExchangeOnlineModuleImport } from './exchange-online-module';
import { requireOrganization } from './organization';
import { RunbookScript } from './runbook-script';
import { TenantDomains } from '../entra/tenant-domains';
import { IAutomationAccount } from '../automation/automation-account-interface';
import { RunbookScheduleOptions, ScheduleFrequency } from '../automation/runbook-schedule';
import { IManagedIdentity } from '../identity/managed-identity';
import { adoptExisting, IMPORT_ID_FORMATS } from '../private/import-ids';
import { accountNamesOf } from '../private/literal-names';
import { requireKind } from '../private/shape-checks';
import { isMarked, markAs } from '../private/markers';
import {
  fail, isUnresolved, requireArray, requireObject, requirePattern, requireString,
} from '../private/validation';
import { AZURE_SCHEDULE_TIME_ZONES } from '../private/azure-time-zones';
import { recordFinding } from '../private/findings';
import { registerStackChecks } from '../private/stack-checks';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const scheduleModule = (): typeof import('@cdktf/provider-azurerm/lib/automation-schedule') => require('@cdktf/provider-azurerm/lib/automation-schedule');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jobScheduleModule = (): typeof import('@cdktf/provider-azurerm/lib/automation-job-schedule') => require('@cdktf/provider-azurerm/lib/automation-job-schedule');

/** A parameter of an Exchange runbook, declared in the generated `param()` block. */
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
   * Parameters of the runbook. Declare them here, not in the script: the connect line must be the
   * runbook's first command, and PowerShell requires `param()` to come before it.
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

// The provider's rules, from hashicorp/terraform-provider-azurerm internal/services/automation (the same in
// every release v4.0.0-v5.2.0):
// - runbook `name`: validate.RunbookName (validate/runbook_name.go);
const RUNBOOK_NAME = /^[0-9a-zA-Z][-_0-9a-zA-Z]{0,62}$/;
// - schedule `name`: validate.ScheduleName (validate/schedule_name.go);
const SCHEDULE_NAME = /^[^<>*%&:\\?.+/]{0,127}[^<>*%&:\\?.+/\s]$/;
// - schedule `start_time`: validation.IsRFC3339Time (Go's time.RFC3339: seconds and an offset required);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
// - schedule `week_days`: StringInSlice of these, exact case; `frequency`: StringInSlice of ScheduleFrequency's
//   values, exact case; `interval`: IntBetween(1, 100) (automation_schedule_resource.go);
const WEEK_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// - job schedule `parameters`: validate.ParameterNames, keys in lower case only (validate/parameter_names.go):
//   the package lowercases the keys it writes. Parameter names and types follow PowerShell's own rules.
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PARAMETER_TYPE = /^[A-Za-z][A-Za-z0-9_.]*(\[\])?$/;
// A script that opens with a param block (after comments and attributes) cannot follow the connect line.
const LEADING_PARAM_BLOCK = /^\s*(?:(?:#[^\n]*|<#[\s\S]*?#>)\s*)*(?:\[[^\]]*\]\s*)*param\s*\(/i;

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
    markAs(this, 'ExchangeOnlineRunbook');
    requireObject(this, 'props', props);
    registerStackChecks(this);
    const account = requireKind<IAutomationAccount>(this, 'account', props.account, 'AutomationAccount',
      'an Automation account (AutomationAccountWithIdentity or AutomationAccountWithIdentity.fromAttributes)');
    const modules = requireKind<ExchangeOnlineModuleImport>(this, 'modules', props.modules, 'ExchangeOnlineModuleImport',
      'an ExchangeOnlineModuleImport');
    requirePattern(this, 'name', props.name, RUNBOOK_NAME,
      'must be 1-63 letters, digits, hyphens or underscores, starting with a letter or digit');
    const organization = requireOrganization(this, 'organization', props.organization);
    if (props.verifyOrganization ?? true) {
      TenantDomains.of(this).requireOrganization(organization);
    }
    requireKind<RunbookScript>(this, 'script', props.script, 'RunbookScript', 'a RunbookScript (RunbookScript.fromInline or RunbookScript.fromFile)');
    const script = requireString(this, 'script', props.script.text);
    if (LEADING_PARAM_BLOCK.test(script)) {
      fail(this, 'script', props.script.sourceName,
        'must not start with a param() block: the connect line has to be the runbook\'s first command. Declare the parameters with the `parameters` prop instead');
    }
    if (/^EOF\r?$/m.test(script)) {
      fail(this, 'script', props.script.sourceName,
        'must not contain a line that is exactly "EOF": `cdktf synth --hcl` writes runbook text as an EOF heredoc, which that line would end');
    }
    if (/\bConnect-ExchangeOnline\b/i.test(script)) {
      recordFinding(this, 'EXO14', `script: ${props.script.sourceName}`);
    }

    if (modules.account !== account) {
      fail(this, 'modules', modules.node.path,
        `must be imported into the runbook's Automation account ${account.node.path} (it is imported into ${modules.account.node.path})`);
    }
    if (props.identity !== undefined) {
      requireObject(this, 'identity', props.identity);
    }
    requireArray(this, 'waitFor', props.waitFor);
    const identity = props.identity ?? account.identity;
    const attached = identity === account.systemAssignedIdentity || account.userAssignedIdentities.includes(identity as never);
    if (!attached) {
      fail(this, 'identity', identity.node.path,
        `must be attached to the Automation account ${account.node.path}; otherwise Connect-ExchangeOnline fails with "The requested identity has not been assigned to this resource"`);
    }
    this.identity = identity;
    this.account = account;
    this.modules = modules;

    const parameters = validateParameters(this, props.parameters ?? []);
    const runtime = modules.runtime;
    this.runbook = new AutomationRunbook(this, 'runbook', {
      name: props.name,
      location: account.location,
      resourceGroupName: account.resourceGroupName,
      automationAccountName: account.name,
      runbookType: runtime.runbookType,
      logProgress: true,
      logVerbose: false,
      description: props.description,
      content: exchangeRunbookContent(identity, organization, script, parameters, props.script.sourceName),
      dependsOn: modules.dependables,
    });
    // The account's literal names: a created account's `name` is a reference the import ids cannot be compared with.
    const inAccount = accountNamesOf(account);
    adoptExisting(this, 'importFrom', props.importFrom, this.runbook, IMPORT_ID_FORMATS.runbook, { ...inAccount, name: props.name });
    if (modules.runtimeEnvironment) {
      // runtime_environment_name (azurerm >= 4.59) is newer than the prebuilt binding; the environment
      // raises the stack's azurerm constraint so the field is understood.
      this.runbook.addOverride('runtime_environment_name', modules.runtimeEnvironment.name);
    }

    if (props.schedule) {
      const jobParameters = scheduleParameters(this, props.schedule, parameters);
      validateSchedule(this, props.schedule);
      this.schedule = new (scheduleModule().AutomationSchedule)(this, 'schedule', {
        name: props.schedule.name ?? `${props.name}-schedule`,
        resourceGroupName: account.resourceGroupName,
        automationAccountName: account.name,
        frequency: props.schedule.frequency,
        interval: props.schedule.frequency === ScheduleFrequency.ONE_TIME ? undefined : props.schedule.interval ?? 1,
        startTime: props.schedule.startTime,
        timezone: props.schedule.timezone ?? 'Etc/UTC',
        weekDays: props.schedule.weekDays,
        description: props.schedule.description,
      });
      const scheduleName = props.schedule.name ?? `${props.name}-schedule`;
      adoptExisting(this, 'schedule.importFrom', props.schedule.importFrom, this.schedule, IMPORT_ID_FORMATS.schedule,
        { ...inAccount, name: scheduleName });
      this.jobSchedule = new (jobScheduleModule().AutomationJobSchedule)(this, 'job-schedule', {
        resourceGroupName: account.resourceGroupName,
        automationAccountName: account.name,
        runbookName: this.runbook.name,
        scheduleName: this.schedule.name,
        parameters: jobParameters,
        dependsOn: props.waitFor,
      });
      adoptExisting(this, 'schedule.importJobScheduleFrom', props.schedule.importJobScheduleFrom, this.jobSchedule,
        IMPORT_ID_FORMATS.jobSchedule, { ...inAccount, schedule: scheduleName, runbook: props.name });
    }
  }
}

function validateParameters(scope: Construct, parameters: RunbookParameter[]): RunbookParameterSpec[] {
  requireArray(scope, 'parameters', parameters);
  const seen = new Set<string>();
  return parameters.map((parameter) => {
    requireObject(scope, 'parameters[]', parameter);
    requirePattern(scope, 'parameters[].name', parameter.name, PARAMETER_NAME,
      'must be a PowerShell parameter name: letters, digits or underscores, not starting with a digit, without "$"');
    const type = parameter.type ?? 'string';
    requirePattern(scope, `parameters["${parameter.name}"].type`, type, PARAMETER_TYPE, 'must be a PowerShell type name such as string, int, bool or datetime');
    const key = parameter.name.toLowerCase();
    if (seen.has(key)) {
      fail(scope, 'parameters[].name', parameter.name, 'must be unique (PowerShell parameter names are case-insensitive)');
    }
    seen.add(key);
    return { name: parameter.name, type, mandatory: parameter.mandatory === true };
  });
}

/** The job schedule's parameters with lowercase keys, checked against the runbook's declared parameters. */
function scheduleParameters(scope: Construct, schedule: RunbookScheduleOptions, declared: RunbookParameterSpec[]): { [key: string]: string } | undefined {
  requireObject(scope, 'schedule', schedule);
  if (schedule.parameters !== undefined) {
    requireObject(scope, 'schedule.parameters', schedule.parameters);
  }
  const given = schedule.parameters ?? {};
  const result: { [key: string]: string } = {};
  const known = new Map(declared.map((p) => [p.name.toLowerCase(), p]));
  for (const [name, value] of Object.entries(given)) {
    const key = name.toLowerCase();
    if (!known.has(key)) {
      fail(scope, 'schedule.parameters', name,
        `is not a parameter of the runbook (declared: ${declared.map((p) => p.name).join(', ') || 'none'}); declare it in \`parameters\``);
    }
    if (key in result) {
      fail(scope, 'schedule.parameters', name, 'is given twice (Azure lowercases parameter names, so names differing only in case collide)');
    }
    if (!isUnresolved(value) && typeof value !== 'string') {
      fail(scope, `schedule.parameters["${name}"]`, value, 'must be a string');
    }
    result[key] = value;
  }
  for (const parameter of declared) {
    if (parameter.mandatory && !(parameter.name.toLowerCase() in result)) {
      fail(scope, 'schedule.parameters', given, `must give the mandatory parameter ${parameter.name}; a scheduled job without it fails`);
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function validateSchedule(scope: Construct, schedule: RunbookScheduleOptions): void {
  requireArray(scope, 'schedule.weekDays', schedule.weekDays);
  if (!Object.values(ScheduleFrequency).includes(schedule.frequency)) {
    fail(scope, 'schedule.frequency', schedule.frequency, `must be one of ${Object.values(ScheduleFrequency).join(', ')}`);
  }
  if (schedule.name !== undefined) {
    requirePattern(scope, 'schedule.name', schedule.name, SCHEDULE_NAME,
      'must be 1-128 characters without < > * % & : \\ ? . + / and must not end with a space');
  }
  if (schedule.interval !== undefined) {
    if (schedule.frequency === ScheduleFrequency.ONE_TIME) {
      fail(scope, 'schedule.interval', schedule.interval, 'must not be set for a ONE_TIME schedule');
    }
    if (!Number.isInteger(schedule.interval) || schedule.interval < 1 || schedule.interval > 100) {
      fail(scope, 'schedule.interval', schedule.interval, 'must be a whole number from 1 to 100');
    }
  }
  if (schedule.weekDays !== undefined) {
    if (schedule.frequency !== ScheduleFrequency.WEEK) {
      fail(scope, 'schedule.weekDays', schedule.weekDays, 'can only be set for a WEEK schedule');
    }
    for (const day of schedule.weekDays) {
      if (!WEEK_DAYS.includes(day)) {
        fail(scope, 'schedule.weekDays', day, `must be one of ${WEEK_DAYS.join(', ')} (capitalised as shown)`);
      }
    }
  }
  if (schedule.timezone !== undefined) {
    const timezone = requireString(scope, 'schedule.timezone', schedule.timezone);
    // azurerm_automation_schedule `timezone`: an exact-case list (lib/private/azure-time-zones.ts).
    if (!isUnresolved(timezone) && !AZURE_SCHEDULE_TIME_ZONES.has(timezone)) {
      fail(scope, 'schedule.timezone', timezone,
        'must be one of the time zones azurerm accepts, with that exact case (e.g. "Europe/Amsterdam", "Etc/UTC")');
    }
  }
  if (schedule.startTime !== undefined && !isUnresolved(schedule.startTime)) {
    if (!RFC3339.test(schedule.startTime) || Number.isNaN(Date.parse(schedule.startTime))) {
      fail(scope, 'schedule.startTime', schedule.startTime,
        'must be an RFC 3339 time with seconds and an offset, e.g. 2026-12-01T06:00:00Z or 2026-12-01T07:00:00+01:00');
    }
    if (Date.parse(schedule.startTime) - Date.now() < 5 * 60 * 1000) {
      recordFinding(scope, 'EXO12', `schedule.startTime: ${schedule.startTime}`);
    }
  }
}
