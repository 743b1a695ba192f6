// EXO9 (PolicyRule.UNSUPPORTED_ROLE): a role binding of a role Microsoft does not support for Exchange Online PowerShell.
// Recorded by EntraRoleBinding (lib/entra/entra-role-binding.ts).
import { constructRule } from './construct-rule';

export const UNSUPPORTED_ROLE_RULE = constructRule({
  id: 'EXO9',
  description: 'The role is not one Microsoft supports for Exchange Online PowerShell with a managed identity; Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario" unless the identity also holds a supported role.',
  appliesTo: ['EntraRoleBinding'],
  summary: 'a role Microsoft does not support for Exchange Online PowerShell',
  raisedBy: '`EntraRoleBinding`',
});
