// EXO9 (lib/rules/exo09-unsupported-role.ts): recorded by EntraRoleBinding for a role Exchange Online PowerShell does not support.
import { EntraRole, EntraRoleBinding, UserAssignedIdentity } from '../../lib';
import { UNSUPPORTED_ROLE_RULE } from '../../lib/rules/exo09-unsupported-role';
import { newStackWithProviders } from '../support/helpers';
import { expectConstructRule } from '../support/policy';

describe('EXO9: unsupported role', () => {
  test('is a construct rule of EntraRoleBinding', () => {
    expectConstructRule(UNSUPPORTED_ROLE_RULE, 'EXO9', ['EntraRoleBinding']);
  });

  test('a binding of an unsupported role records it with the role\'s name and template id; a supported role does not', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const userAdmin = new EntraRoleBinding(stack, 'user-admin', {
      principal: identity, role: EntraRole.fromTemplateId('fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator'),
    });
    const recipients = new EntraRoleBinding(stack, 'recipients', { principal: identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR });
    expect(UNSUPPORTED_ROLE_RULE.check(userAdmin)).toEqual(['role: "User Administrator" (fe930be7-5e62-47db-91af-98c3a49a38b1)']);
    expect(UNSUPPORTED_ROLE_RULE.check(recipients)).toEqual([]);
  });
});
