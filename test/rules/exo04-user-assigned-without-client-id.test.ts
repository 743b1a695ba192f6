// EXO4 (lib/rules/exo04-user-assigned-without-client-id.ts): on an account with only user-assigned
// identities, a hand-written runbook must pass -ManagedIdentityAccountId when it connects.
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import { AutomationAccountWithIdentity, ExchangeOnlineModuleImport, UserAssignedIdentity } from '../../lib';
import { USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE } from '../../lib/rules/exo04-user-assigned-without-client-id';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { newStackWithProviders } from '../support/helpers';
import { findings, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  test('EXO4: a hand-written runbook on a user-assigned-only account that connects without the client id', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope', userAssignedIdentities: [identity] });
    new ExchangeOnlineModuleImport(stack, 'modules', { account });
    new AutomationRunbook(stack, 'raw', {
      name: 'Raw', location: 'westeurope', resourceGroupName: 'rg', automationAccountName: account.resource.name,
      runbookType: 'PowerShell', logProgress: true, logVerbose: false,
      content: "Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com'\nGet-Mailbox\n",
    });
    expect(ruleIds(findings(stack))).toEqual(['error EXO4']);
  });
});

describe('EXO4: user-assigned identity without client id', () => {
  function runbookOn(userAssignedOnly: boolean, content: string) {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const account = new AutomationAccountWithIdentity(stack, 'account', {
      name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope', userAssignedIdentities: [identity],
      ...(userAssignedOnly ? {} : { systemAssignedIdentity: true }),
    });
    return new AutomationRunbook(stack, 'raw', {
      name: 'Raw', location: 'westeurope', resourceGroupName: 'rg', automationAccountName: account.resource.name,
      runbookType: 'PowerShell', logProgress: true, logVerbose: false, content,
    });
  }

  test('is an error policy rule on azurerm_automation_runbook', () => {
    expect(USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE).toMatchObject({
      id: 'EXO4', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_runbook'],
    });
  });

  test('names the account; a connect line with -ManagedIdentityAccountId, or a system-assigned identity, passes', () => {
    expect(USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE.check(runbookOn(true, 'Connect-ExchangeOnline -ManagedIdentity -Organization x\n')))
      .toEqual(['account: test/account/resource']);
    expect(USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE.check(runbookOn(true, 'Connect-ExchangeOnline -ManagedIdentity -ManagedIdentityAccountId $id -Organization x\n')))
      .toEqual([]);
    expect(USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE.check(runbookOn(false, 'Connect-ExchangeOnline -ManagedIdentity -Organization x\n'))).toEqual([]);
  });
});
