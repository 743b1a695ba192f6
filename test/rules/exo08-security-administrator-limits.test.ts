// EXO8 (lib/rules/exo08-security-administrator-limits.ts): recorded by EntraRoleBinding for Security Administrator.
import { EntraRole, EntraRoleBinding, UserAssignedIdentity } from '../../lib';
import { SECURITY_ADMINISTRATOR_LIMITS_RULE } from '../../lib/rules/exo08-security-administrator-limits';
import { newStackWithProviders } from '../support/helpers';
import { expectConstructRule } from '../support/policy';

describe('EXO8: Security Administrator limits', () => {
  test('is a construct rule of EntraRoleBinding', () => {
    expectConstructRule(SECURITY_ADMINISTRATOR_LIMITS_RULE, 'EXO8', ['EntraRoleBinding']);
  });

  test('a Security Administrator binding records it with the role; another role does not', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const security = new EntraRoleBinding(stack, 'security', { principal: identity, role: EntraRole.SECURITY_ADMINISTRATOR });
    const reader = new EntraRoleBinding(stack, 'reader', { principal: identity, role: EntraRole.GLOBAL_READER });
    expect(SECURITY_ADMINISTRATOR_LIMITS_RULE.check(security)).toEqual(['role: Security Administrator']);
    expect(SECURITY_ADMINISTRATOR_LIMITS_RULE.check(reader)).toEqual([]);
  });
});
