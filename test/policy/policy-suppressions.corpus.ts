// The rows of PolicySuppressions (lib/policy/policy-suppressions.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { PolicySuppressions } from '../../lib';
import { ConstructRows } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['PolicySuppressions.add', 'reason missing', (f) => PolicySuppressions.add(f.stack, [{ ruleId: 'EXO6' } as any]), 'reason of EXO6 (missing) must explain the decision'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['PolicySuppressions.add', 'construct missing', () => PolicySuppressions.add(undefined as any, [{ ruleId: 'EXO6', reason: 'accepted for this test' }]), 'PolicySuppressions.add: construct (missing) must be a construct'],
    ['PolicySuppressions.add', 'suppressions missing', (f) => PolicySuppressions.add(f.stack, undefined as any), 'test: suppressions (missing) must be a list of { ruleId, reason }'],
    ['PolicySuppressions.add', 'a suppression that is a rule id', (f) => PolicySuppressions.add(f.stack, ['EXO6' as any]), 'test: suppressions[0] "EXO6" must be an object { ruleId, reason }'],
  ],
  notInCorpus: {
    'PolicySuppressions.find': 'a lookup: any construct and rule id are valid questions',
  },
  entryPoints: {
    'PolicySuppressions.add': { call: (_f, a) => PolicySuppressions.add(a.construct, a.suppressions), valid: (f) => ({ construct: f.stack, suppressions: [{ ruleId: 'EXO6', reason: 'accepted for this test' }] }) },
  },
  props: [
    ['PolicySuppressions.add', 'construct', 'x', 'PolicySuppressions.add: construct "x" must be a construct'],
    ['PolicySuppressions.add', 'suppressions', 'x', 'test: suppressions "x" must be a list of { ruleId, reason }'],
    ['PolicySuppressions.add', 'suppressions[].reason', 42, 'test: reason of EXO6 42 must explain the decision in at least 10 characters'],
    ['PolicySuppressions.add', 'suppressions[].ruleId', 42, 'test: ruleId 42 must be one of EXO1, EXO2, EXO3, EXO4, EXO5, EXO6, EXO7, EXO8, EXO9, EXO10, EXO11, EXO12, EXO13, EXO14'],
  ],
  propsElsewhere: {
    'PolicySuppressions.find: construct': 'a lookup: any construct and rule id are valid questions',
    'PolicySuppressions.find: ruleId': 'a lookup: any construct and rule id are valid questions',
  },
  badInput: [
    ['suppression: short reason', (f) => PolicySuppressions.add(f.stack, [{ ruleId: 'EXO6', reason: 'ok' }]), 'reason of EXO6 "ok"', 'at least 10 characters'],
    ['suppression: unknown rule', (f) => PolicySuppressions.add(f.stack, [{ ruleId: 'AwsSolutions-IAM4', reason: 'copied from cdk-nag' }]), 'ruleId "AwsSolutions-IAM4"', 'must be one of EXO1'],
  ],
};
