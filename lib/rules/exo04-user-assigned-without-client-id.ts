// EXO4 (PolicyRule.USER_ASSIGNED_WITHOUT_CLIENT_ID): on an account with only user-assigned identities, a
// hand-written runbook must name the identity's client id when it connects with -ManagedIdentity.
import { PolicySeverity } from './policy-severity';
import { Rule } from './rule';
import { handWrittenConnectingRunbook } from './runbook-lookups';
import { stackIndexOf } from './stack-index';
import { resolveIn } from '../terraform/resolve';
import { argumentOf } from '../terraform/resource-arguments';

export const USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE: Rule = {
  id: 'EXO4', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_runbook'],
  description: 'A runbook on an account with only user-assigned identities calls Connect-ExchangeOnline -ManagedIdentity without -ManagedIdentityAccountId <client id>; the connection fails because there is no system-assigned identity.',
  summary: 'a runbook on an account with only user-assigned identities that connects without `-ManagedIdentityAccountId`',
  check: (node) => {
    const runbook = handWrittenConnectingRunbook(node);
    if (runbook === undefined) {
      return [];
    }
    const content = String(resolveIn(node, argumentOf(runbook, 'content')));
    const connectLines = content.split('\n').filter((line) => /Connect-ExchangeOnline\b.*-ManagedIdentity\b/i.test(line));
    if (!connectLines.some((line) => !/-ManagedIdentityAccountId\b/i.test(line))) {
      return [];
    }
    const index = stackIndexOf(node);
    const address = index.accountOf(argumentOf(runbook, 'automationAccountName'));
    const account = address === undefined ? undefined : index.accounts.get(address);
    const identity = account === undefined ? undefined : resolveIn(node, argumentOf(account, 'identity')) as { type?: unknown } | undefined;
    return identity?.type === 'UserAssigned' ? [`account: ${account!.node.path}`] : [];
  },
};
