// Schedules as the provider reads them: start times by Go's RFC 3339 parser, month days wired to
// `month_days`, and Terraform references (tokens) accepted wherever Terraform accepts them.
import { Testing, TerraformVariable, Token } from 'cdktf';
import {
  AutomationAccountWithIdentity, ExchangeOnlineModuleImport, ExchangeOnlineRunbook, RunbookScheduleOptions, RunbookScript, ScheduleFrequency,
} from '../../lib';
import { annotationsAfterSynth, newStackWithProviders, onlyResource, synthJson } from '../support/helpers';

function setup() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
  const base = { account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n') };
  return { stack, base };
}

function runbookWith(schedule: RunbookScheduleOptions) {
  const { stack, base } = setup();
  const runbook = new ExchangeOnlineRunbook(stack, 'runbook', { ...base, schedule });
  return { stack, runbook };
}

const RULE = 'must be an RFC 3339 time with seconds and an offset, e.g. 2026-12-01T06:00:00Z or 2026-12-01T07:00:00+01:00';

describe('schedule.startTime, as Go\'s time.Parse(time.RFC3339) reads it', () => {
  test.each([
    ['2099-02-30T06:00:00Z', 'day 30 does not exist in 2099-02 (it has 28 days)'],
    ['2100-02-29T06:00:00Z', 'day 29 does not exist in 2100-02 (it has 28 days)'],
    ['2099-01-01T24:00:00Z', 'hour 24 does not exist (0-23)'],
    ['2099-01-01T06:00:00+25:00', 'offset +25:00 is out of range (-23:59 to +23:59)'],
    ['2099-01-01T06:00:00', 'an offset must follow the time: Z or +hh:mm / -hh:mm'],
  ])('refuses %s: %s', (startTime, reason) => {
    expect(() => runbookWith({ frequency: ScheduleFrequency.DAY, startTime }))
      .toThrow(`test/runbook: schedule.startTime "${startTime}" ${RULE}: ${reason}`);
  });

  test.each([['2096-02-29T06:00:00Z'], ['2099-01-01T06:00:00.250+05:30'], ['2099-12-31T23:59:59-00:00']])('accepts %s and writes it as given', (startTime) => {
    const { stack } = runbookWith({ frequency: ScheduleFrequency.DAY, startTime });
    expect(onlyResource(synthJson(stack), 'azurerm_automation_schedule').start_time).toBe(startTime);
  });

  test('EXO12 compares the instant the parser reads (an offset moves it)', () => {
    // 23:59+14:00 on the day after tomorrow is still at least a day ahead, in UTC.
    const soon = new Date(Date.now() + 3 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    expect(annotationsAfterSynth(runbookWith({ frequency: ScheduleFrequency.DAY, startTime: soon }).runbook, 'warn').join('\n')).toContain('[EXO12]');
    expect(annotationsAfterSynth(runbookWith({ frequency: ScheduleFrequency.DAY, startTime: '2099-01-01T06:00:00+01:00' }).runbook, 'warn')).toEqual([]);
  });

  test('a Terraform variable passes and is written as a reference', () => {
    const { stack, base } = setup();
    const start = new TerraformVariable(stack, 'start', { type: 'string' });
    new ExchangeOnlineRunbook(stack, 'runbook', { ...base, schedule: { frequency: ScheduleFrequency.DAY, startTime: start.stringValue } });
    expect(onlyResource(synthJson(stack), 'azurerm_automation_schedule').start_time).toBe('${var.start}');
  });
});

describe('schedule.monthDays', () => {
  test('a MONTH schedule writes them to month_days (-1 is the last day)', () => {
    const { stack } = runbookWith({ frequency: ScheduleFrequency.MONTH, monthDays: [1, 15, -1] });
    const schedule = onlyResource(synthJson(stack), 'azurerm_automation_schedule');
    expect(schedule).toMatchObject({ frequency: 'Month', interval: 1, month_days: [1, 15, -1] });
    expect(schedule.week_days).toBeUndefined();
    expect(Testing.synthHcl(stack)).toMatch(/month_days\s*=\s*\[\s*1,\s*15,\s*-1,?\s*\]/);
  });

  test.each([
    [{ frequency: ScheduleFrequency.WEEK, monthDays: [1] }, 'schedule.monthDays [1] can only be set for a MONTH schedule'],
    [{ frequency: ScheduleFrequency.DAY, monthDays: [1] }, 'schedule.monthDays [1] can only be set for a MONTH schedule'],
    [{ frequency: ScheduleFrequency.MONTH, monthDays: [0] }, 'schedule.monthDays 0 must be a day of the month from 1 to 31, or -1 for the last day'],
    [{ frequency: ScheduleFrequency.MONTH, monthDays: [32] }, 'schedule.monthDays 32 must be a day of the month from 1 to 31, or -1 for the last day'],
    [{ frequency: ScheduleFrequency.MONTH, monthDays: [-2] }, 'schedule.monthDays -2 must be a day of the month from 1 to 31, or -1 for the last day'],
    [{ frequency: ScheduleFrequency.MONTH, monthDays: [1.5] }, 'schedule.monthDays 1.5 must be a day of the month from 1 to 31, or -1 for the last day'],
    [{ frequency: ScheduleFrequency.MONTH, monthDays: ['1' as any] }, 'schedule.monthDays "1" must be a day of the month from 1 to 31, or -1 for the last day'],
    [{ frequency: ScheduleFrequency.MONTH, monthDays: [] }, 'schedule.monthDays [] must list at least one day (leave it unset to run on the start day)'],
    [{ frequency: ScheduleFrequency.MONTH, monthDays: [5, 5] }, 'schedule.monthDays [5,5] must not list the same day twice'],
  ])('refuses %j', (schedule, message) => {
    expect(() => runbookWith(schedule)).toThrow(`test/runbook: ${message}`);
  });
});

describe('Terraform references in a schedule', () => {
  test('interval as a number variable, weekDays as a list variable', () => {
    const { stack, base } = setup();
    const interval = new TerraformVariable(stack, 'interval', { type: 'number' });
    const days = new TerraformVariable(stack, 'days', { type: 'list(string)' });
    new ExchangeOnlineRunbook(stack, 'runbook', { ...base, schedule: { frequency: ScheduleFrequency.WEEK, interval: interval.numberValue, weekDays: days.listValue } });
    const schedule = onlyResource(synthJson(stack), 'azurerm_automation_schedule');
    expect(schedule.interval).toBe('${var.interval}');
    expect(schedule.week_days).toBe('${var.days}');
  });

  test('a week day and a month day given one by one as references', () => {
    const { stack, base } = setup();
    const day = new TerraformVariable(stack, 'day', { type: 'string' });
    const monthDay = new TerraformVariable(stack, 'month_day', { type: 'number' });
    new ExchangeOnlineRunbook(stack, 'weekly', { ...base, name: 'Weekly', schedule: { frequency: ScheduleFrequency.WEEK, weekDays: ['Monday', day.stringValue] } });
    new ExchangeOnlineRunbook(stack, 'monthly', { ...base, name: 'Monthly', schedule: { frequency: ScheduleFrequency.MONTH, monthDays: [1, monthDay.numberValue] } });
    const schedules = Object.values(synthJson(stack).resource.azurerm_automation_schedule) as any[];
    expect(schedules.find((s) => s.frequency === 'Week').week_days).toEqual(['Monday', '${var.day}']);
    expect(schedules.find((s) => s.frequency === 'Month').month_days).toEqual([1, '${var.month_day}']);
  });

  test('a monthDays list variable passes; a literal interval out of range still fails', () => {
    const { stack, base } = setup();
    const days = new TerraformVariable(stack, 'days', { type: 'list(number)' });
    new ExchangeOnlineRunbook(stack, 'runbook', { ...base, schedule: { frequency: ScheduleFrequency.MONTH, monthDays: Token.asNumberList(days.value) } });
    expect(onlyResource(synthJson(stack), 'azurerm_automation_schedule').month_days).toBe('${var.days}');
    expect(() => runbookWith({ frequency: ScheduleFrequency.DAY, interval: 101 }))
      .toThrow('test/runbook: schedule.interval 101 must be a whole number from 1 to 100');
  });
});
