// EXO8 (PolicyRule.SECURITY_ADMINISTRATOR_LIMITS): a role binding of Security Administrator, which lacks Exchange recipient and protection permissions.
// Recorded by EntraRoleBinding (lib/entra/entra-role-binding.ts).
import { constructRule } from './construct-rule';

export const SECURITY_ADMINISTRATOR_LIMITS_RULE = constructRule({
  id: 'EXO8',
  description: 'Security Administrator lacks the Exchange Online permissions for recipient management and for security and protection features (anti-spam, anti-malware, anti-phishing); Microsoft recommends Exchange Administrator for those tasks.',
  appliesTo: ['EntraRoleBinding'],
  summary: 'Security Administrator: lacks Exchange recipient and protection permissions',
  raisedBy: '`EntraRoleBinding`',
});
