// EXO2 (PolicyRule.MISSING_SUPPORTED_ROLE): the identity an Exchange Online runbook signs in as needs a
// Microsoft Entra role that Microsoft supports for Exchange Online PowerShell, assigned in the stack.
import { PolicySeverity } from './policy-severity';
import { Rule } from './rule';
import { runbookIdentityWithout } from './runbook-lookups';

export const MISSING_SUPPORTED_ROLE_RULE: Rule = {
  id: 'EXO2', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['ExchangeOnlineRunbook'],
  description: 'The identity that runs an Exchange Online runbook has no supported Microsoft Entra role in this stack (EntraRoleBinding, or an azuread_directory_role_assignment of a supported role\'s template id); Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario".',
  summary: 'an identity that runs an Exchange runbook without a supported Entra role',
  check: (node) => runbookIdentityWithout(node, (index) => [index.supportedRoleHolders, index.supportedRolePrincipals]),
};
