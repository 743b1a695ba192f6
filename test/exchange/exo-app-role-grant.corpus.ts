// The rows of ExoAppRoleGrant (lib/exchange/exo-app-role-grant.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { ExoAppRoleGrant } from '../../lib';
import { ConstructRows, IMPORTED } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new ExoAppRoleGrant', 'props missing', (f) => new ExoAppRoleGrant(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
    ['new ExoAppRoleGrant', 'flag a string', (f) => new ExoAppRoleGrant(f.stack, 'x', { principal: f.identity, createServicePrincipalIfMissing: 'true' as any }), 'test/x: createServicePrincipalIfMissing "true" must be true or false'],
    ['ExoAppRoleGrant#applyBefore', 'a number', (f) => f.exoGrant.applyBefore(7 as any), 'applyBefore() dependents 7 must be constructs'],
  ],
  entryPoints: {
    'new ExoAppRoleGrant': { call: (f, a) => new ExoAppRoleGrant(f.stack, 'x', a.props), valid: (f) => ({ props: { principal: f.identity } }) },
    'ExoAppRoleGrant#applyBefore': { call: (f, a) => f.exoGrant.applyBefore(a.dependents), valid: (f) => ({ dependents: f.account }) },
  },
  props: [
    ['ExoAppRoleGrant#applyBefore', 'dependents', 'x', 'test/exo-grant: applyBefore() dependents "x" must be constructs'],
    ['new ExoAppRoleGrant', 'createServicePrincipalIfMissing', 'yes', 'test/x: createServicePrincipalIfMissing "yes" must be true or false'],
    ['new ExoAppRoleGrant', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
    ['new ExoAppRoleGrant', 'principal', 'x', 'test/x: principal "x" must be an IManagedIdentity'],
    ['new ExoAppRoleGrant', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ],
  badInput: [
    ['exchange grant: principal is a client id string', (f) => new ExoAppRoleGrant(f.stack, 'x', { principal: IMPORTED.clientId as any }), 'principal "22222222', 'must be an IManagedIdentity'],
  ],
};
