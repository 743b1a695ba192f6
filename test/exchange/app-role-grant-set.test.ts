// lib/exchange/app-role-grant-set.ts: the app-role grants of one identity, at most one per API and role: asking
// again returns the grant made before; a role given as a reference is numbered among that API's references.
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AppRoleGrant, UserAssignedIdentity } from '../../lib';
import { AppRoleGrantSet } from '../../lib/exchange/app-role-grant-set';
import { newStackWithProviders } from '../support/helpers';

const GRAPH = '00000003-0000-0000-c000-000000000000';

function setup() {
  const stack = newStackWithProviders();
  const principal = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
  const scope = new Construct(stack, 'exo');
  return { stack, principal, scope, set: new AppRoleGrantSet(scope) };
}

describe('AppRoleGrantSet', () => {
  test('one grant per API and role, under the scope, named by API and role', () => {
    const { principal, scope, set } = setup();
    const first = set.grant('User.Read.All', { principal, resourceAppId: GRAPH });
    expect(first.node.scope).toBe(scope);
    expect(first.node.id).toBe(`app-role-${GRAPH}-User.Read.All`);
    expect(first.roles).toEqual(['User.Read.All']);
    expect(set.grant('User.Read.All', { principal, resourceAppId: GRAPH })).toBe(first);
    expect(set.grant('Mail.Send', { principal, resourceAppId: GRAPH })).not.toBe(first);
    expect(scope.node.children.filter((c) => c instanceof AppRoleGrant)).toHaveLength(2);
  });

  test('the API is matched in any case; the role value is not', () => {
    const { principal, set } = setup();
    const first = set.grant('User.Read.All', { principal, resourceAppId: GRAPH });
    expect(set.grant('User.Read.All', { principal, resourceAppId: GRAPH.toUpperCase() })).toBe(first);
    expect(set.grant('user.read.all', { principal, resourceAppId: GRAPH })).not.toBe(first);
  });

  test('a grant made elsewhere and added is returned for its role', () => {
    const { stack, principal, set } = setup();
    const elsewhere = new AppRoleGrant(stack, 'elsewhere', { principal, resourceAppId: GRAPH, roles: ['Mail.Send'] });
    set.add(GRAPH.toUpperCase(), 'Mail.Send', elsewhere);
    expect(set.grant('Mail.Send', { principal, resourceAppId: GRAPH })).toBe(elsewhere);
  });

  test('roles given as references are numbered among the references of their API, in the order granted', () => {
    const { stack, principal, set } = setup();
    const role = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
    const ids = [role('a'), role('b')].map((r) => set.grant(r, { principal, resourceAppId: GRAPH }).node.id);
    const other = set.grant(role('c'), { principal, resourceAppId: '11111111-2222-3333-4444-555555555555' }).node.id;
    expect(ids).toEqual([`app-role-${GRAPH}-reference-0`, `app-role-${GRAPH}-reference-1`]);
    expect(other).toBe('app-role-11111111-2222-3333-4444-555555555555-reference-0');
  });

  test('the request\'s principal, display name and createServicePrincipalIfMissing reach the new grant', () => {
    const { principal, set } = setup();
    const grant = set.grant('User.Read.All', { principal, resourceAppId: GRAPH, resourceDisplayName: 'Microsoft Graph' });
    expect(grant.principal).toBe(principal);
    expect(grant.resourceAppId).toBe(GRAPH);
    expect(() => set.grant('Mail.Send', { principal, resourceAppId: GRAPH, resourceDisplayName: 42 as any }))
      .toThrow(`test/exo/app-role-${GRAPH}-Mail.Send: resourceDisplayName 42 must be a string`);
    expect(() => set.grant('Mail.Read', { principal, resourceAppId: GRAPH, createServicePrincipalIfMissing: 'yes' as any }))
      .toThrow(`test/exo/app-role-${GRAPH}-Mail.Read: createServicePrincipalIfMissing "yes" must be`);
  });
});
