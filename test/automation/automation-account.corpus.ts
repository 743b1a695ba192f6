// The rows of AutomationAccountWithIdentity (lib/automation/automation-account.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { AutomationAccountWithIdentity } from '../../lib';
import { ConstructRows, RG, GUID, ACCOUNT_ID, ACCOUNT } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new AutomationAccountWithIdentity', 'props a list', (f) => new AutomationAccountWithIdentity(f.stack, 'x', [] as any), 'test/x: props [] must be an object'],
    ['new AutomationAccountWithIdentity', 'runbookIdentity a string', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, userAssignedIdentities: [f.identity], runbookIdentity: 'id-exo' as any }), 'test/x: runbookIdentity "id-exo" must be a user-assigned identity'],
    ['AutomationAccountWithIdentity.fromAttributes', 'attrs missing', (f) => AutomationAccountWithIdentity.fromAttributes(f.stack, 'x', undefined as any), 'test/x: attrs (missing) must be an object'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['new AutomationAccountWithIdentity', 'tags a list', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, tags: ['a'] as any }), 'test/x: tags ["a"] must be an object of tag names to values'],
    ['new AutomationAccountWithIdentity', 'tags a string', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, tags: 'owner=me' as any }), 'test/x: tags "owner=me" must be an object of tag names to values'],
    ['new AutomationAccountWithIdentity', 'localAuthenticationEnabled "no"', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, localAuthenticationEnabled: 'no' as any }), 'test/x: localAuthenticationEnabled "no" must be true or false'],
    ['new AutomationAccountWithIdentity', 'publicNetworkAccessEnabled "yes"', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, publicNetworkAccessEnabled: 'yes' as any }), 'test/x: publicNetworkAccessEnabled "yes" must be true or false'],
  ],
  typeChecks: [
    ['AutomationAccountWithIdentity.isAutomationAccount', AutomationAccountWithIdentity.isAutomationAccount, (f) => f.account],
  ],
  entryPoints: {
    'new AutomationAccountWithIdentity': { call: (f, a) => new AutomationAccountWithIdentity(f.stack, 'x', a.props), valid: () => ({ props: { name: 'aa-exo-x', ...RG } }) },
    'AutomationAccountWithIdentity.fromAttributes': {
      call: (f, a) => AutomationAccountWithIdentity.fromAttributes(f.stack, 'x', a.attrs),
      valid: () => ({ attrs: { name: 'aa-exo-prod', ...RG, accountId: ACCOUNT_ID, systemAssignedPrincipalId: GUID } }),
    },
  },
  props: [
    ['AutomationAccountWithIdentity.fromAttributes', 'accountId', 42, 'test/x: accountId 42 must be a string'],
    ['AutomationAccountWithIdentity.fromAttributes', 'attrs', undefined, 'test/x: attrs (missing) must be an object with the documented properties'],
    ['AutomationAccountWithIdentity.fromAttributes', 'location', 42, 'test/x: location 42 must be a string'],
    ['AutomationAccountWithIdentity.fromAttributes', 'name', 42, 'test/x: name 42 must be a string'],
    ['AutomationAccountWithIdentity.fromAttributes', 'resourceGroupName', 42, 'test/x: resourceGroupName 42 must be a string'],
    ['AutomationAccountWithIdentity.fromAttributes', 'runbookIdentity', 'x', 'test/x: runbookIdentity "x" must be a user-assigned identity'],
    ['AutomationAccountWithIdentity.fromAttributes', 'systemAssignedPrincipalId', 42, 'test/x: systemAssignedPrincipalId 42 must be a string'],
    ['AutomationAccountWithIdentity.fromAttributes', 'userAssignedIdentities', 'x', 'test/x: userAssignedIdentities "x" must be a list'],
    ['new AutomationAccountWithIdentity', 'cannotDeleteLock', 'yes', 'test/x: cannotDeleteLock "yes" must be true or false'],
    ['new AutomationAccountWithIdentity', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
    ['new AutomationAccountWithIdentity', 'localAuthenticationEnabled', 'yes', 'test/x: localAuthenticationEnabled "yes" must be true or false'],
    ['new AutomationAccountWithIdentity', 'location', 42, 'test/x: location 42 must be a string'],
    ['new AutomationAccountWithIdentity', 'name', 42, 'test/x: name 42 must be a string'],
    ['new AutomationAccountWithIdentity', 'preventDestroy', 'yes', 'test/x: preventDestroy "yes" must be true or false'],
    ['new AutomationAccountWithIdentity', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new AutomationAccountWithIdentity', 'publicNetworkAccessEnabled', 'yes', 'test/x: publicNetworkAccessEnabled "yes" must be true or false'],
    ['new AutomationAccountWithIdentity', 'resourceGroupName', 42, 'test/x: resourceGroupName 42 must be a string'],
    ['new AutomationAccountWithIdentity', 'runbookIdentity', 'x', 'test/x: runbookIdentity "x" must be a user-assigned identity'],
    ['new AutomationAccountWithIdentity', 'systemAssignedIdentity', 'yes', 'test/x: systemAssignedIdentity "yes" must be true or false'],
    ['new AutomationAccountWithIdentity', 'tags', ['x'], 'test/x: tags ["x"] must be an object of tag names to values'],
    ['new AutomationAccountWithIdentity', 'userAssignedIdentities', 'x', 'test/x: userAssignedIdentities "x" must be a list'],
  ],
  badInput: [
    ['account: no props', (f) => new AutomationAccountWithIdentity(f.stack, 'x', null as any), 'props null', 'must be an object'],
    ['account: name of 5 characters', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, name: 'abcde' }), 'name "abcde"', 'must be 6-50 letters, digits or hyphens'],
    ['account: name ending with a hyphen', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, name: 'aa-exo-' }), 'name "aa-exo-"', 'ending with a letter or digit'],
    ['account: name with underscore', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, name: 'aa_exo_prod' }), 'name "aa_exo_prod"', 'must be 6-50 letters, digits or hyphens'],
    ['account: no identity at all', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, systemAssignedIdentity: false }), 'userAssignedIdentities', 'must list at least one identity when systemAssignedIdentity is false'],
    ['account: identities not a list', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, userAssignedIdentities: f.identity as any }), 'userAssignedIdentities', 'must be a list'],
    ['account: identity that is a string', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, userAssignedIdentities: ['id-exo' as any] }), 'userAssignedIdentities[0] "id-exo"', 'must be a user-assigned identity'],
    ['account: same identity twice', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, userAssignedIdentities: [f.identity, f.identity] }), 'userAssignedIdentities "test/identity"', 'must not list the same identity twice'],
  ],
};
