// An Automation account that exists already: AutomationAccountWithIdentity.fromAttributes, and
// ExchangeOnlineAutomation with existingAccount, which creates no account and names the existing one.
import {
  AutomationAccountWithIdentity, EntraRole, ExchangeOnlineAutomation, ExchangeOnlineModuleImport, ExchangeOnlineRunbook,
  RunbookScript, UserAssignedIdentity,
} from '../../lib';
import { newStackWithProviders, resourcesOf, synthJson } from '../support/helpers';

const ACCOUNT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-automation/providers/Microsoft.Automation/automationAccounts/aa-exo-existing';
const SYSTEM_PRINCIPAL = '11111111-2222-3333-4444-555555555555';
const ATTRS = { name: 'aa-exo-existing', resourceGroupName: 'rg-automation', location: 'westeurope', accountId: ACCOUNT_ID };
const UAI = {
  principalId: 'aaaaaaaa-0000-0000-0000-000000000001',
  clientId: 'bbbbbbbb-0000-0000-0000-000000000002',
  resourceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-automation/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo',
};

describe('AutomationAccountWithIdentity.fromAttributes', () => {
  test('describes the account and its runbook identity; creates nothing', () => {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL });
    expect(AutomationAccountWithIdentity.isAutomationAccount(account)).toBe(true);
    expect(account.name).toBe('aa-exo-existing');
    expect(account.accountId).toBe(ACCOUNT_ID);
    expect(account.identity.principalId).toBe(SYSTEM_PRINCIPAL);
    expect(account.identity.readyForGrants).toBeUndefined();
    expect(synthJson(stack).resource).toBeUndefined();
  });

  test('a user-assigned runbook identity when asked for, else the system-assigned one', () => {
    const stack = newStackWithProviders();
    const identity = UserAssignedIdentity.fromAttributes(stack, 'uai', UAI);
    const both = AutomationAccountWithIdentity.fromAttributes(stack, 'both', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL, userAssignedIdentities: [identity] });
    expect(both.identity.principalId).toBe(SYSTEM_PRINCIPAL);
    const chosen = AutomationAccountWithIdentity.fromAttributes(stack, 'chosen', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL, userAssignedIdentities: [identity], runbookIdentity: identity });
    expect(chosen.identity).toBe(identity);
    const userOnly = AutomationAccountWithIdentity.fromAttributes(stack, 'user-only', { ...ATTRS, userAssignedIdentities: [identity] });
    expect(userOnly.systemAssignedIdentity).toBeUndefined();
    expect(userOnly.identity.clientId).toBe(UAI.clientId);
  });

  test.each([
    [{ accountId: ACCOUNT_ID.toLowerCase() }, 'test/x: accountId "/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-automation/providers/microsoft.automation/automationaccounts/aa-exo-existing" must be the ARM id of an Automation account, exactly as Azure writes it'],
    [{ accountId: UAI.resourceId }, 'test/x: accountId'],
    [{ name: 'aa-other' }, 'test/x: name "aa-other" must match the account name in accountId (aa-exo-existing)'],
    [{ resourceGroupName: 'rg-other' }, 'test/x: resourceGroupName "rg-other" must match the resource group in accountId (rg-automation)'],
    [{ systemAssignedPrincipalId: undefined }, 'test/x: systemAssignedPrincipalId (missing) is required when userAssignedIdentities is empty'],
    [{ systemAssignedPrincipalId: 'not-a-guid' }, 'test/x: systemAssignedPrincipalId "not-a-guid" must be a GUID'],
  ])('rejects %j', (change, message) => {
    const stack = newStackWithProviders();
    expect(() => AutomationAccountWithIdentity.fromAttributes(stack, 'x', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL, ...change }))
      .toThrow(message);
  });
});

describe('ExchangeOnlineAutomation on an existing account', () => {
  function build() {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL });
    const exo = new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', existingAccount: account, roles: [EntraRole.GLOBAL_READER],
    });
    return { stack, account, exo };
  }

  test('creates no account; modules and runbooks name the existing one; grants name its principal', () => {
    const { stack, account, exo } = build();
    expect(exo.account).toBe(account);
    const json = synthJson(stack);
    expect(resourcesOf(json, 'azurerm_automation_account')).toEqual({});
    expect(resourcesOf(json, 'time_sleep')).toEqual({});
    for (const module of Object.values(resourcesOf(json, 'azurerm_automation_module'))) {
      expect(module).toMatchObject({ automation_account_name: 'aa-exo-existing', resource_group_name: 'rg-automation' });
    }
    for (const runbook of Object.values(resourcesOf(json, 'azurerm_automation_runbook'))) {
      expect(runbook).toMatchObject({ automation_account_name: 'aa-exo-existing', resource_group_name: 'rg-automation', location: 'westeurope' });
    }
    expect(Object.values(resourcesOf(json, 'azuread_app_role_assignment'))[0].principal_object_id).toBe(SYSTEM_PRINCIPAL);
    expect(Object.values(resourcesOf(json, 'azuread_directory_role_assignment'))[0].principal_object_id).toBe(SYSTEM_PRINCIPAL);
    expect(json.output.exo_principal_id.value).toBe(SYSTEM_PRINCIPAL);
  });

  test('a user-assigned identity of the existing account connects with its client id', () => {
    const stack = newStackWithProviders();
    const identity = UserAssignedIdentity.fromAttributes(stack, 'uai', UAI);
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', { ...ATTRS, userAssignedIdentities: [identity] });
    new ExchangeOnlineAutomation(stack, 'exo', { organization: 'contoso.onmicrosoft.com', existingAccount: account, roles: [EntraRole.GLOBAL_READER] });
    const json = synthJson(stack);
    const check = Object.values(resourcesOf(json, 'azurerm_automation_runbook'))[0];
    expect(check.content).toContain(`-ManagedIdentityAccountId '${UAI.clientId}'`);
    expect(json.output.exo_client_id.value).toBe(UAI.clientId);
  });

  test('module imports and runbooks take an existing account directly', () => {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL });
    const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
    new ExchangeOnlineRunbook(stack, 'runbook', {
      account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox'),
    });
    expect(Object.keys(resourcesOf(synthJson(stack), 'azurerm_automation_runbook'))).toHaveLength(1);
  });

  test('without existingAccount, the account props are required and named as typed', () => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { organization: 'contoso.onmicrosoft.com', roles: [], resourceGroupName: 'rg', location: 'westeurope' }))
      .toThrow('test/exo: automationAccountName (missing) must be a string');
  });
});
