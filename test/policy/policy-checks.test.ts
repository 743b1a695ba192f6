import { AppRoleAssignment } from '@cdktf/provider-azuread/lib/app-role-assignment';
import { DataAzureadServicePrincipal } from '@cdktf/provider-azuread/lib/data-azuread-service-principal';
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { ServicePrincipal } from '@cdktf/provider-azuread/lib/service-principal';
import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import { Aspects, TerraformStack, Testing } from 'cdktf';
import { IConstruct } from 'constructs';
import {
  AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlineModuleImport,
  ExchangeOnlinePolicyChecks, ExchangeOnlineRunbook, ExoAppRoleGrant, PolicyRule, PolicySuppressions, RunbookScript,
  UserAssignedIdentity,
} from '../../lib';
import { AppRoleAssignmentResource } from '../../lib/bindings/azuread/app-role-assignment';
import { DirectoryRoleAssignmentResource } from '../../lib/bindings/azuread/directory-role-assignment';
import { newStackWithProviders } from '../support/helpers';

/** Runs the checks over the stack and returns the findings as `<level> <path> <message>` lines. */
function findings(stack: TerraformStack, props = {}): string[] {
  Aspects.of(stack).add(new ExchangeOnlinePolicyChecks(props));
  Testing.synth(stack);
  return stack.node.findAll().flatMap((c: IConstruct) => c.node.metadata
    .filter((m) => ['@cdktf/error', '@cdktf/warn', '@cdktf/info'].includes(m.type) && String(m.data).startsWith('[EXO'))
    .map((m) => `${m.type.replace('@cdktf/', '')} ${c.node.path} ${String(m.data)}`));
}

const ruleIds = (lines: string[]) => lines.map((l) => `${l.split(' ')[0]} ${/\[(EXO\d+)\]/.exec(l)![1]}`).sort();

const exoProps = { organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod' };

function bareRunbook() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
  const runbook = new ExchangeOnlineRunbook(stack, 'runbook', {
    account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n'),
  });
  return { stack, account, modules, runbook };
}

