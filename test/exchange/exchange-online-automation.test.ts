// ExchangeOnlineAutomation (lib/exchange/exchange-online-automation.ts) composes the whole procedure: what it
// creates, and how it wires one identity through it: the principal (object) id into the grant and the role
// assignments, the client id into the runbooks' connect line (user-assigned only), the module for the
// runtime, one grant per API and role, and adoption of a setup made by hand (existingAccount, importExisting).
import { TerraformVariable, Testing } from 'cdktf';
import {
  AutomationAccountWithIdentity, EntraRole, ExchangeOnlineAutomation, ExchangeOnlineAutomationProps, PowerShellRuntime, RunbookScript,
  UserAssignedIdentity,
} from '../../lib';
import { ACCOUNT, GRANT, importsOf, ROLE } from '../support/adoption';
import { addressAt, newStackWithProviders, synthJson } from '../support/helpers';

const EXCHANGE_ONLINE = '00000002-0000-0ff1-ce00-000000000000';
const GRAPH = '00000003-0000-0000-c000-000000000000';
const PROPS: ExchangeOnlineAutomationProps = {
  organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg-exo', location: 'westeurope', automationAccountName: 'aa-exo-prod',
  roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR],
};

/** The blocks of one resource type, in logical id order. */
function blocks(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

describe('ExchangeOnlineAutomation composition', () => {
  test('system-assigned: one account, and its principal id in the grant and every role assignment', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...PROPS, roles: [EntraRole.GLOBAL_READER, EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR] });
    const json = synthJson(stack);
    const [account] = blocks(json, 'azurerm_automation_account');
    expect(blocks(json, 'azurerm_automation_account')).toHaveLength(1);
    expect(account).toMatchObject({ name: 'aa-exo-prod', resource_group_name: 'rg-exo', location: 'westeurope', identity: { type: 'SystemAssigned' } });
    const principal = expect.stringMatching(/^\$\{azurerm_automation_account\.exo_account_resource_\w+\.identity\[0\]\.principal_id\}$/);
    const assignments = [...blocks(json, 'azuread_app_role_assignment'), ...blocks(json, 'azuread_directory_role_assignment')];
    expect(assignments).toHaveLength(3);
    assignments.forEach((assignment) => expect(assignment.principal_object_id).toEqual(principal));
    expect(exo.identity.clientId).toBeUndefined();
    expect(exo.connectCommand).toBe('Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com');
    expect(exo.outputNames).toEqual(['exo_principal_id', 'exo_connect_command']);
  });

  test('user-assigned: grants and roles name its principal id, the runbook connects with its client id', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg-exo', location: 'westeurope' });
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...PROPS, userAssignedIdentity: identity });
    expect(exo.identity).toBe(identity);
    const json = synthJson(stack);
    const uai = addressAt(stack, 'identity/resource');
    expect(blocks(json, 'azurerm_automation_account')[0].identity).toEqual({ type: 'UserAssigned', identity_ids: [`\${${uai}.id}`] });
    for (const assignment of [...blocks(json, 'azuread_app_role_assignment'), ...blocks(json, 'azuread_directory_role_assignment')]) {
      expect(assignment.principal_object_id).toBe(`\${${uai}.principal_id}`);
    }
    const [runbook] = blocks(json, 'azurerm_automation_runbook');
    expect(runbook.name).toBe(ExchangeOnlineAutomation.CONNECTION_CHECK_RUNBOOK_NAME);
    expect(runbook.content).toContain(`-ManagedIdentityAccountId '\${${uai}.client_id}'`);
    expect(runbook.content).not.toContain('principal_id');
    expect(json.output['exo_client_id'].value).toBe(`\${${uai}.client_id}`);
    expect(json.output['exo_principal_id'].value).toBe(`\${${uai}.principal_id}`);
  });

  test.each([
    [PowerShellRuntime.V5_1, 'azurerm_automation_module', ['ExchangeOnlineManagement', 'PackageManagement', 'PowerShellGet']],
    [PowerShellRuntime.V7_4, 'azurerm_automation_runtime_environment_package', ['ExchangeOnlineManagement']],
  ])('the module is imported for the runtime (%s)', (runtime, type, names) => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...PROPS, runtime, exchangeModuleVersion: '3.9.2' });
    const json = synthJson(stack);
    expect(blocks(json, type).map((block) => block.name).sort()).toEqual(names);
    expect(JSON.stringify(blocks(json, type).find((block) => block.name === 'ExchangeOnlineManagement')))
      .toContain('"https://www.powershellgallery.com/api/v2/package/ExchangeOnlineManagement/3.9.2"');
    expect(exo.modules.node.scope).toBe(exo);
    expect(blocks(json, 'azurerm_automation_runtime_environment')).toHaveLength(runtime.usesRuntimeEnvironment ? 1 : 0);
  });

  test('one role binding per role, named by template id (reordering renames nothing), in the order of roles', () => {
    const addresses = (roles: EntraRole[]) => {
      const stack = newStackWithProviders();
      const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...PROPS, roles });
      expect(exo.roleBindings.map((binding) => binding.role)).toEqual(roles);
      return Object.fromEntries(roles.map((role) => [role.templateId, addressAt(stack, `exo/role-${role.templateId}/resource`)]));
    };
    const one = addresses([EntraRole.GLOBAL_READER, EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]);
    expect(addresses([EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR, EntraRole.GLOBAL_READER])).toEqual(one);
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...PROPS, roles: [EntraRole.GLOBAL_READER] });
    expect(blocks(synthJson(stack), 'azuread_directory_role_assignment').map((block) => block.role_id)).toEqual([EntraRole.GLOBAL_READER.templateId]);
  });

  test('dependables are the Exchange grant and every role binding; runbooks are listed in the order added', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...PROPS, roles: [EntraRole.GLOBAL_READER, EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR] });
    expect(exo.dependables).toEqual([...exo.exchangeGrant.dependables, ...exo.roleBindings.flatMap((binding) => binding.dependables)]);
    expect(exo.dependables.length).toBeGreaterThanOrEqual(3);
    const report = exo.addRunbook('report', { name: 'Get-Report', script: RunbookScript.fromInline('Get-Mailbox\n') });
    expect(exo.runbooks.map((runbook) => runbook.node.id)).toEqual(['connection-check', 'report']);
    expect(exo.runbooks[1]).toBe(report);
    const noCheck = new ExchangeOnlineAutomation(newStackWithProviders(), 'exo', { ...PROPS, connectionCheckRunbook: false });
    expect(noCheck.runbooks).toEqual([]);
  });
});

