// EXO11 (lib/rules/exo11-no-roles.ts): recorded by ExchangeOnlineAutomation for `roles: []`.
import { EntraRole, ExchangeOnlineAutomation } from '../../lib';
import { NO_ROLES_RULE } from '../../lib/rules/exo11-no-roles';
import { newStackWithProviders } from '../support/helpers';
import { expectConstructRule, exoProps } from '../support/policy';

describe('EXO11: no roles', () => {
  test('is a construct rule of ExchangeOnlineAutomation', () => {
    expectConstructRule(NO_ROLES_RULE, 'EXO11', ['ExchangeOnlineAutomation']);
  });

  test('an empty role list records it; a role does not', () => {
    const stack = newStackWithProviders();
    const none = new ExchangeOnlineAutomation(stack, 'none', { ...exoProps, roles: [] });
    const other = newStackWithProviders('other');
    const some = new ExchangeOnlineAutomation(other, 'some', { ...exoProps, roles: [EntraRole.GLOBAL_READER] });
    expect(NO_ROLES_RULE.check(none)).toEqual(['roles: []']);
    expect(NO_ROLES_RULE.check(some)).toEqual([]);
  });
});
