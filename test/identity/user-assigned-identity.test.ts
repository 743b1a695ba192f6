import { Fn, Testing } from 'cdktf';
import { ManagedIdentityKind, UserAssignedIdentity } from '../../lib';
import { newStack, newStackWithProviders, onlyResource, rendered, synthJson } from '../support/helpers';

const base = { name: 'id-exo-runbooks', resourceGroupName: 'rg-exo', location: 'westeurope' };

describe('UserAssignedIdentity', () => {
  test('creates azurerm_user_assigned_identity with the given name, group, region and tags', () => {
    const stack = newStack();
    new UserAssignedIdentity(stack, 'identity', { ...base, tags: { owner: 'messaging' } });
    expect(Testing.synth(stack)).toHaveResourceWithProperties({ tfResourceType: 'azurerm_user_assigned_identity' }, {
      name: 'id-exo-runbooks',
      resource_group_name: 'rg-exo',
      location: 'westeurope',
      tags: { owner: 'messaging' },
    });
  });

  test('exposes principal id, client id, tenant id and ARM id as separate references', () => {
    const stack = newStack();
    const identity = new UserAssignedIdentity(stack, 'identity', base);
    const resolved = (value: string) => rendered(stack, value);
    expect(resolved(identity.principalId)).toMatch(/^\$\{azurerm_user_assigned_identity\.[^.]+\.principal_id\}$/);
    expect(resolved(identity.clientId!)).toMatch(/^\$\{azurerm_user_assigned_identity\.[^.]+\.client_id\}$/);
    expect(resolved(identity.tenantId)).toMatch(/\.tenant_id\}$/);
    expect(resolved(identity.resourceId)).toMatch(/\.id\}$/);
    expect(identity.kind).toBe(ManagedIdentityKind.USER_ASSIGNED);
  });

  test.each([
    ['ab'], ['-starts-with-hyphen'], ['has space'], ['x'.repeat(129)], ['ünïcode'],
  ])('rejects the name %j', (name) => {
    const stack = newStack();
    expect(() => new UserAssignedIdentity(stack, 'identity', { ...base, name })).toThrow(
      `test/identity: name ${JSON.stringify(name)} must be 3-128 letters, digits, hyphens or underscores, starting with a letter or digit`);
  });

  test('rejects an empty resource group and a blank region', () => {
    expect(() => new UserAssignedIdentity(newStack(), 'identity', { ...base, resourceGroupName: '' }))
      .toThrow('test/identity: resourceGroupName "" must not be empty');
    expect(() => new UserAssignedIdentity(newStack(), 'identity', { ...base, location: '  ' }))
      .toThrow('test/identity: location "  " must not be empty');
  });

  test('does not judge names that are Terraform references', () => {
    const stack = newStack();
    expect(() => new UserAssignedIdentity(stack, 'identity', { ...base, name: Fn.lower('${var.name}') })).not.toThrow();
  });
});

describe('UserAssignedIdentity.fromAttributes', () => {
  const attrs = {
    principalId: '11111111-1111-1111-1111-111111111111',
    clientId: '22222222-2222-2222-2222-222222222222',
    resourceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo',
  };

  test('returns the identity without creating anything', () => {
    const stack = newStack();
    const identity = UserAssignedIdentity.fromAttributes(stack, 'existing', attrs);
    expect(identity.principalId).toBe(attrs.principalId);
    expect(identity.clientId).toBe(attrs.clientId);
    expect(identity.resourceId).toBe(attrs.resourceId);
    expect(identity.kind).toBe(ManagedIdentityKind.USER_ASSIGNED);
    expect(synthJson(stack).resource).toBeUndefined();
  });

  test('rejects malformed GUIDs, a wrong ARM id and a client id equal to the principal id', () => {
    expect(() => UserAssignedIdentity.fromAttributes(newStack(), 'existing', { ...attrs, principalId: 'not-a-guid' }))
      .toThrow('test/existing: principalId "not-a-guid" must be a GUID');
    expect(() => UserAssignedIdentity.fromAttributes(newStack(), 'existing', { ...attrs, clientId: '2222' }))
      .toThrow('test/existing: clientId "2222" must be a GUID');
    expect(() => UserAssignedIdentity.fromAttributes(newStack(), 'existing', { ...attrs, resourceId: '/subscriptions/x/resourceGroups/rg' }))
      .toThrow('resourceId "/subscriptions/x/resourceGroups/rg" must be /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>, with that exact case');
    expect(() => UserAssignedIdentity.fromAttributes(newStack(), 'existing', { ...attrs, clientId: attrs.principalId }))
      .toThrow('clientId "11111111-1111-1111-1111-111111111111" must differ from principalId');
  });
});

test('the resource is exposed as an escape hatch', () => {
  const stack = newStack();
  const identity = new UserAssignedIdentity(stack, 'identity', base);
  identity.resource.addOverride('tags.extra', 'yes');
  expect(onlyResource(synthJson(stack), 'azurerm_user_assigned_identity').tags).toEqual({ extra: 'yes' });
});

// Values the azurerm provider refuses fail at synth time, by the provider's own rule.
const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

describe('provider rules at synth time', () => {
  test('an identity ARM id in the wrong case (azurerm parses ids case-sensitively)', () => {
    const stack = newStackWithProviders();
    const lower = `${SUB}/resourcegroups/rg/providers/microsoft.managedidentity/userassignedidentities/id-exo`;
    expect(() => UserAssignedIdentity.fromAttributes(stack, 'id', {
      principalId: '11111111-1111-1111-1111-111111111111', clientId: '22222222-2222-2222-2222-222222222222', resourceId: lower,
    })).toThrow(`test/id: resourceId "${lower}" must be /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>, with that exact case`);
  });

  test('more than 50 tags', () => {
    const stack = newStackWithProviders();
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, 'x']));
    expect(() => new UserAssignedIdentity(stack, 'id', { name: 'id-exo', ...RG, tags }))
      .toThrow('test/id: tags (51 tags) must have at most 50 entries (azurerm and Azure allow 50 tags per resource)');
  });

  test('tag lengths are counted in bytes, as the provider does', () => {
    const stack = newStackWithProviders();
    const value = 'é'.repeat(129); // 129 characters, 258 bytes in UTF-8
    expect(() => new UserAssignedIdentity(stack, 'id', { name: 'id-exo', ...RG, tags: { owner: value } }))
      .toThrow(`test/id: tags["owner"] "${value}" must be a string of at most 256 bytes in UTF-8 (258 bytes)`);
    const key = 'ü'.repeat(257); // 514 bytes
    expect(() => new UserAssignedIdentity(stack, 'id2', { name: 'id-exo2', ...RG, tags: { [key]: 'x' } }))
      .toThrow('must be 1-512 bytes in UTF-8 without < > % & \\ ? /');
    expect(() => new UserAssignedIdentity(stack, 'ok', { name: 'id-exo3', ...RG, tags: { owner: 'é'.repeat(128) } })).not.toThrow();
  });

  test('a location is whatever the provider accepts: not blank', () => {
    const stack = newStackWithProviders();
    expect(() => new UserAssignedIdentity(stack, 'id', { name: 'id-exo', resourceGroupName: 'rg', location: '   ' }))
      .toThrow('test/id: location "   " must not be empty');
    expect(() => new UserAssignedIdentity(stack, 'id2', { name: 'id-exo2', resourceGroupName: 'rg', location: 'eastus2euap' })).not.toThrow();
  });
});
