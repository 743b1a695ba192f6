// The rows of UserAssignedIdentity (lib/identity/user-assigned-identity.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { UserAssignedIdentity } from '../../lib';
import { ConstructRows, RG, GUID, IDENTITY_ID, OTHER_GUID, IMPORTED } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new UserAssignedIdentity', 'props a string', (f) => new UserAssignedIdentity(f.stack, 'x', 'id-exo' as any), 'test/x: props "id-exo" must be an object'],
    ['UserAssignedIdentity.fromAttributes', 'attrs missing', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', undefined as any), 'test/x: attrs (missing) must be an object'],
  ],
  entryPoints: {
    'new UserAssignedIdentity': { call: (f, a) => new UserAssignedIdentity(f.stack, 'x', a.props), valid: () => ({ props: { name: 'id-x', ...RG } }) },
    'UserAssignedIdentity.fromAttributes': {
      call: (f, a) => UserAssignedIdentity.fromAttributes(f.stack, 'x', a.attrs),
      valid: () => ({ attrs: { principalId: GUID, clientId: OTHER_GUID, resourceId: IDENTITY_ID } }),
    },
  },
  props: [
    ['UserAssignedIdentity.fromAttributes', 'attrs', undefined, 'test/x: attrs (missing) must be an object with the documented properties'],
    ['UserAssignedIdentity.fromAttributes', 'clientId', 42, 'test/x: clientId 42 must be a string'],
    ['UserAssignedIdentity.fromAttributes', 'principalId', 42, 'test/x: principalId 42 must be a string'],
    ['UserAssignedIdentity.fromAttributes', 'resourceId', 42, 'test/x: resourceId 42 must be a string'],
    ['new UserAssignedIdentity', 'cannotDeleteLock', 'yes', 'test/x: cannotDeleteLock "yes" must be true or false'],
    ['new UserAssignedIdentity', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
    ['new UserAssignedIdentity', 'location', 42, 'test/x: location 42 must be a string'],
    ['new UserAssignedIdentity', 'name', 42, 'test/x: name 42 must be a string'],
    ['new UserAssignedIdentity', 'preventDestroy', 'yes', 'test/x: preventDestroy "yes" must be true or false'],
    ['new UserAssignedIdentity', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new UserAssignedIdentity', 'resourceGroupName', 42, 'test/x: resourceGroupName 42 must be a string'],
    ['new UserAssignedIdentity', 'tags', ['x'], 'test/x: tags ["x"] must be an object of tag names to values'],
  ],
  badInput: [
    ['identity: no props', (f) => new UserAssignedIdentity(f.stack, 'x', undefined as any), 'props', 'must be an object'],
    ['identity: name too short', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'ab', ...RG }), 'name "ab"', 'must be 3-128 letters'],
    ['identity: name with a dot', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id.exo', ...RG }), 'name "id.exo"', 'must be 3-128 letters'],
    ['identity: empty name', (f) => new UserAssignedIdentity(f.stack, 'x', { name: '', ...RG }), 'name ""', 'must not be empty'],
    ['identity: name not a string', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 42 as any, ...RG }), 'name 42', 'must be a string'],
    ['identity: resource group ends with a period', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, resourceGroupName: 'rg.' }), 'resourceGroupName "rg."', 'must not end with a period'],
    ['identity: blank region', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, location: '  ' }), 'location "  "', 'must not be empty'],
    ['identity: tag key with /', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, tags: { 'a/b': 'x' } }), 'tags key "a/b"', 'must be 1-512 bytes in UTF-8 without < > % & \\ ? /'],
    ['identity: tag value too long', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, tags: { a: 'x'.repeat(257) } }), 'tags["a"]', 'at most 256 bytes in UTF-8 (257 bytes)'],
    ['imported identity: principal id not a GUID', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, principalId: 'abc' }), 'principalId "abc"', 'must be a GUID'],
    ['imported identity: client id with braces', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, clientId: `{${IMPORTED.clientId}}` }), 'clientId', 'must be a GUID'],
    ['imported identity: client id equals principal id', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, clientId: IMPORTED.principalId }), 'clientId', 'must differ from principalId'],
    ['imported identity: resource id of another type', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, resourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm' }), 'resourceId', 'must be /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>, with that exact case'],
    ['imported identity: nil principal id', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, principalId: '00000000-0000-0000-0000-000000000000' }), 'principalId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID: it names no object'],
    ['imported identity: client id with a trailing space', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, clientId: `${IMPORTED.clientId} ` }), `clientId "${IMPORTED.clientId} "`, 'must not begin or end with whitespace'],
    ['imported identity: resource id with a trailing space', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, resourceId: `${IMPORTED.resourceId} ` }), 'resourceId', 'must not begin or end with whitespace'],
  ],
};
