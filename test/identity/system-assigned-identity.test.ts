// SystemAssignedIdentity (lib/identity/system-assigned-identity.ts): the system-assigned identity of any
// Azure resource, known by its principal id, that grants and role bindings accept.
import { EntraRole, EntraRoleBinding, ManagedIdentityKind, SystemAssignedIdentity } from '../../lib';
import { newStack, newStackWithProviders, onlyResource, resourcesOf, synthJson } from '../support/helpers';

const PRINCIPAL_ID = '33333333-3333-3333-3333-333333333333';

describe('SystemAssignedIdentity', () => {
  test('wraps any principal id and has no client id', () => {
    const identity = new SystemAssignedIdentity(newStack(), 'vm', { principalId: '33333333-3333-3333-3333-333333333333' });
    expect(identity.kind).toBe(ManagedIdentityKind.SYSTEM_ASSIGNED);
    expect(identity.clientId).toBeUndefined();
  });

  test('rejects a principal id that is not a GUID', () => {
    expect(() => new SystemAssignedIdentity(newStack(), 'vm', { principalId: 'vm-1' }))
      .toThrow('test/vm: principalId "vm-1" must be a GUID');
  });

  test('an existing identity (the default) is ready for grants at once: no replication wait', () => {
    const stack = newStackWithProviders();
    const identity = new SystemAssignedIdentity(stack, 'vm', { principalId: PRINCIPAL_ID });
    expect(identity.principalId).toBe(PRINCIPAL_ID);
    expect(identity.readyForGrants).toBeUndefined();
    expect(resourcesOf(synthJson(stack), 'time_sleep')).toEqual({});
  });

  test('waitForEntraReplication: grants wait for a time_sleep keyed to the principal id', () => {
    const stack = newStackWithProviders();
    const identity = new SystemAssignedIdentity(stack, 'vm', { principalId: PRINCIPAL_ID, waitForEntraReplication: true });
    expect(identity.readyForGrants).toBeDefined();
    new EntraRoleBinding(stack, 'reader', { principal: identity, role: EntraRole.GLOBAL_READER });
    const json = synthJson(stack);
    const [sleepId, sleep] = Object.entries<any>(resourcesOf(json, 'time_sleep'))[0];
    expect(sleep.triggers).toEqual({ principal_id: PRINCIPAL_ID });
    expect(onlyResource(json, 'azuread_directory_role_assignment').depends_on).toEqual([`time_sleep.${sleepId}`]);
  });

  test('rejects a waitForEntraReplication that is not true or false', () => {
    expect(() => new SystemAssignedIdentity(newStack(), 'vm', { principalId: PRINCIPAL_ID, waitForEntraReplication: 'yes' as any }))
      .toThrow('test/vm: waitForEntraReplication "yes" must be true or false');
  });
});
