// EXO1 (lib/rules/exo01-missing-exchange-grant.ts): the identity of an Exchange Online runbook needs the
// Exchange.ManageAsApp grant in the stack. Hand-written grants: test/rules/stack-index.test.ts.
import { EntraRole, EntraRoleBinding, ExoAppRoleGrant, UserAssignedIdentity } from '../../lib';
import { MISSING_EXCHANGE_GRANT_RULE } from '../../lib/rules/exo01-missing-exchange-grant';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { bareRunbook, findings, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  test('EXO1 and EXO2: a runbook whose identity has neither the grant nor a supported role', () => {
    const { stack } = bareRunbook();
    const lines = findings(stack);
    expect(ruleIds(lines)).toEqual(['error EXO1', 'error EXO2']);
    expect(lines[0]).toContain('test/runbook [EXO1] The identity that runs an Exchange Online runbook has no Exchange.ManageAsApp grant');
    expect(lines[0]).toContain('(identity: test/account/system-identity)');
  });
});

describe('EXO1: missing Exchange grant', () => {
  test('is an error policy rule on ExchangeOnlineRunbook', () => {
    expect(MISSING_EXCHANGE_GRANT_RULE).toMatchObject({
      id: 'EXO1', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['ExchangeOnlineRunbook'],
    });
  });

  test('an ExoAppRoleGrant to the runbook\'s identity satisfies it; a grant to another identity does not', () => {
    // The stack index is built on first use: each stack is complete before the rule runs.
    const other = bareRunbook();
    const elsewhere = new UserAssignedIdentity(other.stack, 'elsewhere', { name: 'id-other', resourceGroupName: 'rg', location: 'westeurope' });
    new ExoAppRoleGrant(other.stack, 'grant', { principal: elsewhere });
    expect(MISSING_EXCHANGE_GRANT_RULE.check(other.runbook)).toEqual(['identity: test/account/system-identity']);
    const granted = bareRunbook();
    new ExoAppRoleGrant(granted.stack, 'grant', { principal: granted.account.identity });
    new EntraRoleBinding(granted.stack, 'role', { principal: granted.account.identity, role: EntraRole.GLOBAL_READER });
    expect(MISSING_EXCHANGE_GRANT_RULE.check(granted.runbook)).toEqual([]);
    expect(findings(granted.stack)).toEqual([]);
  });
});
