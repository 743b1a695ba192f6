// What the runbook rules read (lib/rules/runbook-lookups.ts): whether the identity of an Exchange Online
// runbook is in a set of the stack index (by object or by principal id), and which runbooks are
// hand-written ones that connect to Exchange Online.
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import { TerraformResource } from 'cdktf';
import { AutomationAccountWithIdentity } from '../../lib';
import { handWrittenConnectingRunbook, runbookIdentityWithout } from '../../lib/rules/runbook-lookups';
import { resolveIn } from '../../lib/terraform/resolve';
import { newStackWithProviders } from '../support/helpers';
import { bareRunbook } from '../support/policy';

describe('runbookIdentityWithout', () => {
  test('names the runbook\'s identity when it is in neither set, and passes when it is in either', () => {
    const { runbook, account } = bareRunbook();
    expect(runbookIdentityWithout(runbook, () => [new Set(), new Set()])).toEqual(['identity: test/account/system-identity']);
    expect(runbookIdentityWithout(runbook, () => [new Set([account.identity]), new Set()])).toEqual([]);
  });

  test('a principal id that resolves the same counts (so a copy of the identity, e.g. fromAttributes, holds it too)', () => {
    const { runbook, account } = bareRunbook();
    const resolved = resolveIn(runbook, account.identity.principalId);
    expect(resolved).toEqual(expect.stringContaining('principal_id'));
    expect(runbookIdentityWithout(runbook, () => [new Set(), new Set([resolved])])).toEqual([]);
    expect(runbookIdentityWithout(runbook, () => [new Set(), new Set(['22222222-2222-2222-2222-222222222222'])])).toEqual(['identity: test/account/system-identity']);
  });
});

describe('handWrittenConnectingRunbook', () => {
  function handWritten(content: string): AutomationRunbook {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
    return new AutomationRunbook(stack, 'raw', {
      name: 'Raw', location: 'westeurope', resourceGroupName: 'rg', automationAccountName: account.resource.name,
      runbookType: 'PowerShell', logProgress: true, logVerbose: false, content,
    });
  }

  test('returns a hand-written runbook that calls Connect-ExchangeOnline, in any case', () => {
    const runbook = handWritten('connect-exchangeonline -ManagedIdentity -Organization x\n');
    expect(handWrittenConnectingRunbook(runbook)).toBe(runbook);
  });

  test('returns nothing for a runbook that does not connect, or one written by ExchangeOnlineRunbook', () => {
    expect(handWrittenConnectingRunbook(handWritten('Get-Date\nConnect-ExchangeOnlineX\n'))).toBeUndefined();
    const { runbook } = bareRunbook();
    const resource = runbook.node.findAll().find((c) => (c as TerraformResource).terraformResourceType === 'azurerm_automation_runbook')!;
    expect(resource.node.scope).toBe(runbook);
    expect(handWrittenConnectingRunbook(resource)).toBeUndefined();
  });
});
