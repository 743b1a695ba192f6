// ExchangeOnlinePolicyChecks (lib/policy/exchange-online-policy-checks.ts): the aspect that runs the policy
// rules on the constructs they apply to (by Terraform type or marker kind), with errors that stop synthesis
// unless reportAsWarnings. Each rule's own findings: test/rules/exoNN-*.test.ts; added to an app:
// test/policy/app-level-checks.test.ts; its wrong-shape rows: exchange-online-policy-checks.corpus.ts.
import { Aspects } from 'cdktf';
import { EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlinePolicyChecks, UserAssignedIdentity } from '../../lib';
import { newStackWithProviders } from '../support/helpers';
import { annotationsOf, bareRunbook, exoProps, findings, OtherAccountBinding, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  test('the whole procedure with a least-privilege role has no findings', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...exoProps, roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR] });
    expect(findings(stack)).toEqual([]);
  });

  test('errors stop synthesis', () => {
    const { stack } = bareRunbook();
    Aspects.of(stack).add(new ExchangeOnlinePolicyChecks());
    expect(() => (stack.node.scope as any).synth()).toThrow(/\[EXO1\]/);
  });

  test('reportAsWarnings turns errors into warnings', () => {
    const { stack } = bareRunbook();
    expect(ruleIds(findings(stack, { reportAsWarnings: true }))).toEqual(['warn EXO1', 'warn EXO2']);
  });

  test('isExchangeOnlinePolicyChecks tells the aspect from other values', () => {
    expect(ExchangeOnlinePolicyChecks.isExchangeOnlinePolicyChecks(new ExchangeOnlinePolicyChecks())).toBe(true);
    expect(ExchangeOnlinePolicyChecks.isExchangeOnlinePolicyChecks({ reportAsWarnings: true })).toBe(false);
    expect(ExchangeOnlinePolicyChecks.isExchangeOnlinePolicyChecks(undefined)).toBe(false);
  });

  test('visit runs the rules of a marked construct kind on that construct only, not on its children', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const admin = new EntraRoleBinding(stack, 'admin', { principal: identity, role: EntraRole.EXCHANGE_ADMINISTRATOR });
    const checks = new ExchangeOnlinePolicyChecks();
    for (const child of admin.node.children) {
      checks.visit(child);
    }
    expect(admin.node.findAll().flatMap((c) => c.node.metadata).filter((m) => String(m.data).includes('[EXO6]'))).toEqual([]);
    checks.visit(admin);
    expect(admin.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)))
      .toEqual([expect.stringMatching(/^\[EXO6\] The identity gets a high-privilege role .* \(role: Exchange Administrator\) To accept it/)]);
  });
});

describe('the list of rules', () => {
  test('resources are recognized by Terraform type, not by class', () => {
    const stack = newStackWithProviders();
    new OtherAccountBinding(stack, 'other', true);
    new OtherAccountBinding(stack, 'other-off', false);
    Aspects.of(stack).add(new ExchangeOnlinePolicyChecks({ reportAsWarnings: true }));
    const lines = annotationsOf(stack).filter((l) => l.includes('[EXO5]'));
    expect(lines).toEqual([expect.stringMatching(/^warn test\/other \[EXO5\]/)]);
  });
});
