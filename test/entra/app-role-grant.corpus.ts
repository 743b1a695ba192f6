// The rows of AppRoleGrant (lib/entra/app-role-grant.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { AppRoleGrant } from '../../lib';
import { ConstructRows, GUID } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new AppRoleGrant', 'roles a string', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: GUID, roles: 'User.Read.All' as any }), 'test/x: roles "User.Read.All" must list at least one app role value'],
    ['new AppRoleGrant', 'principal a GUID string', (f) => new AppRoleGrant(f.stack, 'x', { principal: GUID as any, resourceAppId: GUID, roles: ['User.Read.All'] }), `test/x: principal "${GUID}" must be an IManagedIdentity`],
    ['AppRoleGrant#applyBefore', 'undefined', (f) => f.grant.applyBefore(undefined as any), 'test/grant: applyBefore() dependents (missing) must be constructs'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['new AppRoleGrant', 'expectedAppRoleIds a string', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: GUID, roles: ['User.Read.All'], expectedAppRoleIds: 'x' as any }), 'test/x: expectedAppRoleIds "x" must be an object'],
  ],
  typeChecks: [
    ['AppRoleGrant.isAppRoleGrant', AppRoleGrant.isAppRoleGrant, (f) => f.grant],
  ],
  entryPoints: {
    'new AppRoleGrant': { call: (f, a) => new AppRoleGrant(f.stack, 'x', a.props), valid: (f) => ({ props: { principal: f.identity, resourceAppId: GUID, roles: ['User.Read.All'] } }) },
    'AppRoleGrant#applyBefore': { call: (f, a) => f.grant.applyBefore(a.dependents), valid: (f) => ({ dependents: f.account }) },
  },
  props: [
    ['AppRoleGrant#applyBefore', 'dependents', 'x', 'test/grant: applyBefore() dependents "x" must be constructs'],
    ['new AppRoleGrant', 'createServicePrincipalIfMissing', 'yes', 'test/x: createServicePrincipalIfMissing "yes" must be true or false'],
    ['new AppRoleGrant', 'expectedAppRoleIds', ['x'], 'test/x: expectedAppRoleIds ["x"] must be an object with the documented properties'],
    ['new AppRoleGrant', 'importFrom', ['x'], 'test/x: importFrom ["x"] must be an object with the documented properties'],
    ['new AppRoleGrant', 'principal', 'x', 'test/x: principal "x" must be an IManagedIdentity'],
    ['new AppRoleGrant', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new AppRoleGrant', 'resourceAppId', 42, 'test/x: resourceAppId 42 must be a string'],
    ['new AppRoleGrant', 'resourceDisplayName', 42, 'test/x: resourceDisplayName 42 must be a string'],
    ['new AppRoleGrant', 'roles', 'x', 'test/x: roles "x" must list at least one app role value'],
  ],
  badInput: [
    ['app role grant: no roles', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: [] }), 'roles []', 'must list at least one app role value'],
    ['app role grant: role with spaces', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['Read all users'] }), 'roles "Read all users"', 'must contain app role values'],
    ['app role grant: API by name instead of id', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: 'Microsoft Graph', roles: ['User.Read.All'] }), 'resourceAppId "Microsoft Graph"', 'must be a GUID'],
  ],
};
