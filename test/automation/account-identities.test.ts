// lib/automation/account-identities.ts: the user-assigned identities an Automation account carries (each
// once, runbookIdentity among them) and the rule that picks the identity its runbooks sign in as; the same
// rule for a created account and for AutomationAccountWithIdentity.fromAttributes.
import { AutomationAccountWithIdentity, UserAssignedIdentity } from '../../lib';
import { checkUserAssignedIdentities, runbookIdentityOf } from '../../lib/automation/account-identities';
import { newStack } from '../support/helpers';

const base = { name: 'aa-exo-prod', resourceGroupName: 'rg-exo', location: 'westeurope' };
const identityProps = { resourceGroupName: 'rg-exo', location: 'westeurope' };

function identities() {
  const stack = newStack();
  const scope = new AutomationAccountWithIdentity(stack, 'account', base);
  const identity = new UserAssignedIdentity(stack, 'identity', { ...identityProps, name: 'id-exo' });
  const other = new UserAssignedIdentity(stack, 'other', { ...identityProps, name: 'id-other' });
  return { stack, scope, identity, other };
}

describe('checkUserAssignedIdentities', () => {
  test('rejects the same identity twice and a runbookIdentity that is not attached', () => {
    const stack = newStack();
    const identity = new UserAssignedIdentity(stack, 'identity', { ...identityProps, name: 'id-exo' });
    const other = new UserAssignedIdentity(stack, 'other', { ...identityProps, name: 'id-other' });
    expect(() => new AutomationAccountWithIdentity(stack, 'twice', { ...base, userAssignedIdentities: [identity, identity] }))
      .toThrow('test/twice: userAssignedIdentities "test/identity" must not list the same identity twice');
    expect(() => new AutomationAccountWithIdentity(stack, 'wrong', { ...base, userAssignedIdentities: [identity], runbookIdentity: other }))
      .toThrow('test/wrong: runbookIdentity "test/other" must be one of userAssignedIdentities');
  });
  test('returns a copy of the list as given; no list is an empty one', () => {
    const { scope, identity, other } = identities();
    const list = [identity, other];
    const checked = checkUserAssignedIdentities(scope, list, other);
    expect(checked).toEqual([identity, other]);
    expect(checked).not.toBe(list);
    expect(checkUserAssignedIdentities(scope, undefined, undefined)).toEqual([]);
  });

  test('refuses what is not a list, a look-alike entry by its index, and a runbookIdentity with no list', () => {
    const { scope, identity } = identities();
    expect(() => checkUserAssignedIdentities(scope, identity, undefined)).toThrow('test/account: userAssignedIdentities test/identity must be a list');
    expect(() => checkUserAssignedIdentities(scope, [identity, { principalId: 'x' }], undefined))
      .toThrow('test/account: userAssignedIdentities[1] {"principalId":"x"} must be a user-assigned identity (UserAssignedIdentity or UserAssignedIdentity.fromAttributes)');
    expect(() => checkUserAssignedIdentities(scope, [], identity))
      .toThrow('test/account: runbookIdentity "test/identity" must be one of userAssignedIdentities');
    expect(() => checkUserAssignedIdentities(scope, [identity], 'id-exo'))
      .toThrow('test/account: runbookIdentity "id-exo" must be a user-assigned identity');
  });
});

describe('runbookIdentityOf', () => {
  test('the chosen user-assigned identity, else the system-assigned one, else the first user-assigned one', () => {
    const { scope, identity, other } = identities();
    const system = scope.systemAssignedIdentity!;
    expect(runbookIdentityOf(other, system, [identity, other])).toBe(other);
    expect(runbookIdentityOf(undefined, system, [identity, other])).toBe(system);
    expect(runbookIdentityOf(undefined, undefined, [identity, other])).toBe(identity);
  });

  test('an account created with both kinds signs its runbooks in as the system-assigned identity unless told otherwise', () => {
    const { stack, identity } = identities();
    const both = new AutomationAccountWithIdentity(stack, 'both', { ...base, systemAssignedIdentity: true, userAssignedIdentities: [identity] });
    expect(both.identity).toBe(both.systemAssignedIdentity);
    expect(both.identity).toBeDefined();
    const chosen = new AutomationAccountWithIdentity(stack, 'chosen', { ...base, systemAssignedIdentity: true, userAssignedIdentities: [identity], runbookIdentity: identity });
    expect(chosen.identity).toBe(identity);
    const userOnly = new AutomationAccountWithIdentity(stack, 'user-only', { ...base, userAssignedIdentities: [identity] });
    expect(userOnly.identity).toBe(identity);
  });
});
