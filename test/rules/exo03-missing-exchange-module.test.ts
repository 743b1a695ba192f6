// EXO3 (lib/rules/exo03-missing-exchange-module.ts): a hand-written runbook that connects to Exchange Online
// needs an ExchangeOnlineManagement import for its runtime in its account.
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import { AutomationAccountWithIdentity, ExchangeOnlineModuleImport, PowerShellRuntime } from '../../lib';
import { MISSING_EXCHANGE_MODULE_RULE } from '../../lib/rules/exo03-missing-exchange-module';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { newStackWithProviders } from '../support/helpers';
import { bareRunbook, findings, ruleIds } from '../support/policy';

const CONNECT = "Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com'\nGet-Mailbox\n";

describe('ExchangeOnlinePolicyChecks', () => {
  test('EXO3: a hand-written runbook that connects but whose account imports no Exchange module', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
    new AutomationRunbook(stack, 'raw', {
      name: 'Raw', location: 'westeurope', resourceGroupName: 'rg', automationAccountName: account.resource.name,
      runbookType: 'PowerShell72', logProgress: true, logVerbose: false,
      content: "Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com'\nGet-Mailbox\n",
    });
    new ExchangeOnlineModuleImport(stack, 'modules', { account }); // 5.1 modules do not serve a 7.2 runbook
    expect(ruleIds(findings(stack))).toEqual(['error EXO3']);
  });
});

describe('EXO3: missing Exchange module', () => {
  function handWritten(runbookType: string, content: string, runtime?: PowerShellRuntime) {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
    if (runtime) {
      new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime });
    }
    const runbook = new AutomationRunbook(stack, 'raw', {
      name: 'Raw', location: 'westeurope', resourceGroupName: 'rg', automationAccountName: account.resource.name,
      runbookType, logProgress: true, logVerbose: false, content,
    });
    return runbook;
  }

  test('is an error policy rule on azurerm_automation_runbook', () => {
    expect(MISSING_EXCHANGE_MODULE_RULE).toMatchObject({
      id: 'EXO3', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_runbook'],
    });
  });

  test('names the runbook type without an import; the import for that runtime satisfies it', () => {
    expect(MISSING_EXCHANGE_MODULE_RULE.check(handWritten('PowerShell', CONNECT))).toEqual(['runbook type: PowerShell']);
    expect(MISSING_EXCHANGE_MODULE_RULE.check(handWritten('PowerShell', CONNECT, PowerShellRuntime.V5_1))).toEqual([]);
  });

  test('a runbook that does not connect, and a runbook written by ExchangeOnlineRunbook, are not checked', () => {
    expect(MISSING_EXCHANGE_MODULE_RULE.check(handWritten('PowerShell', 'Get-Date\n'))).toEqual([]);
    const { runbook } = bareRunbook();
    const resource = runbook.node.findAll().find((c) => (c as { terraformResourceType?: string }).terraformResourceType === 'azurerm_automation_runbook')!;
    expect(resource).toBeDefined();
    expect(MISSING_EXCHANGE_MODULE_RULE.check(resource)).toEqual([]);
  });
});
