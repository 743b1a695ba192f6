// EXO12 (lib/rules/exo12-start-time-too-soon.ts): recorded by ExchangeOnlineRunbook for a schedule that starts too soon.
import { ScheduleFrequency } from '../../lib';
import { START_TIME_TOO_SOON_RULE } from '../../lib/rules/exo12-start-time-too-soon';
import { expectConstructRule, runbookWith } from '../support/policy';

describe('EXO12: start time too soon', () => {
  test('is a construct rule of ExchangeOnlineRunbook', () => {
    expectConstructRule(START_TIME_TOO_SOON_RULE, 'EXO12', ['ExchangeOnlineRunbook']);
  });

  test('a start time in the past records it with the value; one far ahead does not', () => {
    const past = runbookWith({ schedule: { frequency: ScheduleFrequency.DAY, startTime: '2020-01-01T00:00:00Z' } });
    const ahead = runbookWith({ schedule: { frequency: ScheduleFrequency.DAY, startTime: '2099-01-01T06:00:00Z' } });
    expect(START_TIME_TOO_SOON_RULE.check(past)).toEqual(['schedule.startTime: 2020-01-01T00:00:00Z']);
    expect(START_TIME_TOO_SOON_RULE.check(ahead)).toEqual([]);
  });
});
