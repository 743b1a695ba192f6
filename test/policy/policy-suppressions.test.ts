// PolicySuppressions (lib/policy/policy-suppressions.ts): accepting a rule's findings on a construct and
// below, with a reason; what it refuses. Its wrong-shape and bad-input rows: policy-suppressions.corpus.ts.
import { PolicySuppressions } from '../../lib';
import { bareRunbook, findings, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  test('a suppression with a reason, on the construct or a parent, turns a finding into an info note', () => {
    const { stack, runbook } = bareRunbook();
    PolicySuppressions.add(runbook, [{ ruleId: 'EXO1', reason: 'Granted by the tenant bootstrap stack (tenant-bootstrap).' }]);
    PolicySuppressions.add(stack, [{ ruleId: 'EXO2', reason: 'Role assigned through PIM by the identity team.' }]);
    const lines = findings(stack);
    expect(ruleIds(lines)).toEqual(['info EXO1', 'info EXO2']);
    expect(lines.join('\n')).toContain('Suppressed: Granted by the tenant bootstrap stack (tenant-bootstrap).');
  });

  test('suppressions need a known rule id and a reason of at least 10 characters', () => {
    const { runbook } = bareRunbook();
    expect(() => PolicySuppressions.add(runbook, [{ ruleId: 'EXO1', reason: 'because' }]))
      .toThrow('test/runbook: reason of EXO1 "because" must explain the decision in at least 10 characters');
    expect(() => PolicySuppressions.add(runbook, [{ ruleId: 'EXO99', reason: 'a long enough reason' }]))
      .toThrow('test/runbook: ruleId "EXO99" must be one of EXO1, EXO2, EXO3, EXO4, EXO5, EXO6, EXO7, EXO8, EXO9, EXO10, EXO11, EXO12, EXO13, EXO14, EXO15, EXO16');
  });
});

describe('PolicySuppressions', () => {
  test('find returns the suppression of the rule on the construct or its nearest parent, with the reason trimmed', () => {
    const { stack, runbook, account } = bareRunbook();
    PolicySuppressions.add(stack, [{ ruleId: 'EXO6', reason: '  Accepted for the whole stack.  ' }, { ruleId: 'EXO5', reason: 'Stack-wide reason here.' }]);
    PolicySuppressions.add(runbook, [{ ruleId: 'EXO5', reason: 'Accepted for this runbook only.' }]);
    expect(PolicySuppressions.find(runbook, 'EXO6')).toEqual({ ruleId: 'EXO6', reason: 'Accepted for the whole stack.' });
    expect(PolicySuppressions.find(runbook, 'EXO5')).toEqual({ ruleId: 'EXO5', reason: 'Accepted for this runbook only.' });
    expect(PolicySuppressions.find(account, 'EXO5')).toEqual({ ruleId: 'EXO5', reason: 'Stack-wide reason here.' });
    expect(PolicySuppressions.find(account, 'EXO1')).toBeUndefined();
  });

  test('several entries in one call, and later calls on the same construct, are all kept', () => {
    const { runbook } = bareRunbook();
    PolicySuppressions.add(runbook, [{ ruleId: 'EXO1', reason: 'Granted by the bootstrap stack.' }, { ruleId: 'EXO2', reason: 'Role assigned through PIM.' }]);
    PolicySuppressions.add(runbook, [{ ruleId: 'EXO3', reason: 'Module imported by the platform team.' }]);
    expect(['EXO1', 'EXO2', 'EXO3', 'EXO4'].map((id) => PolicySuppressions.find(runbook, id)?.reason))
      .toEqual(['Granted by the bootstrap stack.', 'Role assigned through PIM.', 'Module imported by the platform team.', undefined]);
  });
});
