// lib/validation/shapes.ts: requireOptionalDependables judges `fqn` without reading it. cdktf computes
// an element's `fqn` on first read (a reference token, whose creation captures a whole V8 stack trace);
// validation read it in every constructor (issue 17), synthesis reads it anyway.
import { requireOptionalDependables, requirePrincipal, requireUserAssignedIdentity } from '../../lib/validation/shapes';

describe('requireOptionalDependables', () => {
  test('accepts an fqn accessor without calling it', () => {
    let reads = 0;
    class Element {
      public get fqn(): string {
        reads++;
        return 'azurerm_resource_group.group';
      }
    }
    requireOptionalDependables('scope', 'dependsOn', [new Element(), { fqn: 'azurerm_automation_account.account' }]);
    expect(reads).toBe(0);
  });

  test('still refuses a list item without a string fqn, naming the item', () => {
    expect(() => requireOptionalDependables('scope', 'dependsOn', [{ fqn: 'a.b' }, { fqn: 5 }]))
      .toThrow('scope: dependsOn[1] {"fqn":5} must be a Terraform resource or data source (an ITerraformDependable)');
    expect(() => requireOptionalDependables('scope', 'dependsOn', ['azurerm_resource_group.group']))
      .toThrow(/dependsOn\[0\] .*must be a Terraform resource or data source/);
  });
});

describe('identity shapes: one test of "a construct with these members" for principals and user-assigned identities', () => {
  const PRINCIPAL = '11111111-2222-3333-4444-555555555555';
  const RESOURCE_ID = '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id';

  test('a principal needs a node and a principal id; a user-assigned identity a resource id too', () => {
    requirePrincipal('scope', 'principal', { node: {}, principalId: PRINCIPAL });
    requireUserAssignedIdentity('scope', 'identity', { node: {}, principalId: PRINCIPAL, resourceId: RESOURCE_ID });
    expect(() => requirePrincipal('scope', 'principal', { principalId: PRINCIPAL }))
      .toThrow(`scope: principal {"principalId":"${PRINCIPAL}"} must be an IManagedIdentity`);
    expect(() => requirePrincipal('scope', 'principal', null)).toThrow('scope: principal null must be an IManagedIdentity');
    expect(() => requireUserAssignedIdentity('scope', 'identity', { node: {}, principalId: PRINCIPAL }))
      .toThrow('must be a user-assigned identity (UserAssignedIdentity or UserAssignedIdentity.fromAttributes)');
  });

  test('then checks the members\' values under their own names', () => {
    expect(() => requirePrincipal('scope', 'principal', { node: {}, principalId: 'abc' })).toThrow('scope: principal.principalId "abc" must be a GUID');
    expect(() => requireUserAssignedIdentity('scope', 'identity', { node: {}, principalId: PRINCIPAL, resourceId: RESOURCE_ID.toLowerCase() }))
      .toThrow('scope: identity.resourceId');
  });
});
