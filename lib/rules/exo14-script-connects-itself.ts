// EXO14 (PolicyRule.SCRIPT_CONNECTS_ITSELF): a runbook script calls Connect-ExchangeOnline itself.
// Recorded by ExchangeOnlineRunbook (lib/exchange/exchange-runbook.ts).
import { constructRule } from './construct-rule';

export const SCRIPT_CONNECTS_ITSELF_RULE = constructRule({
  id: 'EXO14',
  description: 'The script calls Connect-ExchangeOnline itself; the runbook already connects as the managed identity before the script runs.',
  appliesTo: ['ExchangeOnlineRunbook'],
  summary: 'a script that calls Connect-ExchangeOnline itself',
  raisedBy: '`ExchangeOnlineRunbook`',
});