describe('ExchangeOnlineAutomation grants each app role once', () => {
  test('asking again returns the same grant; the API id matches in any case; Exchange.ManageAsApp is the exchange grant', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', PROPS);
    const [users] = exo.grantMicrosoftGraphAppRoles(['User.Read.All']);
    expect(exo.grantAppRoles(GRAPH.toUpperCase(), ['User.Read.All'])).toEqual([users]);
    expect(exo.grantMicrosoftGraphAppRoles(['User.Read.All', 'Mail.Read'])[0]).toBe(users);
    expect(exo.grantAppRoles(EXCHANGE_ONLINE.toUpperCase(), ['Exchange.ManageAsApp'])).toEqual([exo.exchangeGrant.grant]);
    const roles = blocks(synthJson(stack), 'azuread_app_role_assignment').map((block) => block.app_role_id.replace(/^.*app_role_ids\["(.*)"\]\}$/, '$1'));
    expect(roles.sort()).toEqual(['Exchange.ManageAsApp', 'Mail.Read', 'User.Read.All']);
    expect(users.node.id).toBe(`app-role-${GRAPH}-User.Read.All`);
  });

  test('roles given as references are numbered per API in the order granted', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', PROPS);
    const [one, two] = ['one', 'two'].map((id) => new TerraformVariable(stack, id, { type: 'string' }).stringValue);
    const first = exo.grantMicrosoftGraphAppRoles([one])[0];
    const second = exo.grantMicrosoftGraphAppRoles([two])[0];
    expect([first.node.id, second.node.id]).toEqual([`app-role-${GRAPH}-reference-0`, `app-role-${GRAPH}-reference-1`]);
    expect(exo.grantMicrosoftGraphAppRoles([one])[0]).toBe(first);
  });
});

describe('ExchangeOnlineAutomation roles', () => {
  test.each([
    [[EntraRole.GLOBAL_ADMINISTRATOR], 'test/exo: roles "Global Administrator" is refused by default: Global Administrator gives the identity full control of the tenant.'],
    [['Global Reader'], 'test/exo: roles "Global Reader" must be a list of EntraRole values, e.g. EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR or EntraRole.fromTemplateId(...)'],
    ['Global Reader', 'test/exo: roles "Global Reader" must be a list of EntraRole (e.g. [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]); there is no default'],
  ])('refuses %j, naming the prop', (roles, message) => {
    expect(() => new ExchangeOnlineAutomation(newStackWithProviders(), 'exo', { ...PROPS, roles: roles as EntraRole[] })).toThrow(message);
  });

  test('a role listed twice (its template id in any case) is refused', () => {
    const twice = [EntraRole.GLOBAL_READER, EntraRole.fromTemplateId(EntraRole.GLOBAL_READER.templateId.toUpperCase(), 'Reader again')];
    expect(() => new ExchangeOnlineAutomation(newStackWithProviders(), 'exo', { ...PROPS, roles: twice })).toThrow('test/exo: roles "Global Reader" must not list the same role twice');
  });

  test('Global Administrator with the acknowledgement is bound; an empty list warns (EXO11) and binds nothing', () => {
    const stack = newStackWithProviders();
    const admin = new ExchangeOnlineAutomation(stack, 'admin', {
      ...PROPS, roles: [EntraRole.GLOBAL_ADMINISTRATOR], acknowledgeGlobalAdministratorGrantsFullTenantControl: true,
    });
    expect(admin.roleBindings.map((binding) => binding.role)).toEqual([EntraRole.GLOBAL_ADMINISTRATOR]);
    const none = new ExchangeOnlineAutomation(stack, 'none', { ...PROPS, automationAccountName: 'aa-exo-none', roles: [] });
    expect(none.roleBindings).toEqual([]);
    Testing.synth(stack);
    const warnings = none.node.metadata.filter((entry) => entry.type === '@cdktf/warn').map((entry) => String(entry.data));
    expect(warnings).toEqual([expect.stringMatching(/^\[EXO11\] roles is empty/)]);
  });
});

