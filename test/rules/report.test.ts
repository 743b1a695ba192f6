// Reporting a rule's findings (lib/rules/report.ts): the message `[EXO<n>] <description> (<detail>)` with
// the way to accept it, as an error or a warning by severity (`asWarning` downgrades errors), an info note
// quoting the reason when suppressed, and a check that throws reported as a warning.
import { Aspects, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole, EntraRoleBinding, ExchangeOnlinePolicyChecks, UserAssignedIdentity } from '../../lib';
import { ALL_RULES } from '../../lib/rules/all-rules';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { reportFinding, runRule } from '../../lib/rules/report';
import { Rule } from '../../lib/rules/rule';
import { storeSuppression } from '../../lib/rules/suppressions';
import { newStackWithProviders } from '../support/helpers';
import { annotationsOf, OtherAccountBinding } from '../support/policy';

describe('the list of rules', () => {
  test('a rule that throws becomes a warning finding, and the other rules still run', () => {
    const stack = newStackWithProviders();
    new OtherAccountBinding(stack, 'other', true);
    const exo5 = ALL_RULES.find((r) => r.id === 'EXO5')!;
    const original = exo5.check;
    (exo5 as { check: unknown }).check = () => {
      throw new Error('boom');
    };
    try {
      const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
      new EntraRoleBinding(stack, 'admin', { principal: identity, role: EntraRole.EXCHANGE_ADMINISTRATOR });
      Aspects.of(stack).add(new ExchangeOnlinePolicyChecks());
      const lines = annotationsOf(stack).filter((l) => /\[EXO[56]\]/.test(l));
      expect(lines).toEqual(expect.arrayContaining([
        expect.stringMatching(/^warn test\/other \[EXO5\] could not be checked on this construct: boom/),
        expect.stringMatching(/^warn test\/admin \[EXO6\]/),
      ]));
    } finally {
      (exo5 as { check: unknown }).check = original;
    }
  });
});

/** A rule of the test's own, whose check returns `details` or throws `thrown`. */
function testRule(severity: PolicySeverity, details: string[] = [], thrown?: unknown): Rule {
  return {
    id: 'EXO5', severity, source: 'policy', appliesTo: ['azurerm_automation_account'], summary: 'test rule',
    description: 'The test rule finds this.',
    check: () => {
      if (thrown !== undefined) {
        throw thrown;
      }
      return details;
    },
  };
}

/** The `<level> <message>` lines of the annotations on `node` itself. */
function notes(node: Construct): string[] {
  return node.node.metadata.filter((m) => m.type.startsWith('@cdktf/')).map((m) => `${m.type.replace('@cdktf/', '')} ${String(m.data)}`);
}

function node(): Construct {
  return new Construct(new TerraformStack(Testing.app(), 'report'), 'node');
}

const FIX = ' To accept it: PolicySuppressions.add(construct, [{ ruleId: \'EXO5\', reason: \'...\' }]).';

describe('reportFinding', () => {
  test('an error rule is an error with the detail in parentheses and the way to accept it', () => {
    const target = node();
    reportFinding(target, testRule(PolicySeverity.ERROR), 'account: x', false);
    expect(notes(target)).toEqual([`error [EXO5] The test rule finds this. (account: x)${FIX}`]);
  });

  test('asWarning turns an error into a warning; a warning rule stays a warning either way', () => {
    const downgraded = node();
    reportFinding(downgraded, testRule(PolicySeverity.ERROR), 'account: x', true);
    expect(notes(downgraded)).toEqual([`warn [EXO5] The test rule finds this. (account: x)${FIX}`]);
    const warning = node();
    reportFinding(warning, testRule(PolicySeverity.WARNING), 'account: x', false);
    expect(notes(warning)).toEqual([`warn [EXO5] The test rule finds this. (account: x)${FIX}`]);
  });

  test('without a detail, the message has no parentheses', () => {
    const target = node();
    reportFinding(target, testRule(PolicySeverity.WARNING), undefined, false);
    expect(notes(target)).toEqual([`warn [EXO5] The test rule finds this.${FIX}`]);
  });

  test('a suppression of the rule on the node or a parent makes it an info note quoting the reason, without the way to accept it', () => {
    const target = node();
    storeSuppression(target.node.scope!, 'EXO5', 'Legacy account, migrated next quarter.');
    reportFinding(target, testRule(PolicySeverity.ERROR), 'account: x', false);
    expect(notes(target)).toEqual(['info [EXO5] The test rule finds this. (account: x) Suppressed: Legacy account, migrated next quarter.']);
    const other = node();
    storeSuppression(other, 'EXO6', 'Another rule is accepted here.');
    reportFinding(other, testRule(PolicySeverity.ERROR), 'account: x', false);
    expect(notes(other)).toEqual([`error [EXO5] The test rule finds this. (account: x)${FIX}`]);
  });
});

describe('runRule', () => {
  test('reports each detail the check returns, and nothing when it returns none', () => {
    const target = node();
    runRule(target, testRule(PolicySeverity.ERROR, ['first', 'second']), false);
    expect(notes(target)).toEqual([`error [EXO5] The test rule finds this. (first)${FIX}`, `error [EXO5] The test rule finds this. (second)${FIX}`]);
    const clean = node();
    runRule(clean, testRule(PolicySeverity.ERROR), false);
    expect(notes(clean)).toEqual([]);
  });

  test('a check that throws is a warning under the rule id, even for an error rule; a thrown non-Error is quoted as text', () => {
    const target = node();
    runRule(target, testRule(PolicySeverity.ERROR, [], new Error('boom')), false);
    expect(notes(target)).toEqual([`warn [EXO5] could not be checked on this construct: boom${FIX}`]);
    const text = node();
    runRule(text, testRule(PolicySeverity.ERROR, [], 'plain text'), false);
    expect(notes(text)).toEqual([`warn [EXO5] could not be checked on this construct: plain text${FIX}`]);
  });
});
