// EXO2 (lib/rules/exo02-missing-supported-role.ts): the identity of an Exchange Online runbook needs a role
// Microsoft supports for Exchange Online PowerShell. Hand-written role assignments: test/rules/stack-index.test.ts.
import { EntraRole, EntraRoleBinding, ExoAppRoleGrant } from '../../lib';
import { MISSING_SUPPORTED_ROLE_RULE } from '../../lib/rules/exo02-missing-supported-role';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { bareRunbook, findings, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  test('EXO2 is not satisfied by a role Exchange Online does not support', () => {
    const { stack, account } = bareRunbook();
    new ExoAppRoleGrant(stack, 'grant', { principal: account.identity });
    new EntraRoleBinding(stack, 'role', { principal: account.identity, role: EntraRole.fromTemplateId('fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator') });
    // EXO9 is the binding's own advice about the unsupported role, reported with or without the checks.
    expect(ruleIds(findings(stack))).toEqual(['error EXO2', 'warn EXO9']);
  });
});

describe('EXO2: missing supported role', () => {
  test('is an error policy rule on ExchangeOnlineRunbook', () => {
    expect(MISSING_SUPPORTED_ROLE_RULE).toMatchObject({
      id: 'EXO2', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['ExchangeOnlineRunbook'],
    });
  });

  test('names the identity without a supported role; a supported role binding satisfies it', () => {
    // The stack index is built on first use: each stack is complete before the rule runs.
    const { stack, account, runbook } = bareRunbook();
    new ExoAppRoleGrant(stack, 'grant', { principal: account.identity });
    expect(MISSING_SUPPORTED_ROLE_RULE.check(runbook)).toEqual(['identity: test/account/system-identity']);
    expect(ruleIds(findings(stack))).toEqual(['error EXO2']);
    const bound = bareRunbook();
    new EntraRoleBinding(bound.stack, 'role', { principal: bound.account.identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR });
    expect(MISSING_SUPPORTED_ROLE_RULE.check(bound.runbook)).toEqual([]);
  });
});
