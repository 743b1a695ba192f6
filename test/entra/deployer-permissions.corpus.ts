// The rows of DeployerPermissions (lib/entra/deployer-permissions.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { DeployerPermissions } from '../../lib';
import { ConstructRows, GUID } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new DeployerPermissions', 'props missing', (f) => new DeployerPermissions(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
    ['new DeployerPermissions', 'azureScopes a string', (f) => new DeployerPermissions(f.stack, 'x', { deployerObjectId: GUID, azureScopes: '/subscriptions/0' as any }), 'test/x: azureScopes "/subscriptions/0" must be a list'],
  ],
  entryPoints: {
    'new DeployerPermissions': { call: (f, a) => new DeployerPermissions(f.stack, 'x', a.props), valid: () => ({ props: { deployerObjectId: GUID } }) },
  },
  props: [
    ['new DeployerPermissions', 'azureScopes', 'x', 'test/x: azureScopes "x" must be a list'],
    ['new DeployerPermissions', 'createServicePrincipalIfMissing', 'yes', 'test/x: createServicePrincipalIfMissing "yes" must be true or false'],
    ['new DeployerPermissions', 'deployerObjectId', 42, 'test/x: deployerObjectId 42 must be a string'],
    ['new DeployerPermissions', 'planObjectId', 42, 'test/x: planObjectId 42 must be a string'],
    ['new DeployerPermissions', 'createResourceGroupsIn', 42, 'test/x: createResourceGroupsIn 42 must be a string'],
    ['new DeployerPermissions', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ],
};
