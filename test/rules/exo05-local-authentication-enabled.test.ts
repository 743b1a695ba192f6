// EXO5 (lib/rules/exo05-local-authentication-enabled.ts): an Automation account needs local authentication
// off; the provider's default is on. Other bindings of the type: test/policy/exchange-online-policy-checks.test.ts.
import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { AutomationAccountWithIdentity } from '../../lib';
import { LOCAL_AUTHENTICATION_ENABLED_RULE } from '../../lib/rules/exo05-local-authentication-enabled';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { newStackWithProviders } from '../support/helpers';
import { findings, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  test('EXO5: local authentication on, including a hand-written account that leaves the provider default', () => {
    const stack = newStackWithProviders();
    new AutomationAccountWithIdentity(stack, 'ours', { name: 'aa-exo-local', resourceGroupName: 'rg', location: 'westeurope', localAuthenticationEnabled: true });
    new AutomationAccount(stack, 'raw', { name: 'aa-raw', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic' });
    const lines = findings(stack);
    expect(ruleIds(lines)).toEqual(['error EXO5', 'error EXO5']);
    expect(lines.map((l) => l.split(' ')[1]).sort()).toEqual(['test/ours/resource', 'test/raw']);
  });
});

describe('EXO5: local authentication enabled', () => {
  test('is an error policy rule on azurerm_automation_account', () => {
    expect(LOCAL_AUTHENTICATION_ENABLED_RULE).toMatchObject({
      id: 'EXO5', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_account'],
    });
  });

  test('only an explicit false passes; true and unset name local_authentication_enabled', () => {
    const stack = newStackWithProviders();
    const off = new AutomationAccount(stack, 'off', { name: 'aa-off', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic', localAuthenticationEnabled: false });
    const on = new AutomationAccount(stack, 'on', { name: 'aa-on', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic', localAuthenticationEnabled: true });
    const unset = new AutomationAccount(stack, 'unset', { name: 'aa-unset', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic' });
    expect(LOCAL_AUTHENTICATION_ENABLED_RULE.check(off)).toEqual([]);
    expect(LOCAL_AUTHENTICATION_ENABLED_RULE.check(on)).toEqual(['local_authentication_enabled']);
    expect(LOCAL_AUTHENTICATION_ENABLED_RULE.check(unset)).toEqual(['local_authentication_enabled']);
    const ours = new AutomationAccountWithIdentity(stack, 'ours', { name: 'aa-exo-ours', resourceGroupName: 'rg', location: 'westeurope' });
    expect(LOCAL_AUTHENTICATION_ENABLED_RULE.check(ours.resource)).toEqual([]);
  });
});
