// The rows of EntraRole (lib/entra/entra-role.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { EntraRole } from '../../lib';
import { ConstructRows, GUID } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['EntraRole.fromTemplateId', 'template id a number', () => EntraRole.fromTemplateId(42 as any, 'Role'), 'EntraRole.fromTemplateId: templateId 42 must be a GUID'],
  ],
  typeChecks: [
    ['EntraRole.isEntraRole', EntraRole.isEntraRole, () => EntraRole.GLOBAL_READER],
  ],
  entryPoints: {
    'EntraRole.fromTemplateId': { call: (_f, a) => EntraRole.fromTemplateId(a.templateId, a.displayName), valid: () => ({ templateId: GUID, displayName: 'Custom role' }) },
  },
  props: [
    ['EntraRole.fromTemplateId', 'displayName', 42, 'EntraRole.fromTemplateId: displayName 42 must be a string'],
    ['EntraRole.fromTemplateId', 'templateId', 42, 'EntraRole.fromTemplateId: templateId 42 must be a GUID'],
  ],
  badInput: [
    ['role: template id not a GUID', () => EntraRole.fromTemplateId('Exchange Administrator', 'Exchange Administrator'), 'templateId "Exchange Administrator"', 'must be a GUID'],
    ['role: nil template id', () => EntraRole.fromTemplateId('00000000-0000-0000-0000-000000000000', 'Placeholder'), 'templateId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID'],
  ],
};
