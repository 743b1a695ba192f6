// EXO10 (PolicyRule.ADMINISTRATIVE_UNIT_SCOPE): a role binding scoped to an administrative unit.
// Recorded by EntraRoleBinding (lib/entra/entra-role-binding.ts).
import { constructRule } from './construct-rule';

export const ADMINISTRATIVE_UNIT_SCOPE_RULE = constructRule({
  id: 'EXO10',
  description: 'Microsoft documents only tenant-wide role assignments for Exchange Online PowerShell with a managed identity; an administrative-unit scope may not limit (or may break) what the runbooks can do.',
  appliesTo: ['EntraRoleBinding'],
  summary: 'an administrative-unit scope (Microsoft documents only tenant-wide assignments)',
  raisedBy: '`EntraRoleBinding`',
});
