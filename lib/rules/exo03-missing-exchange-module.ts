// EXO3 (PolicyRule.MISSING_EXCHANGE_MODULE): a hand-written runbook that connects to Exchange Online needs
// an ExchangeOnlineManagement import for its runtime in its Automation account.
import { PolicySeverity } from './policy-severity';
import { Rule } from './rule';
import { handWrittenConnectingRunbook } from './runbook-lookups';
import { stackIndexOf } from './stack-index';
import { resolveIn } from '../terraform/resolve';
import { argumentOf } from '../terraform/resource-arguments';

export const MISSING_EXCHANGE_MODULE_RULE: Rule = {
  // Runbooks written by ExchangeOnlineRunbook are right by construction (their module import must
  // belong to their account); reading their text back would cost a token resolution per runbook.
  id: 'EXO3', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_runbook'],
  description: 'The runbook\'s Automation account has no ExchangeOnlineManagement import for the runbook\'s runtime; Connect-ExchangeOnline is not found when the job runs.',
  summary: 'a runbook that calls Connect-ExchangeOnline where no ExchangeOnlineManagement import exists for its runtime in its account',
  check: (node) => {
    const runbook = handWrittenConnectingRunbook(node);
    if (runbook === undefined) {
      return [];
    }
    const index = stackIndexOf(node);
    const account = index.accountOf(argumentOf(runbook, 'automationAccountName'));
    const runbookType = String(resolveIn(node, argumentOf(runbook, 'runbookType')));
    return account !== undefined && index.exchangeModuleAccounts.get(runbookType)?.has(account) ? [] : [`runbook type: ${runbookType}`];
  },
};
