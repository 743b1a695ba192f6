// EXO1 (PolicyRule.MISSING_EXCHANGE_GRANT): the identity an Exchange Online runbook signs in as needs the
// Exchange.ManageAsApp app role, granted in the stack by ExoAppRoleGrant or by hand.
import { PolicySeverity } from './policy-severity';
import { Rule } from './rule';
import { runbookIdentityWithout } from './runbook-lookups';

export const MISSING_EXCHANGE_GRANT_RULE: Rule = {
  id: 'EXO1', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['ExchangeOnlineRunbook'],
  description: 'The identity that runs an Exchange Online runbook has no Exchange.ManageAsApp grant in this stack (ExoAppRoleGrant, or an azuread_app_role_assignment of the role\'s id or of its app_role_ids lookup on Office 365 Exchange Online); Connect-ExchangeOnline fails with UnAuthorized.',
  summary: 'an identity that runs an Exchange runbook without the Exchange.ManageAsApp grant',
  check: (node) => runbookIdentityWithout(node, (index) => [index.exchangeGrantees, index.exchangeGranteePrincipals]),
};
