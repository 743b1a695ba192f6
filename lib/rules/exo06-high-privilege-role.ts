// EXO6 (PolicyRule.HIGH_PRIVILEGE_ROLE): a role binding of Global Administrator or Exchange Administrator,
// either of which allows every task in Exchange Online PowerShell.
import { EntraRoleBindingView } from './construct-views';
import { PolicySeverity } from './policy-severity';
import { Rule } from './rule';
import { ROLE_TEMPLATE_IDS } from '../reference/well-known-ids';

export const HIGH_PRIVILEGE_ROLE_RULE: Rule = {
  id: 'EXO6', severity: PolicySeverity.WARNING, source: 'policy', appliesTo: ['EntraRoleBinding'],
  description: 'The identity gets a high-privilege role (Global Administrator or Exchange Administrator: every task in Exchange Online PowerShell). Prefer Exchange Recipient Administrator or Global Reader when they suffice.',
  summary: 'Global Administrator or Exchange Administrator (every task in Exchange Online)',
  check: (node) => {
    const { role } = node as EntraRoleBindingView;
    const high = ([ROLE_TEMPLATE_IDS.GLOBAL_ADMINISTRATOR, ROLE_TEMPLATE_IDS.EXCHANGE_ADMINISTRATOR] as string[]).includes(role.templateId.toLowerCase());
    return high ? [`role: ${role.displayName}`] : [];
  },
};
