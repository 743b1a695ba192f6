// constructRule (lib/rules/construct-rule.ts): a construct rule is a warning whose check returns the
// details a construct recorded under the rule's id (findings.ts), and nothing else.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { constructRule } from '../../lib/rules/construct-rule';
import { recordFinding } from '../../lib/rules/findings';
import { PolicySeverity } from '../../lib/rules/policy-severity';

const SPEC = { id: 'EXO8', description: 'a description of the test rule', appliesTo: ['EntraRoleBinding'], summary: 'the summary', raisedBy: '`EntraRoleBinding`' };

describe('constructRule', () => {
  test('keeps the texts of the spec, as a warning from constructs', () => {
    expect(constructRule(SPEC)).toEqual({ ...SPEC, severity: PolicySeverity.WARNING, source: 'construct', check: expect.any(Function) });
  });

  test('its check returns the details recorded under its id on the node, in order; not those of another id, nor of children', () => {
    const rule = constructRule(SPEC);
    const other = constructRule({ ...SPEC, id: 'EXO9' });
    const stack = new TerraformStack(new App(), 'construct-rule');
    const child = new Construct(stack, 'child');
    recordFinding(stack, rule, 'first');
    recordFinding(stack, other, 'of another rule');
    recordFinding(stack, rule, 'second');
    recordFinding(child, rule, 'on a child');
    expect(rule.check(stack)).toEqual(['first', 'second']);
    expect(other.check(stack)).toEqual(['of another rule']);
    expect(rule.check(new TerraformStack(new App(), 'clean'))).toEqual([]);
  });

  test('a rule object of the same id counts: the check matches by id (another copy of the package)', () => {
    const rule = constructRule(SPEC);
    const copy = constructRule(SPEC);
    const stack = new TerraformStack(new App(), 'copy');
    recordFinding(stack, copy, 'from the copy');
    expect(rule.check(stack)).toEqual(['from the copy']);
  });
});
