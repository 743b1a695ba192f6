// The rows of SystemAssignedIdentity (lib/identity/system-assigned-identity.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { SystemAssignedIdentity } from '../../lib';
import { ConstructRows, GUID } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new SystemAssignedIdentity', 'props missing', (f) => new SystemAssignedIdentity(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ],
  entryPoints: {
    'new SystemAssignedIdentity': { call: (f, a) => new SystemAssignedIdentity(f.stack, 'x', a.props), valid: () => ({ props: { principalId: GUID } }) },
  },
  props: [
    ['new SystemAssignedIdentity', 'principalId', 42, 'test/x: principalId 42 must be a string'],
    ['new SystemAssignedIdentity', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new SystemAssignedIdentity', 'waitForEntraReplication', 'yes', 'test/x: waitForEntraReplication "yes" must be true or false'],
  ],
  badInput: [
    ['system identity: nil principal id', (f) => new SystemAssignedIdentity(f.stack, 'x', { principalId: '00000000-0000-0000-0000-000000000000' }), 'principalId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID'],
    ['system identity: principal id empty', (f) => new SystemAssignedIdentity(f.stack, 'x', { principalId: '' }), 'principalId ""', 'must not be empty'],
  ],
};
