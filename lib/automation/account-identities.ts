// Which identities an Automation account carries and which one its runbooks sign in as: the same rule
// for an account created here and for one that already exists.
import { IConstruct } from 'constructs';
import { IManagedIdentity, IUserAssignedIdentity } from '../identity/managed-identity';
import { requireUserAssignedIdentity } from '../validation/shapes';
import { fail, requireArray } from '../validation/values';

/** Checks `userAssignedIdentities` and `runbookIdentity`; returns the list as given. */
export function checkUserAssignedIdentities(
  scope: IConstruct, userAssignedIdentities: unknown, runbookIdentity: unknown,
): IUserAssignedIdentity[] {
  requireArray(scope, 'userAssignedIdentities', userAssignedIdentities);
  const list = (userAssignedIdentities ?? []) as IUserAssignedIdentity[];
  const seen = new Set<IUserAssignedIdentity>();
  list.forEach((identity, index) => {
    requireUserAssignedIdentity(scope, `userAssignedIdentities[${index}]`, identity);
    if (seen.has(identity)) {
      fail(scope, 'userAssignedIdentities', identity.node.path, 'must not list the same identity twice');
    }
    seen.add(identity);
  });
  if (runbookIdentity !== undefined) {
    requireUserAssignedIdentity(scope, 'runbookIdentity', runbookIdentity);
    if (!seen.has(runbookIdentity as IUserAssignedIdentity)) {
      fail(scope, 'runbookIdentity', (runbookIdentity as IConstruct).node.path, 'must be one of userAssignedIdentities');
    }
  }
  return [...list];
}

/** The identity rule: the chosen user-assigned identity, else the system-assigned one, else the first user-assigned one. */
export function runbookIdentityOf(
  runbookIdentity: IUserAssignedIdentity | undefined, systemAssigned: IManagedIdentity | undefined, userAssigned: IUserAssignedIdentity[],
): IManagedIdentity {
  return runbookIdentity ?? systemAssigned ?? userAssigned[0];
}
