// The rows of EntraRoleBinding (lib/entra/entra-role-binding.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { EntraRole, EntraRoleBinding } from '../../lib';
import { ConstructRows } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new EntraRoleBinding', 'role a string', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: 'Global Reader' as any }), 'test/x: role "Global Reader" must be an EntraRole'],
    ['new EntraRoleBinding', 'acknowledgement a string', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_READER, acknowledgeGlobalAdministratorGrantsFullTenantControl: 'yes' as any }), 'test/x: acknowledgeGlobalAdministratorGrantsFullTenantControl "yes" must be true or false'],
    ['EntraRoleBinding#applyBefore', 'a string', (f) => f.binding.applyBefore('runbook' as any), 'test/binding: applyBefore() dependents "runbook" must be constructs'],
  ],
  typeChecks: [
    ['EntraRoleBinding.isEntraRoleBinding', EntraRoleBinding.isEntraRoleBinding, (f) => f.binding],
  ],
  entryPoints: {
    'new EntraRoleBinding': { call: (f, a) => new EntraRoleBinding(f.stack, 'x', a.props), valid: (f) => ({ props: { principal: f.identity, role: EntraRole.GLOBAL_READER } }) },
    'EntraRoleBinding#applyBefore': { call: (f, a) => f.binding.applyBefore(a.dependents), valid: (f) => ({ dependents: f.account }) },
  },
  props: [
    ['EntraRoleBinding#applyBefore', 'dependents', 'x', 'test/binding: applyBefore() dependents "x" must be constructs'],
    ['new EntraRoleBinding', 'acknowledgeGlobalAdministratorGrantsFullTenantControl', 'yes', 'test/x: acknowledgeGlobalAdministratorGrantsFullTenantControl "yes" must be true or false'],
    ['new EntraRoleBinding', 'administrativeUnitId', 42, 'test/x: administrativeUnitId 42 must be a string'],
    ['new EntraRoleBinding', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
    ['new EntraRoleBinding', 'principal', 'x', 'test/x: principal "x" must be an IManagedIdentity'],
    ['new EntraRoleBinding', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new EntraRoleBinding', 'role', 'x', 'test/x: role "x" must be an EntraRole'],
  ],
  badInput: [
    ['binding: no principal', (f) => new EntraRoleBinding(f.stack, 'x', { principal: undefined as any, role: EntraRole.GLOBAL_READER }), 'principal (missing)', 'must be an IManagedIdentity'],
    ['binding: role given as a string', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: 'Global Reader' as any }), 'role "Global Reader"', 'must be an EntraRole'],
    ['binding: Global Administrator without acknowledgement', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_ADMINISTRATOR }), 'role "Global Administrator"', 'is refused by default'],
    ['binding: nil administrative unit', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_READER, administrativeUnitId: '00000000-0000-0000-0000-000000000000' }), 'administrativeUnitId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID'],
    ['binding: administrative unit not a GUID', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_READER, administrativeUnitId: 'Sales' }), 'administrativeUnitId "Sales"', 'must be a GUID'],
  ],
};
