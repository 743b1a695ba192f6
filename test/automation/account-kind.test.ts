// lib/automation/account-kind.ts: the one check that a prop holds an Automation account, by its marker,
// with the message of the prop it checks.
import { Testing, TerraformStack } from 'cdktf';
import { AutomationAccountWithIdentity } from '../../lib';
import { isAutomationAccount, markAsAutomationAccount, requireAutomationAccount } from '../../lib/automation/account-kind';
import { IAutomationAccount } from '../../lib/automation/automation-account-interface';

const ATTRS = {
  name: 'aa-exo-existing', resourceGroupName: 'rg-automation', location: 'westeurope', systemAssignedPrincipalId: '11111111-2222-3333-4444-555555555555',
  accountId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-automation/providers/Microsoft.Automation/automationAccounts/aa-exo-existing',
};

describe('requireAutomationAccount', () => {
  test('returns an account of this package, created elsewhere or from a second copy (marked by Symbol.for)', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', ATTRS);
    expect(requireAutomationAccount(stack, 'account', account)).toBe(account);
    const copy = { name: 'aa' } as unknown as IAutomationAccount;
    Object.defineProperty(copy, Symbol.for('cdktf-exo-managed-identity.AutomationAccount'), { value: true });
    expect(isAutomationAccount(copy)).toBe(true);
    expect(requireAutomationAccount(stack, 'account', copy)).toBe(copy);
  });

  test('refuses anything else with the account prop\'s message, or the caller\'s own', () => {
    expect(() => requireAutomationAccount('test/x', 'account', 'aa-exo'))
      .toThrow('test/x: account "aa-exo" must be an Automation account (AutomationAccountWithIdentity or AutomationAccountWithIdentity.fromAttributes)');
    expect(() => requireAutomationAccount('test/x', 'existingAccount', { name: 'aa' }, 'an account created elsewhere'))
      .toThrow('test/x: existingAccount {"name":"aa"} must be an account created elsewhere');
    expect(() => requireAutomationAccount('test/x', 'account', undefined)).toThrow('test/x: account (missing) must be an Automation account');
  });

  test('markAsAutomationAccount is what isAutomationAccount and AutomationAccountWithIdentity.isAutomationAccount test', () => {
    const account = {} as IAutomationAccount;
    expect(isAutomationAccount(account)).toBe(false);
    markAsAutomationAccount(account);
    expect(isAutomationAccount(account)).toBe(true);
    expect(AutomationAccountWithIdentity.isAutomationAccount(account)).toBe(true);
    expect(Object.keys(account)).toEqual([]);
  });
});
