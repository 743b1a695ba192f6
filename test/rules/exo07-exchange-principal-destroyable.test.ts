// EXO7 (lib/rules/exo07-exchange-principal-destroyable.ts): a managed service principal of Office 365
// Exchange Online needs prevent_destroy.
import { ServicePrincipal } from '@cdktf/provider-azuread/lib/service-principal';
import { EntraRole, ExchangeOnlineAutomation } from '../../lib';
import { EXCHANGE_PRINCIPAL_DESTROYABLE_RULE } from '../../lib/rules/exo07-exchange-principal-destroyable';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { newStackWithProviders } from '../support/helpers';
import { exoProps, findings, ruleIds } from '../support/policy';

const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

describe('ExchangeOnlinePolicyChecks', () => {
  test('EXO7: an Exchange Online service principal without prevent_destroy; the package\'s own has it', () => {
    const stack = newStackWithProviders();
    new ServicePrincipal(stack, 'raw', { clientId: '00000002-0000-0ff1-ce00-000000000000', useExisting: true });
    const ours = newStackWithProviders('ours');
    new ExchangeOnlineAutomation(ours, 'exo', { ...exoProps, roles: [EntraRole.GLOBAL_READER], createServicePrincipalIfMissing: true });
    expect(ruleIds(findings(stack))).toEqual(['error EXO7']);
    expect(findings(ours)).toEqual([]);
  });
});

describe('EXO7: Exchange principal destroyable', () => {
  test('is an error policy rule on azuread_service_principal', () => {
    expect(EXCHANGE_PRINCIPAL_DESTROYABLE_RULE).toMatchObject({
      id: 'EXO7', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azuread_service_principal'],
    });
    expect(EXCHANGE_PRINCIPAL_DESTROYABLE_RULE.description).toContain(`Office 365 Exchange Online (${EXCHANGE_APP_ID})`);
  });

  test('names the client id (any case) without prevent_destroy; with it, or another app, passes', () => {
    const stack = newStackWithProviders();
    const upper = new ServicePrincipal(stack, 'upper', { clientId: EXCHANGE_APP_ID.toUpperCase(), useExisting: true });
    const kept = new ServicePrincipal(stack, 'kept', { clientId: EXCHANGE_APP_ID, useExisting: true, lifecycle: { preventDestroy: true } });
    const graph = new ServicePrincipal(stack, 'graph', { clientId: '00000003-0000-0000-c000-000000000000', useExisting: true });
    expect(EXCHANGE_PRINCIPAL_DESTROYABLE_RULE.check(upper)).toEqual([`client_id: ${EXCHANGE_APP_ID.toUpperCase()}`]);
    expect(EXCHANGE_PRINCIPAL_DESTROYABLE_RULE.check(kept)).toEqual([]);
    expect(EXCHANGE_PRINCIPAL_DESTROYABLE_RULE.check(graph)).toEqual([]);
  });
});
