// The checks of a runbook's name, script text, parameters and schedule, shared by ExchangeOnlineRunbook and
// the tenants path (TenantStack, TenantsConfig), so that each names the prop as its user typed it: `at` is
// the path of the runbook's options (`''` for a runbook's own props, `tenant.runbooks[0].`,
// `tenants[1].runbooks[0].`). `scope` is a construct, or the name of a file or factory for messages.
import { IConstruct } from 'constructs';
import { RunbookParameterSpec } from './connect-command';
import { RunbookScheduleOptions, ScheduleFrequency } from '../automation/runbook-schedule';
import { AZURE_SCHEDULE_TIME_ZONES } from '../private/azure-time-zones';
import { parseRfc3339 } from '../private/rfc3339';
import { requireOptionalBoolean, requireOptionalString, requireOptionalStringMap } from '../private/shape-checks';
import { fail, isUnresolved, requireArray, requireObject, requirePattern, requireString } from '../private/validation';

type Scope = IConstruct | string;

// The provider's rules, from hashicorp/terraform-provider-azurerm internal/services/automation (the same in
// every release v4.0.0-v5.2.0):
// - runbook `name`: validate.RunbookName (validate/runbook_name.go);
const RUNBOOK_NAME = /^[0-9a-zA-Z][-_0-9a-zA-Z]{0,62}$/;
// - schedule `name`: validate.ScheduleName (validate/schedule_name.go);
const SCHEDULE_NAME = /^[^<>*%&:\\?.+/]{0,127}[^<>*%&:\\?.+/\s]$/;
// - schedule `start_time`: validation.IsRFC3339Time, Go's time.Parse(time.RFC3339) (lib/private/rfc3339.ts);
// - schedule `week_days`: StringInSlice of these, exact case; `frequency`: StringInSlice of ScheduleFrequency's
//   values, exact case; `interval`: IntBetween(1, 100) (automation_schedule_resource.go);
// - schedule `month_days`: a set of IntBetween(-1, 31) and not 0 (-1 is the month's last day), refused by
//   the resource's CustomizeDiff unless `frequency` is `Month` (automation_schedule_resource.go, v4.0.0-v5.2.0);
const WEEK_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// - job schedule `parameters`: validate.ParameterNames, keys in lower case only (validate/parameter_names.go):
//   the package lowercases the keys it writes. Parameter names and types follow PowerShell's own rules.
const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PARAMETER_TYPE = /^[A-Za-z][A-Za-z0-9_.]*(\[\])?$/;
// A script that opens with a param block (after comments and attributes) cannot follow the connect line.
const LEADING_PARAM_BLOCK = /^\s*(?:(?:#[^\n]*|<#[\s\S]*?#>)\s*)*(?:\[[^\]]*\]\s*)*param\s*\(/i;

/** A runbook name by azurerm's rule. */
export function requireRunbookName(scope: Scope, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, RUNBOOK_NAME, 'must be 1-63 letters, digits, hyphens or underscores, starting with a letter or digit');
}

/** The user's PowerShell, which follows the generated connect line; `sourceName` is shown as its value. */
export function checkScriptText(scope: Scope, prop: string, script: string, sourceName: string): void {
  if (LEADING_PARAM_BLOCK.test(script)) {
    fail(scope, prop, sourceName,
      'must not start with a param() block: the connect line has to be the runbook\'s first command. Declare the parameters in `parameters` instead');
  }
  if (/^EOF\r?$/m.test(script)) {
    fail(scope, prop, sourceName,
      'must not contain a line that is exactly "EOF": `cdktf synth --hcl` writes runbook text as an EOF heredoc, which that line would end');
  }
}

/** The runbook's `parameters` (at `${at}parameters`), as the generated param() block declares them. */
export function checkRunbookParameters(scope: Scope, at: string, value: unknown): RunbookParameterSpec[] {
  requireArray(scope, `${at}parameters`, value);
  const seen = new Set<string>();
  return ((value ?? []) as unknown[]).map((parameter, index) => {
    const where = `${at}parameters[${index}]`;
    requireObject(scope, where, parameter);
    const { name, type = 'string', mandatory } = parameter as { name: unknown; type?: unknown; mandatory?: unknown };
    requirePattern(scope, `${where}.name`, name, PARAMETER_NAME,
      'must be a PowerShell parameter name: letters, digits or underscores, not starting with a digit, without "$"');
    requireOptionalBoolean(scope, `${where}.mandatory`, mandatory);
    requirePattern(scope, `${where}.type`, type, PARAMETER_TYPE, 'must be a PowerShell type name such as string, int, bool or datetime');
    const key = (name as string).toLowerCase();
    if (seen.has(key)) {
      fail(scope, `${where}.name`, name, 'must be unique (PowerShell parameter names are case-insensitive)');
    }
    seen.add(key);
    return { name: name as string, type: type as string, mandatory: mandatory === true };
  });
}

/**
 * The schedule at `prop` (`schedule`, `tenant.runbooks[0].schedule`) by azurerm's rules, its parameters
 * checked against the runbook's declared ones. Returns the job schedule's parameters, keys lowercased.
 */
export function checkSchedule(scope: Scope, prop: string, schedule: RunbookScheduleOptions, declared: RunbookParameterSpec[]): { [key: string]: string } | undefined {
  requireObject(scope, prop, schedule);
  const jobParameters = scheduleParameters(scope, prop, schedule, declared);
  requireArray(scope, `${prop}.weekDays`, schedule.weekDays);
  requireArray(scope, `${prop}.monthDays`, schedule.monthDays);
  if (!Object.values(ScheduleFrequency).includes(schedule.frequency)) {
    fail(scope, `${prop}.frequency`, schedule.frequency, `must be one of ${Object.values(ScheduleFrequency).join(', ')}`);
  }
  requireOptionalString(scope, `${prop}.description`, schedule.description);
  if (schedule.name !== undefined) {
    requirePattern(scope, `${prop}.name`, schedule.name, SCHEDULE_NAME,
      'must be 1-128 characters without < > * % & : \\ ? . + / and must not end with a space');
  }
  for (const importId of ['importFrom', 'importJobScheduleFrom'] as const) {
    if (schedule[importId] !== undefined) {
      requireString(scope, `${prop}.${importId}`, schedule[importId]);
    }
  }
  if (schedule.interval !== undefined) {
    if (schedule.frequency === ScheduleFrequency.ONE_TIME) {
      fail(scope, `${prop}.interval`, schedule.interval, `must not be set when frequency is ${ScheduleFrequency.ONE_TIME}`);
    }
    // A number token (a Terraform variable) is a reference Terraform resolves and the provider checks.
    if (!isUnresolved(schedule.interval)
      && (!Number.isInteger(schedule.interval) || schedule.interval < 1 || schedule.interval > 100)) {
      fail(scope, `${prop}.interval`, schedule.interval, 'must be a whole number from 1 to 100');
    }
  }
  if (schedule.weekDays !== undefined) {
    if (schedule.frequency !== ScheduleFrequency.WEEK) {
      fail(scope, `${prop}.weekDays`, schedule.weekDays, `can only be set when frequency is ${ScheduleFrequency.WEEK}`);
    }
    // A list token (a Terraform variable) stands for the whole list; an element may be a reference too.
    for (const day of isUnresolved(schedule.weekDays) ? [] : schedule.weekDays) {
      if (!isUnresolved(day) && !WEEK_DAYS.includes(day)) {
        fail(scope, `${prop}.weekDays`, day, `must be one of ${WEEK_DAYS.join(', ')} (capitalised as shown)`);
      }
    }
  }
  if (schedule.monthDays !== undefined) {
    if (schedule.frequency !== ScheduleFrequency.MONTH) {
      fail(scope, `${prop}.monthDays`, schedule.monthDays, 'can only be set for a MONTH schedule');
    }
    const given = isUnresolved(schedule.monthDays) ? [] : schedule.monthDays;
    if (given.length === 0 && !isUnresolved(schedule.monthDays)) {
      fail(scope, `${prop}.monthDays`, schedule.monthDays, 'must list at least one day (leave it unset to run on the start day)');
    }
    for (const day of given) {
      if (!isUnresolved(day) && (!Number.isInteger(day) || day < -1 || day > 31 || day === 0)) {
        fail(scope, `${prop}.monthDays`, day, 'must be a day of the month from 1 to 31, or -1 for the last day');
      }
    }
    if (new Set(given).size !== given.length) {
      fail(scope, `${prop}.monthDays`, schedule.monthDays, 'must not list the same day twice');
    }
  }
  if (schedule.timezone !== undefined) {
    const timezone = requireString(scope, `${prop}.timezone`, schedule.timezone);
    // azurerm_automation_schedule `timezone`: an exact-case list (lib/private/azure-time-zones.ts).
    if (!isUnresolved(timezone) && !AZURE_SCHEDULE_TIME_ZONES.has(timezone)) {
      fail(scope, `${prop}.timezone`, timezone,
        'must be one of the time zones azurerm accepts, with that exact case (e.g. "Europe/Amsterdam", "Etc/UTC")');
    }
  }
  if (schedule.startTime !== undefined) {
    checkStartTime(scope, `${prop}.startTime`, schedule.startTime);
  }
  return jobParameters;
}

/**
 * A schedule's start time, parsed as the provider parses it (Go's time.Parse with time.RFC3339). Returns
 * the instant in milliseconds since 1970, or undefined for a token.
 */
export function checkStartTime(scope: Scope, prop: string, value: unknown): number | undefined {
  const text = requireString(scope, prop, value);
  if (isUnresolved(text)) {
    return undefined;
  }
  const parsed = parseRfc3339(text);
  if (typeof parsed === 'string') {
    fail(scope, prop, text,
      `must be an RFC 3339 time with seconds and an offset, e.g. 2026-12-01T06:00:00Z or 2026-12-01T07:00:00+01:00: ${parsed}`);
  }
  return parsed.epochMs;
}

/** The job schedule's parameters with lowercase keys, checked against the runbook's declared parameters. */
function scheduleParameters(scope: Scope, prop: string, schedule: RunbookScheduleOptions, declared: RunbookParameterSpec[]): { [key: string]: string } | undefined {
  const at = `${prop}.parameters`;
  const given = requireOptionalStringMap(scope, at, schedule.parameters) ?? {};
  const result: { [key: string]: string } = {};
  const known = new Map(declared.map((p) => [p.name.toLowerCase(), p]));
  for (const [name, value] of Object.entries(given)) {
    const key = name.toLowerCase();
    if (!known.has(key)) {
      fail(scope, at, name,
        `is not a parameter of the runbook (declared: ${declared.map((p) => p.name).join(', ') || 'none'}); declare it in \`parameters\``);
    }
    if (key in result) {
      fail(scope, at, name, 'is given twice (Azure lowercases parameter names, so names differing only in case collide)');
    }
    result[key] = value;
  }
  for (const parameter of declared) {
    if (parameter.mandatory && !(parameter.name.toLowerCase() in result)) {
      fail(scope, at, given, `must give the mandatory parameter ${parameter.name}; a scheduled job without it fails`);
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
