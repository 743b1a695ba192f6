// The rows of ExchangeOnlineRunbook (lib/exchange/exchange-runbook.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { AutomationAccountWithIdentity, ExchangeOnlineRunbook, RunbookScript, ScheduleFrequency } from '../../lib';
import { ConstructRows, RUNBOOK_OPTIONS, ACCOUNT, day } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new ExchangeOnlineRunbook', 'script a string', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: 'Get-Mailbox' as any }), 'test/x: script "Get-Mailbox" must be a RunbookScript'],
    ['new ExchangeOnlineRunbook', 'modules a plain object', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, modules: {} as any }), 'test/x: modules {} must be an ExchangeOnlineModuleImport'],
    ['new ExchangeOnlineRunbook', 'waitFor not a list', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, waitFor: f.grant as any }), 'test/x: waitFor'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['new ExchangeOnlineRunbook', 'verifyOrganization "no"', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, verifyOrganization: 'no' as any }), 'test/x: verifyOrganization "no" must be true or false'],
  ],
  typeChecks: [
    ['ExchangeOnlineRunbook.isExchangeOnlineRunbook', ExchangeOnlineRunbook.isExchangeOnlineRunbook, (f) => f.exo.runbooks[0]],
  ],
  entryPoints: {
    'new ExchangeOnlineRunbook': { call: (f, a) => new ExchangeOnlineRunbook(f.stack, 'x', a.props), valid: (f) => ({ props: { ...f.runbook, ...RUNBOOK_OPTIONS() } }) },
  },
  props: [
    ['new ExchangeOnlineRunbook', 'account', 'x', 'test/x: account "x" must be an Automation account'],
    ['new ExchangeOnlineRunbook', 'description', 42, 'test/x: description 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'identity', 'x', 'test/x: identity "x" must be an IManagedIdentity'],
    ['new ExchangeOnlineRunbook', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'modules', "modules", 'test/x: modules "modules" must be an ExchangeOnlineModuleImport'],
    ['new ExchangeOnlineRunbook', 'name', 42, 'test/x: name 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'organization', 42, 'test/x: organization 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'parameters', 'x', 'test/x: parameters "x" must be a list'],
    ['new ExchangeOnlineRunbook', 'parameters[].mandatory', 'yes', 'test/x: parameters[0].mandatory "yes" must be true or false'],
    ['new ExchangeOnlineRunbook', 'parameters[].name', 42, 'test/x: parameters[0].name 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'parameters[].type', 42, 'test/x: parameters[0].type 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new ExchangeOnlineRunbook', 'schedule', 'x', 'test/x: schedule "x" must be an object with the documented properties'],
    ['new ExchangeOnlineRunbook', 'schedule.description', 42, 'test/x: schedule.description 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'schedule.frequency', 'day', 'test/x: schedule.frequency "day" must be one of OneTime, Hour, Day, Week, Month'],
    ['new ExchangeOnlineRunbook', 'schedule.importFrom', 42, 'test/x: schedule.importFrom 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'schedule.importJobScheduleFrom', 42, 'test/x: schedule.importJobScheduleFrom 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'schedule.interval', '1', 'test/x: schedule.interval "1" must be a whole number from 1 to 100'],
    ['new ExchangeOnlineRunbook', 'schedule.name', 42, 'test/x: schedule.name 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'schedule.parameters', ['x'], 'test/x: schedule.parameters ["x"] must be an object with the documented properties'],
    ['new ExchangeOnlineRunbook', 'schedule.startTime', 42, 'test/x: schedule.startTime 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'schedule.timezone', 42, 'test/x: schedule.timezone 42 must be a string'],
    ['new ExchangeOnlineRunbook', 'schedule.weekDays', 'x', 'test/x: schedule.weekDays "x" must be a list'],
    ['new ExchangeOnlineRunbook', 'schedule.monthDays', 'x', 'test/x: schedule.monthDays "x" must be a list'],
    ['new ExchangeOnlineRunbook', 'script', 'x', 'test/x: script "x" must be a RunbookScript'],
    ['new ExchangeOnlineRunbook', 'verifyOrganization', 'yes', 'test/x: verifyOrganization "yes" must be true or false'],
    ['new ExchangeOnlineRunbook', 'waitFor', 'x', 'test/x: waitFor "x" must be a list'],
  ],
  badInput: [
    ['runbook: name starting with a hyphen', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, name: '-Work' }), 'name "-Work"', 'must be 1-63 letters'],
    ['runbook: organization is a vanity domain', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, organization: 'contoso.com' }), 'organization "contoso.com"', 'must be the tenant\'s initial domain'],
    ['runbook: organization is an e-mail address', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, organization: 'admin@contoso.onmicrosoft.com' }), 'organization "admin@contoso.onmicrosoft.com"', 'must be the tenant\'s initial domain'],
    ['runbook: script is a plain string', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: 'Get-Mailbox' as any }), 'script "Get-Mailbox"', 'must be a RunbookScript'],
    ['runbook: script param() disagrees with parameters', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: [{ name: 'Days' }], script: RunbookScript.fromInline('param($Name)\nGet-Mailbox $Name') }), 'parameters "Days"', 'must agree with the script\'s param() block (Name)'],
    ['runbook: script param() named Verbose', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: RunbookScript.fromInline('param([switch]$Verbose)\nGet-Mailbox') }), 'script "inline script"', 'declares the parameter $Verbose in its param() block, which is a PowerShell common parameter (Verbose)'],
    ['runbook: script of only comments', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: RunbookScript.fromInline('# Get-Mailbox\n') }), 'script "inline script"', 'has no command'],
    ['runbook: parameters not a list', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: { name: 'A' } as any }), 'parameters', 'must be a list'],
    ['runbook: parameter name with a hyphen', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: [{ name: 'Mail-box' }] }), 'parameters[0].name "Mail-box"', 'must be a PowerShell parameter name'],
    ['runbook: modules from another account', (f) => {
      const other = new AutomationAccountWithIdentity(f.stack, 'other', { ...ACCOUNT, name: 'aa-exo-other' });
      return new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, account: other });
    }, 'modules "test/modules"', 'must be imported into the runbook\'s Automation account test/other'],
    ['schedule: parameter not declared', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, parameters: { Days: '7' } } }), 'schedule.parameters "Days"', 'is not a parameter of the runbook'],
    ['schedule: parameters not an object', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, parameters: 'days=7' as any } }), 'schedule.parameters "days=7"', 'must be an object'],
    ['schedule: parameter value a number', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: [{ name: 'Days' }], schedule: { ...day, parameters: { Days: 7 as any } } }), 'schedule.parameters["Days"] 7', 'must be a string'],
    ['schedule: interval zero', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, interval: 0 } }), 'schedule.interval 0', 'must be a whole number from 1 to 100'],
    ['schedule: interval fractional', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, interval: 1.5 } }), 'schedule.interval 1.5', 'must be a whole number from 1 to 100'],
    ['schedule: week days as a string', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { frequency: ScheduleFrequency.WEEK, weekDays: 'Monday' as any } }), 'schedule.weekDays "Monday"', 'must be a list'],
    ['schedule: start time as a date only', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-01-01' } }), 'schedule.startTime "2099-01-01"', 'must be an RFC 3339 time'],
    ['schedule: 30 February', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-02-30T06:00:00Z' } }), 'schedule.startTime "2099-02-30T06:00:00Z"', 'must be an RFC 3339 time with seconds and an offset, e.g. 2026-12-01T06:00:00Z or 2026-12-01T07:00:00+01:00: day 30 does not exist in 2099-02 (it has 28 days)'],
    ['schedule: 29 February of a common year', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2100-02-29T06:00:00Z' } }), 'schedule.startTime "2100-02-29T06:00:00Z"', 'day 29 does not exist in 2100-02'],
    ['schedule: hour 24', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-01-01T24:00:00Z' } }), 'schedule.startTime "2099-01-01T24:00:00Z"', 'hour 24 does not exist (0-23)'],
    ['schedule: offset out of range', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-01-01T06:00:00+24:00' } }), 'schedule.startTime "2099-01-01T06:00:00+24:00"', 'offset +24:00 is out of range'],
    ['schedule: month days on a weekly schedule', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { frequency: ScheduleFrequency.WEEK, monthDays: [1] } }), 'schedule.monthDays [1]', 'can only be set for a MONTH schedule'],
    ['schedule: month day 0', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { frequency: ScheduleFrequency.MONTH, monthDays: [0] } }), 'schedule.monthDays 0', 'must be a day of the month from 1 to 31, or -1 for the last day'],
    ['schedule: empty time zone', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, timezone: '' } }), 'schedule.timezone ""', 'must not be empty'],
  ],
};
