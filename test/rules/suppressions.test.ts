// The store of accepted findings (lib/rules/suppressions.ts): construct metadata, looked up from the
// construct up to the root. What PolicySuppressions.add checks: test/policy/policy-suppressions.test.ts.
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { findSuppression, storeSuppression } from '../../lib/rules/suppressions';

function tree() {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  const parent = new Construct(stack, 'parent');
  const child = new Construct(parent, 'child');
  return { app, stack, parent, child };
}

describe('suppressions', () => {
  test('a suppression covers its construct and everything below it, not its parents or siblings', () => {
    const { stack, parent, child } = tree();
    const sibling = new Construct(stack, 'sibling');
    storeSuppression(parent, 'EXO5', 'Legacy account, migrated next quarter.');
    expect(findSuppression(parent, 'EXO5')).toEqual({ ruleId: 'EXO5', reason: 'Legacy account, migrated next quarter.' });
    expect(findSuppression(child, 'EXO5')).toEqual({ ruleId: 'EXO5', reason: 'Legacy account, migrated next quarter.' });
    expect(findSuppression(stack, 'EXO5')).toBeUndefined();
    expect(findSuppression(sibling, 'EXO5')).toBeUndefined();
    expect(findSuppression(child, 'EXO6')).toBeUndefined();
  });

  test('the nearest suppression wins: the construct\'s own before its parent\'s, up to the app', () => {
    const { app, parent, child } = tree();
    storeSuppression(app, 'EXO6', 'Accepted for the whole app.');
    storeSuppression(parent, 'EXO6', 'Accepted for the parent.');
    expect(findSuppression(child, 'EXO6')!.reason).toBe('Accepted for the parent.');
    storeSuppression(child, 'EXO6', 'Accepted for the child.');
    expect(findSuppression(child, 'EXO6')!.reason).toBe('Accepted for the child.');
    expect(findSuppression(new Construct(app as App, 'other'), 'EXO6')!.reason).toBe('Accepted for the whole app.');
  });

  test('they are kept as construct metadata, which cdktf does not write to the synthesized stack', () => {
    const { stack, parent } = tree();
    storeSuppression(parent, 'EXO5', 'Legacy account, migrated next quarter.');
    expect(parent.node.metadata.map((m) => m.type)).toEqual(['cdktf-exo-managed-identity:policy-suppression']);
    expect(Testing.synth(stack)).not.toContain('Legacy account');
  });
});