describe('ExchangeOnlineAutomation adoption', () => {
  test('existingAccount: no account is created; the runbooks and modules go into the existing one', () => {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', {
      name: 'aa-exo-existing', resourceGroupName: 'rg-automation', location: 'westeurope',
      accountId: ACCOUNT.replace('rg-exo', 'rg-automation').replace('aa-exo-prod', 'aa-exo-existing'),
      systemAssignedPrincipalId: '11111111-2222-3333-4444-555555555555',
    });
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { organization: 'contoso.onmicrosoft.com', roles: [EntraRole.GLOBAL_READER], existingAccount: account });
    expect(exo.account).toBe(account);
    const json = synthJson(stack);
    expect(blocks(json, 'azurerm_automation_account')).toEqual([]);
    expect(blocks(json, 'azurerm_automation_runbook')[0]).toMatchObject({ automation_account_name: 'aa-exo-existing', resource_group_name: 'rg-automation' });
    expect(blocks(json, 'azuread_app_role_assignment')[0].principal_object_id).toBe('11111111-2222-3333-4444-555555555555');
  });

  test.each([
    [{ resourceGroupName: 'rg-exo' }, 'test/exo: resourceGroupName "rg-exo" must be left out with existingAccount: it describes an account this construct would create'],
    [{ importExisting: { automationAccount: ACCOUNT } }, `test/exo: importExisting.automationAccount "${ACCOUNT}" must be left out with existingAccount: an existing account is used as it is, not imported`],
  ])('existingAccount with %j is refused', (extra, message) => {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', {
      name: 'aa-exo-prod', resourceGroupName: 'rg-exo', location: 'westeurope', accountId: ACCOUNT, systemAssignedPrincipalId: '11111111-2222-3333-4444-555555555555',
    });
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { organization: 'contoso.onmicrosoft.com', roles: [EntraRole.GLOBAL_READER], existingAccount: account, ...extra }))
      .toThrow(message);
  });

  test('importExisting: each id becomes an import block for exactly its child', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', {
      ...PROPS,
      importExisting: {
        automationAccount: ACCOUNT,
        modules: { ExchangeOnlineManagement: `${ACCOUNT}/modules/ExchangeOnlineManagement` },
        exchangeGrant: GRANT,
        roleAssignments: { [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR.templateId.toUpperCase()]: ROLE },
        connectionCheckRunbook: `${ACCOUNT}/runbooks/Test-ExchangeOnlineConnection`,
      },
    });
    const imports = importsOf(synthJson(stack));
    expect(imports).toEqual({
      [addressAt(stack, 'exo/account/resource')]: ACCOUNT,
      [addressAt(stack, 'exo/exchange-modules/ExchangeOnlineManagement/resource')]: `${ACCOUNT}/modules/ExchangeOnlineManagement`,
      [addressAt(stack, 'exo/exchange-grant/grant/Exchange.ManageAsApp')]: GRANT,
      [addressAt(stack, `exo/role-${EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR.templateId}/resource`)]: ROLE,
      [addressAt(stack, 'exo/connection-check/runbook')]: `${ACCOUNT}/runbooks/Test-ExchangeOnlineConnection`,
    });
  });

  test.each([
    [{ connectionCheckRunbook: false, importExisting: { connectionCheckRunbook: `${ACCOUNT}/runbooks/Test-ExchangeOnlineConnection` } },
      `test/exo: importExisting.connectionCheckRunbook "${ACCOUNT}/runbooks/Test-ExchangeOnlineConnection" must be left out when connectionCheckRunbook is false`],
    [{ importExisting: { connectionCheckRunbook: `${ACCOUNT}/runbooks/Other` } },
      `test/exo: importExisting.connectionCheckRunbook "${ACCOUNT}/runbooks/Other" names name "Other", but the configuration says "Test-ExchangeOnlineConnection"`],
    [{ importExisting: { roleAssignments: { [EntraRole.GLOBAL_READER.templateId]: ROLE } } },
      `test/exo: importExisting.roleAssignments "${EntraRole.GLOBAL_READER.templateId}" must be keyed by the template id of one of roles (Exchange Recipient Administrator: ${EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR.templateId})`],
    [{ importExisting: { runtimeEnvironment: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4` } },
      `test/exo: importExisting.runtimeEnvironment "${ACCOUNT}/runtimeEnvironments/PowerShell-7-4" must be left out for PowerShell 5.1, which has no runtime environment`],
  ])('refuses %j, naming the prop as typed', (extra, message) => {
    expect(() => new ExchangeOnlineAutomation(newStackWithProviders(), 'exo', { ...PROPS, ...extra })).toThrow(message);
  });
});
