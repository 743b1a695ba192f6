// EXO10 (lib/rules/exo10-administrative-unit-scope.ts): recorded by EntraRoleBinding scoped to an administrative unit.
import { EntraRole, EntraRoleBinding, UserAssignedIdentity } from '../../lib';
import { ADMINISTRATIVE_UNIT_SCOPE_RULE } from '../../lib/rules/exo10-administrative-unit-scope';
import { newStackWithProviders } from '../support/helpers';
import { annotationsOf, expectConstructRule } from '../support/policy';

const UNIT = '44444444-4444-4444-4444-444444444444';

describe('EXO10: administrative-unit scope', () => {
  test('is a construct rule of EntraRoleBinding', () => {
    expectConstructRule(ADMINISTRATIVE_UNIT_SCOPE_RULE, 'EXO10', ['EntraRoleBinding']);
  });

  test('a binding scoped to an administrative unit records it with the unit id, reported as a warning; a tenant-wide one does not', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const scoped = new EntraRoleBinding(stack, 'scoped', { principal: identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR, administrativeUnitId: UNIT });
    const tenantWide = new EntraRoleBinding(stack, 'tenant-wide', { principal: identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR });
    expect(ADMINISTRATIVE_UNIT_SCOPE_RULE.check(scoped)).toEqual([`administrativeUnitId: ${UNIT}`]);
    expect(ADMINISTRATIVE_UNIT_SCOPE_RULE.check(tenantWide)).toEqual([]);
    expect(annotationsOf(stack).filter((l) => l.includes('[EXO10]')))
      .toEqual([expect.stringMatching(new RegExp(`^warn test/scoped \\[EXO10\\] Microsoft documents only tenant-wide role assignments .* \\(administrativeUnitId: ${UNIT}\\) To accept it`))]);
  });
});
