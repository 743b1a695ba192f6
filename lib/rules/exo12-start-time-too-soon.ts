// EXO12 (PolicyRule.START_TIME_TOO_SOON): a runbook's schedule starts less than five minutes after synthesis.
// Recorded by ExchangeOnlineRunbook (lib/exchange/exchange-runbook.ts) for its schedule.
import { constructRule } from './construct-rule';

export const START_TIME_TOO_SOON_RULE = constructRule({
  id: 'EXO12',
  description: 'schedule.startTime is less than five minutes ahead; Azure rejects it when the schedule is created (an existing schedule is unaffected). Leave it unset to start seven minutes after creation.',
  appliesTo: ['ExchangeOnlineRunbook'],
  summary: 'a `startTime` less than five minutes ahead (Azure rejects it)',
  raisedBy: 'schedules',
});
