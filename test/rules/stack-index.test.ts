// The stack index of the cross-construct rules (lib/rules/stack-index.ts): accounts, Exchange module
// imports by runtime, and who holds the Exchange.ManageAsApp grant or a supported role, whether the
// package's constructs or hand-written resources (by Terraform type) made them.
import { AppRoleAssignment } from '@cdktf/provider-azuread/lib/app-role-assignment';
import { DataAzureadServicePrincipal } from '@cdktf/provider-azuread/lib/data-azuread-service-principal';
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { ServicePrincipal } from '@cdktf/provider-azuread/lib/service-principal';
import {
  AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineModuleImport, ExoAppRoleGrant, PowerShellRuntime, UserAssignedIdentity,
} from '../../lib';
import { AppRoleAssignmentResource } from '../../lib/bindings/azuread/app-role-assignment';
import { DirectoryRoleAssignmentResource } from '../../lib/bindings/azuread/directory-role-assignment';
import { stackIndexOf } from '../../lib/rules/stack-index';
import { newStackWithProviders } from '../support/helpers';
import { bareRunbook, findings, ruleIds } from '../support/policy';

describe('ExchangeOnlinePolicyChecks', () => {
  describe('EXO1 and EXO2 count grants and role assignments written by hand, by Terraform type', () => {
    const MANAGE_AS_APP_ID = 'dc50a0fb-09a3-484d-be87-e023b12c6440';
    const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
    const GLOBAL_READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';

    test('provider classes: the literal Exchange.ManageAsApp id and a supported role', () => {
      const { stack, account } = bareRunbook();
      const exchange = new DataAzureadServicePrincipal(stack, 'exchange', { clientId: EXCHANGE_APP_ID });
      new AppRoleAssignment(stack, 'grant', { appRoleId: MANAGE_AS_APP_ID, principalObjectId: account.identity.principalId, resourceObjectId: exchange.objectId });
      new DirectoryRoleAssignment(stack, 'role', { roleId: GLOBAL_READER, principalObjectId: account.identity.principalId });
      expect(findings(stack)).toEqual([]);
    });

    test('provider classes: the app_role_ids lookup of the Exchange service principal (data source or resource)', () => {
      const { stack, account } = bareRunbook();
      const exchange = new DataAzureadServicePrincipal(stack, 'exchange', { clientId: EXCHANGE_APP_ID });
      new AppRoleAssignment(stack, 'grant', {
        appRoleId: exchange.appRoleIds.lookup('Exchange.ManageAsApp'), principalObjectId: account.identity.principalId, resourceObjectId: exchange.objectId,
      });
      new DirectoryRoleAssignment(stack, 'role', { roleId: GLOBAL_READER.toUpperCase(), principalObjectId: account.identity.principalId, directoryScopeId: '/' });
      expect(findings(stack)).toEqual([]);

      const other = bareRunbook();
      const principal = new ServicePrincipal(other.stack, 'exchange', { clientId: EXCHANGE_APP_ID, useExisting: true, lifecycle: { preventDestroy: true } });
      new AppRoleAssignment(other.stack, 'grant', {
        appRoleId: principal.appRoleIds.lookup('Exchange.ManageAsApp'), principalObjectId: other.account.identity.principalId, resourceObjectId: principal.objectId,
      });
      expect(ruleIds(findings(other.stack))).toEqual(['error EXO2']);
    });

    test('the package\'s own bindings, used directly, count the same', () => {
      const { stack, account } = bareRunbook();
      new AppRoleAssignmentResource(stack, 'grant', { appRoleId: MANAGE_AS_APP_ID, principalObjectId: account.identity.principalId, resourceObjectId: '33333333-3333-3333-3333-333333333333' });
      new DirectoryRoleAssignmentResource(stack, 'role', { roleId: GLOBAL_READER, principalObjectId: account.identity.principalId });
      expect(findings(stack)).toEqual([]);
    });

    test('grants that are not Exchange.ManageAsApp, roles Exchange Online does not support, other principals do not count', () => {
      const { stack, account } = bareRunbook();
      const graph = new DataAzureadServicePrincipal(stack, 'graph', { clientId: '00000003-0000-0000-c000-000000000000' });
      // Another API's role of the same name, another app role of Exchange, an unsupported role, another principal.
      new AppRoleAssignment(stack, 'graph-grant', {
        appRoleId: graph.appRoleIds.lookup('Exchange.ManageAsApp'), principalObjectId: account.identity.principalId, resourceObjectId: graph.objectId,
      });
      new AppRoleAssignment(stack, 'other-role', {
        appRoleId: '11111111-2222-3333-4444-555555555555', principalObjectId: account.identity.principalId, resourceObjectId: graph.objectId,
      });
      new AppRoleAssignment(stack, 'other-principal', {
        appRoleId: MANAGE_AS_APP_ID, principalObjectId: '99999999-9999-9999-9999-999999999999', resourceObjectId: graph.objectId,
      });
      new DirectoryRoleAssignment(stack, 'user-admin', { roleId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', principalObjectId: account.identity.principalId });
      new DirectoryRoleAssignment(stack, 'other-reader', { roleId: GLOBAL_READER, principalObjectId: '99999999-9999-9999-9999-999999999999' });
      expect(ruleIds(findings(stack))).toEqual(['error EXO1', 'error EXO2']);
    });
  });
});

describe('stackIndexOf', () => {
  test('is built once per stack: every construct of the stack gets the same index, another stack its own', () => {
    const { stack, account, runbook } = bareRunbook();
    expect(stackIndexOf(runbook)).toBe(stackIndexOf(stack));
    expect(stackIndexOf(account.resource)).toBe(stackIndexOf(stack));
    expect(stackIndexOf(bareRunbook().stack)).not.toBe(stackIndexOf(stack));
  });

  test('accounts by Terraform address; accountOf reads a reference, a name or an ARM id, and returns other values as they are', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
    const index = stackIndexOf(stack);
    const address = `azurerm_automation_account.${account.resource.friendlyUniqueId}`;
    expect([...index.accounts.keys()]).toEqual([address]);
    expect(index.accounts.get(address)).toBe(account.resource);
    expect(index.accountOf(account.resource.name)).toBe(address);
    expect(index.accountOf(account.resource.id)).toBe(address);
    expect(index.accountOf('aa-exo-test')).toBe(address);
    expect(index.accountOf('/subscriptions/0/resourceGroups/rg/providers/Microsoft.Automation/automationAccounts/aa-exo-test')).toBe(address);
    expect(index.accountOf('aa-elsewhere')).toBe('aa-elsewhere');
  });

  test('Exchange module imports count for the runbook type of their runtime, in their account', () => {
    const stack = newStackWithProviders();
    const classic = new AutomationAccountWithIdentity(stack, 'classic', { name: 'aa-exo-classic', resourceGroupName: 'rg', location: 'westeurope' });
    const retired = new AutomationAccountWithIdentity(stack, 'retired', { name: 'aa-exo-retired', resourceGroupName: 'rg', location: 'westeurope' });
    new AutomationAccountWithIdentity(stack, 'none', { name: 'aa-exo-none', resourceGroupName: 'rg', location: 'westeurope' });
    new ExchangeOnlineModuleImport(stack, 'classic-modules', { account: classic, runtime: PowerShellRuntime.V5_1 });
    new ExchangeOnlineModuleImport(stack, 'retired-modules', { account: retired, runtime: PowerShellRuntime.V7_2 });
    const index = stackIndexOf(stack);
    expect([...index.exchangeModuleAccounts.get('PowerShell')!]).toEqual([`azurerm_automation_account.${classic.resource.friendlyUniqueId}`]);
    expect([...index.exchangeModuleAccounts.get('PowerShell72')!]).toEqual([`azurerm_automation_account.${retired.resource.friendlyUniqueId}`]);
  });

  test('the package\'s grants and role bindings add their identity; an unsupported role does not', () => {
    const stack = newStackWithProviders();
    const granted = new UserAssignedIdentity(stack, 'granted', { name: 'id-granted', resourceGroupName: 'rg', location: 'westeurope' });
    const other = new UserAssignedIdentity(stack, 'other', { name: 'id-other', resourceGroupName: 'rg', location: 'westeurope' });
    new ExoAppRoleGrant(stack, 'grant', { principal: granted });
    new EntraRoleBinding(stack, 'reader', { principal: granted, role: EntraRole.GLOBAL_READER });
    new EntraRoleBinding(stack, 'user-admin', { principal: other, role: EntraRole.fromTemplateId('fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator') });
    const index = stackIndexOf(stack);
    expect([...index.exchangeGrantees]).toEqual([granted]);
    expect([...index.supportedRoleHolders]).toEqual([granted]);
    expect(index.exchangeGranteePrincipals.size).toBe(1);
    expect(index.supportedRolePrincipals.size).toBe(1);
  });
});
