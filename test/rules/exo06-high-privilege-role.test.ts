// EXO6 (lib/rules/exo06-high-privilege-role.ts): a warning for Global Administrator and Exchange Administrator.
import { EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, UserAssignedIdentity } from '../../lib';
import { HIGH_PRIVILEGE_ROLE_RULE } from '../../lib/rules/exo06-high-privilege-role';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { newStackWithProviders } from '../support/helpers';
import { exoProps, findings, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  test('EXO6: Global Administrator and Exchange Administrator are reported as warnings', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', {
      ...exoProps, roles: [EntraRole.EXCHANGE_ADMINISTRATOR, EntraRole.GLOBAL_ADMINISTRATOR], acknowledgeGlobalAdministratorGrantsFullTenantControl: true,
    });
    expect(ruleIds(findings(stack))).toEqual(['warn EXO6', 'warn EXO6']);
  });
});

describe('EXO6: high-privilege role', () => {
  test('is a warning policy rule on EntraRoleBinding', () => {
    expect(HIGH_PRIVILEGE_ROLE_RULE).toMatchObject({
      id: 'EXO6', severity: PolicySeverity.WARNING, source: 'policy', appliesTo: ['EntraRoleBinding'],
    });
  });

  test('names the role of a high-privilege bindings (Exchange or Global Administrator); other roles pass', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const admin = new EntraRoleBinding(stack, 'admin', { principal: identity, role: EntraRole.EXCHANGE_ADMINISTRATOR });
    const global = new EntraRoleBinding(stack, 'global', {
      principal: identity, role: EntraRole.GLOBAL_ADMINISTRATOR, acknowledgeGlobalAdministratorGrantsFullTenantControl: true,
    });
    const reader = new EntraRoleBinding(stack, 'reader', { principal: identity, role: EntraRole.GLOBAL_READER });
    expect(HIGH_PRIVILEGE_ROLE_RULE.check(admin)).toEqual([`role: ${EntraRole.EXCHANGE_ADMINISTRATOR.displayName}`]);
    expect(HIGH_PRIVILEGE_ROLE_RULE.check(global)).toEqual([`role: ${EntraRole.GLOBAL_ADMINISTRATOR.displayName}`]);
    expect(HIGH_PRIVILEGE_ROLE_RULE.check(reader)).toEqual([]);
  });
});
