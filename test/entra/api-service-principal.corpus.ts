// The rows of ApiServicePrincipal (lib/entra/api-service-principal.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { ApiServicePrincipal } from '../../lib';
import { ConstructRows, GUID, OTHER_GUID } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['ApiServicePrincipal.forApp', 'options a string', (f) => ApiServicePrincipal.forApp(f.stack, GUID, 'yes' as any), 'test: options "yes" must be an object'],
    ['ApiServicePrincipal#appRoleId', 'value a number', (f) => f.grant.servicePrincipal.appRoleId(42 as any), 'appRoleId() value 42 must be a string'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['ApiServicePrincipal.forApp', 'scope missing', () => ApiServicePrincipal.forApp(undefined as any, GUID), 'ApiServicePrincipal.forApp: scope (missing) must be a construct'],
  ],
  entryPoints: {
    'ApiServicePrincipal.forApp': { call: (_f, a) => ApiServicePrincipal.forApp(a.scope, a.appId, a.options), valid: (f) => ({ scope: f.stack, appId: OTHER_GUID, options: {} }) },
    'ApiServicePrincipal#appRoleId': { call: (f, a) => f.grant.servicePrincipal.appRoleId(a.value, a.expectedId), valid: () => ({ value: 'User.Read.All' }) },
  },
  props: [
    ['ApiServicePrincipal#appRoleId', 'expectedId', 42, 'test/api-service-principal-11111111-1111-1111-1111-111111111111: appRoleId() expectedId 42 must be a string'],
    ['ApiServicePrincipal#appRoleId', 'value', 42, 'test/api-service-principal-11111111-1111-1111-1111-111111111111: appRoleId() value 42 must be a string'],
    ['ApiServicePrincipal.forApp', 'appId', 42, 'test: appId 42 must be a string'],
    ['ApiServicePrincipal.forApp', 'createServicePrincipalIfMissing', 'yes', 'test: createServicePrincipalIfMissing "yes" must be true or false'],
    ['ApiServicePrincipal.forApp', 'displayName', 42, 'test: displayName 42 must be a string'],
    ['ApiServicePrincipal.forApp', 'options', 'yes', 'test: options "yes" must be an object with the documented properties'],
    ['ApiServicePrincipal.forApp', 'scope', 'x', 'ApiServicePrincipal.forApp: scope "x" must be a construct'],
  ],
};