describe('ExchangeOnlinePolicyChecks', () => {
  test('the whole procedure with a least-privilege role has no findings', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...exoProps, roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR] });
    expect(findings(stack)).toEqual([]);
  });

  test('EXO1 and EXO2: a runbook whose identity has neither the grant nor a supported role', () => {
    const { stack } = bareRunbook();
    const lines = findings(stack);
    expect(ruleIds(lines)).toEqual(['error EXO1', 'error EXO2']);
    expect(lines[0]).toContain('test/runbook [EXO1] The identity that runs an Exchange Online runbook has no Exchange.ManageAsApp grant');
    expect(lines[0]).toContain('(identity: test/account/system-identity)');
  });

  test('EXO2 is not satisfied by a role Exchange Online does not support', () => {
    const { stack, account } = bareRunbook();
    new ExoAppRoleGrant(stack, 'grant', { principal: account.identity });
    new EntraRoleBinding(stack, 'role', { principal: account.identity, role: EntraRole.fromTemplateId('fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator') });
    // EXO9 is the binding's own advice about the unsupported role, reported with or without the checks.
    expect(ruleIds(findings(stack))).toEqual(['error EXO2', 'warn EXO9']);
  });

  test('errors stop synthesis', () => {
    const { stack } = bareRunbook();
    Aspects.of(stack).add(new ExchangeOnlinePolicyChecks());
    expect(() => (stack.node.scope as any).synth()).toThrow(/\[EXO1\]/);
  });

  test('reportAsWarnings turns errors into warnings', () => {
    const { stack } = bareRunbook();
    expect(ruleIds(findings(stack, { reportAsWarnings: true }))).toEqual(['warn EXO1', 'warn EXO2']);
  });

  test('a suppression with a reason, on the construct or a parent, turns a finding into an info note', () => {
    const { stack, runbook } = bareRunbook();
    PolicySuppressions.add(runbook, [{ ruleId: 'EXO1', reason: 'Granted by the tenant bootstrap stack (tenant-bootstrap).' }]);
    PolicySuppressions.add(stack, [{ ruleId: 'EXO2', reason: 'Role assigned through PIM by the identity team.' }]);
    const lines = findings(stack);
    expect(ruleIds(lines)).toEqual(['info EXO1', 'info EXO2']);
    expect(lines.join('\n')).toContain('Suppressed: Granted by the tenant bootstrap stack (tenant-bootstrap).');
  });

  test('suppressions need a known rule id and a reason of at least 10 characters', () => {
    const { runbook } = bareRunbook();
    expect(() => PolicySuppressions.add(runbook, [{ ruleId: 'EXO1', reason: 'because' }]))
      .toThrow('test/runbook: reason of EXO1 "because" must explain the decision in at least 10 characters');
    expect(() => PolicySuppressions.add(runbook, [{ ruleId: 'EXO99', reason: 'a long enough reason' }]))
      .toThrow('test/runbook: ruleId "EXO99" must be one of EXO1, EXO2, EXO3, EXO4, EXO5, EXO6, EXO7, EXO8, EXO9, EXO10, EXO11, EXO12, EXO13, EXO14, EXO15, EXO16');
  });

  test('EXO3: a hand-written runbook that connects but whose account imports no Exchange module', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
    new AutomationRunbook(stack, 'raw', {
      name: 'Raw', location: 'westeurope', resourceGroupName: 'rg', automationAccountName: account.resource.name,
      runbookType: 'PowerShell72', logProgress: true, logVerbose: false,
      content: "Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com'\nGet-Mailbox\n",
    });
    new ExchangeOnlineModuleImport(stack, 'modules', { account }); // 5.1 modules do not serve a 7.2 runbook
    expect(ruleIds(findings(stack))).toEqual(['error EXO3']);
  });

  test('EXO4: a hand-written runbook on a user-assigned-only account that connects without the client id', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope', userAssignedIdentities: [identity] });
    new ExchangeOnlineModuleImport(stack, 'modules', { account });
    new AutomationRunbook(stack, 'raw', {
      name: 'Raw', location: 'westeurope', resourceGroupName: 'rg', automationAccountName: account.resource.name,
      runbookType: 'PowerShell', logProgress: true, logVerbose: false,
      content: "Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com'\nGet-Mailbox\n",
    });
    expect(ruleIds(findings(stack))).toEqual(['error EXO4']);
  });

  test('EXO5: local authentication on, including a hand-written account that leaves the provider default', () => {
    const stack = newStackWithProviders();
    new AutomationAccountWithIdentity(stack, 'ours', { name: 'aa-exo-local', resourceGroupName: 'rg', location: 'westeurope', localAuthenticationEnabled: true });
    new AutomationAccount(stack, 'raw', { name: 'aa-raw', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic' });
    const lines = findings(stack);
    expect(ruleIds(lines)).toEqual(['error EXO5', 'error EXO5']);
    expect(lines.map((l) => l.split(' ')[1]).sort()).toEqual(['test/ours/resource', 'test/raw']);
  });

  test('EXO6: Global Administrator and Exchange Administrator are reported as warnings', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', {
      ...exoProps, roles: [EntraRole.EXCHANGE_ADMINISTRATOR, EntraRole.GLOBAL_ADMINISTRATOR], acknowledgeGlobalAdministratorGrantsFullTenantControl: true,
    });
    expect(ruleIds(findings(stack))).toEqual(['warn EXO6', 'warn EXO6']);
  });

  test('EXO7: an Exchange Online service principal without prevent_destroy; the package\'s own has it', () => {
    const stack = newStackWithProviders();
    new ServicePrincipal(stack, 'raw', { clientId: '00000002-0000-0ff1-ce00-000000000000', useExisting: true });
    const ours = newStackWithProviders('ours');
    new ExchangeOnlineAutomation(ours, 'exo', { ...exoProps, roles: [EntraRole.GLOBAL_READER], createServicePrincipalIfMissing: true });
    expect(ruleIds(findings(stack))).toEqual(['error EXO7']);
    expect(findings(ours)).toEqual([]);
  });

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

  test('every rule has a unique id and a description', () => {
    const ids = PolicyRule.all().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PolicyRule.all().every((r) => r.description.length > 40)).toBe(true);
  });
});
