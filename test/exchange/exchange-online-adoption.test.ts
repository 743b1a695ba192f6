// lib/exchange/exchange-online-adoption.ts: ExchangeOnlineAutomation on an account that exists
// (existingAccount, which rules out the props of an account to create) and importExisting, whose import ids
// are checked under the names the user typed, against the account's literal names, before anything is made.
import { Testing } from 'cdktf';
import { AutomationAccountWithIdentity, EntraRole, ExchangeOnlineAutomation, PowerShellRuntime, RunbookScript, UserAssignedIdentity } from '../../lib';
import { checkExistingAccount, checkImports } from '../../lib/exchange/exchange-online-adoption';
import { ACCOUNT, GRANT, importsOf, OTHER_ACCOUNT, OTHER_GROUP, RG, ROLE, SUB } from '../support/adoption';
import { newStackWithProviders, synthJson } from '../support/helpers';

const ACCOUNT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-automation/providers/Microsoft.Automation/automationAccounts/aa-exo-existing';
const SYSTEM_PRINCIPAL = '11111111-2222-3333-4444-555555555555';
const ATTRS = { name: 'aa-exo-existing', resourceGroupName: 'rg-automation', location: 'westeurope', accountId: ACCOUNT_ID };

describe('existingAccount', () => {
  test.each([
    ['resourceGroupName', 'rg'], ['location', 'westeurope'], ['automationAccountName', 'aa-exo-x'], ['tags', { a: 'b' }],
    ['preventDestroy', true], ['cannotDeleteLock', false],
  ])('refuses %s next to existingAccount', (prop, value) => {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL });
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', existingAccount: account, roles: [], [prop]: value,
    })).toThrow(`test/exo: ${prop} ${JSON.stringify(value)} must be left out with existingAccount: it describes an account this construct would create`);
  });
  test('refuses importExisting.automationAccount next to existingAccount: the account is used as it is', () => {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL });
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', existingAccount: account, roles: [], importExisting: { automationAccount: ACCOUNT_ID },
    })).toThrow(`test/exo: importExisting.automationAccount "${ACCOUNT_ID}" must be left out with existingAccount: an existing account is used as it is, not imported`);
  });

  test('checkExistingAccount returns the account, and refuses what is not one with the kinds it takes', () => {
    const stack = newStackWithProviders();
    const account = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', { ...ATTRS, systemAssignedPrincipalId: SYSTEM_PRINCIPAL });
    const scope = new AutomationAccountWithIdentity(stack, 'scope', { name: 'aa-exo-scope', ...RG });
    expect(checkExistingAccount(scope, { organization: 'contoso.onmicrosoft.com', existingAccount: account } as any)).toBe(account);
    expect(() => checkExistingAccount(scope, { existingAccount: 'aa-exo-existing' } as any))
      .toThrow('test/scope: existingAccount "aa-exo-existing" must be an Automation account (AutomationAccountWithIdentity.fromAttributes, or an AutomationAccountWithIdentity created elsewhere)');
  });
});

describe('ExchangeOnlineAutomation.importExisting', () => {
  const EXO = { organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR] };

  test.each([
    [{ roleAssignments: { [EntraRole.GLOBAL_READER.templateId]: ROLE } }, 'test/exo: importExisting.roleAssignments "f2ef992c-3afb-46b9-b7cf-a126ee74c451" must be keyed by the template id of one of roles (Exchange Recipient Administrator: 31392ffb-586c-42d1-9346-e59415a2cc4e)'],
    [{ modules: { ExchangeOnlineManagement: `${ACCOUNT}/powerShell72Modules/ExchangeOnlineManagement` } }, 'test/exo: importExisting.modules["ExchangeOnlineManagement"]'],
    [{ modules: { 'Az.Accounts': `${ACCOUNT}/modules/Az.Accounts` } }, 'test/exo: importExisting.modules "Az.Accounts" must name a module imported for PowerShell 5.1'],
    [{ modules: { Foo: `${ACCOUNT}/modules/Foo` } }, 'test/exo: importExisting.modules "Foo" must name a module imported for PowerShell 5.1: PackageManagement, PowerShellGet, ExchangeOnlineManagement'],
    [{ modules: { ExchangeOnlineManagement: `${OTHER_GROUP}/modules/ExchangeOnlineManagement` } }, `test/exo: importExisting.modules["ExchangeOnlineManagement"] "${OTHER_GROUP}/modules/ExchangeOnlineManagement" names resourceGroup "rg-other", but the configuration says "rg-exo"`],
    [{ modules: { ExchangeOnlineManagement: `${OTHER_ACCOUNT}/modules/ExchangeOnlineManagement` } }, `test/exo: importExisting.modules["ExchangeOnlineManagement"] "${OTHER_ACCOUNT}/modules/ExchangeOnlineManagement" names account "aa-exo-other", but the configuration says "aa-exo-prod"`],
    [{ connectionCheckRunbook: `${OTHER_ACCOUNT}/runbooks/Test-ExchangeOnlineConnection` }, `test/exo: importExisting.connectionCheckRunbook "${OTHER_ACCOUNT}/runbooks/Test-ExchangeOnlineConnection" names account "aa-exo-other"`],
    [{ connectionCheckRunbook: `${OTHER_GROUP}/runbooks/Test-ExchangeOnlineConnection` }, `test/exo: importExisting.connectionCheckRunbook "${OTHER_GROUP}/runbooks/Test-ExchangeOnlineConnection" names resourceGroup "rg-other"`],
    [{ exchangeGrant: ROLE }, 'test/exo: importExisting.exchangeGrant'],
    [{ automationAccount: ACCOUNT.replace('aa-exo-prod', 'aa-exo-other') }, 'test/exo: importExisting.automationAccount'],
    [{ runtimeEnvironment: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4` }, 'test/exo: importExisting.runtimeEnvironment "' + ACCOUNT + '/runtimeEnvironments/PowerShell-7-4" must be left out for PowerShell 5.1'],
  ])('rejects %j with the prop as typed', (importExisting, message) => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, importExisting })).toThrow(message);
  });

  test.each([
    [{ runtimeEnvironment: `${ACCOUNT}/runtimeEnvironments/PS74` }, `test/exo: importExisting.runtimeEnvironment "${ACCOUNT}/runtimeEnvironments/PS74" names name "PS74", but the configuration says "PowerShell-7-4"`],
    [{ runtimeEnvironment: `${OTHER_ACCOUNT}/runtimeEnvironments/PowerShell-7-4` }, `test/exo: importExisting.runtimeEnvironment "${OTHER_ACCOUNT}/runtimeEnvironments/PowerShell-7-4" names account "aa-exo-other"`],
    [{ runtimeEnvironment: `${OTHER_GROUP}/runtimeEnvironments/PowerShell-7-4` }, `test/exo: importExisting.runtimeEnvironment "${OTHER_GROUP}/runtimeEnvironments/PowerShell-7-4" names resourceGroup "rg-other"`],
    [{ modules: { ExchangeOnlineManagement: `${ACCOUNT}/runtimeEnvironments/Other/packages/ExchangeOnlineManagement` } }, 'test/exo: importExisting.modules["ExchangeOnlineManagement"] "' + ACCOUNT + '/runtimeEnvironments/Other/packages/ExchangeOnlineManagement" names environment "Other", but the configuration says "PowerShell-7-4"'],
    [{ modules: { ExchangeOnlineManagement: `${OTHER_ACCOUNT}/runtimeEnvironments/PowerShell-7-4/packages/ExchangeOnlineManagement` } }, 'test/exo: importExisting.modules["ExchangeOnlineManagement"] "' + OTHER_ACCOUNT + '/runtimeEnvironments/PowerShell-7-4/packages/ExchangeOnlineManagement" names account "aa-exo-other"'],
    [{ modules: { PowerShellGet: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4/packages/PowerShellGet` } }, 'test/exo: importExisting.modules "PowerShellGet" must name a module imported for PowerShell 7.4: ExchangeOnlineManagement'],
  ])('PowerShell 7.4: rejects %j with the prop as typed', (importExisting, message) => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, runtime: PowerShellRuntime.V7_4, importExisting })).toThrow(message);
  });

  test('an existing account: import ids are checked against its name and resource group', () => {
    const stack = newStackWithProviders();
    const existingAccount = AutomationAccountWithIdentity.fromAttributes(stack, 'existing', {
      name: 'aa-exo-prod', resourceGroupName: 'rg-exo', location: 'westeurope', accountId: ACCOUNT, systemAssignedPrincipalId: '12345678-1234-1234-1234-123456789012',
    });
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', roles: [EntraRole.GLOBAL_READER], existingAccount,
      importExisting: { modules: { ExchangeOnlineManagement: `${OTHER_ACCOUNT}/modules/ExchangeOnlineManagement` } },
    })).toThrow(`test/exo: importExisting.modules["ExchangeOnlineManagement"] "${OTHER_ACCOUNT}/modules/ExchangeOnlineManagement" names account "aa-exo-other", but the configuration says "aa-exo-prod"`);
  });
  test('checkImports: nothing to import is an empty object; role keys come back in lower case', () => {
    const stack = newStackWithProviders();
    const scope = new AutomationAccountWithIdentity(stack, 'scope', { name: 'aa-exo-scope', ...RG });
    const where = { account: 'aa-exo-prod', resourceGroup: 'rg-exo' };
    const roles = [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR];
    expect(checkImports(scope, {} as any, roles, PowerShellRuntime.V5_1, where, 'Test-ExchangeOnlineConnection')).toEqual({});
    const upper = EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR.templateId.toUpperCase();
    const given = { exchangeGrant: GRANT, roleAssignments: { [upper]: ROLE } };
    expect(checkImports(scope, { importExisting: given } as any, roles, PowerShellRuntime.V5_1, where, 'Test-ExchangeOnlineConnection')).toEqual({
      exchangeGrant: GRANT, roleAssignments: { [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR.templateId]: ROLE },
    });
  });

  test('the check runbook: its import id must name the check runbook, and is refused when there is none', () => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, importExisting: { connectionCheckRunbook: `${ACCOUNT}/runbooks/Other` } }))
      .toThrow(`test/exo: importExisting.connectionCheckRunbook "${ACCOUNT}/runbooks/Other" names name "Other", but the configuration says "Test-ExchangeOnlineConnection"`);
    expect(() => new ExchangeOnlineAutomation(stack, 'exo2', {
      ...EXO, connectionCheckRunbook: false, importExisting: { connectionCheckRunbook: `${ACCOUNT}/runbooks/Test-ExchangeOnlineConnection` },
    })).toThrow(`test/exo2: importExisting.connectionCheckRunbook "${ACCOUNT}/runbooks/Test-ExchangeOnlineConnection" must be left out when connectionCheckRunbook is false`);
  });

  test('no roles: a role assignment to import names none', () => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, roles: [], importExisting: { roleAssignments: { [EntraRole.GLOBAL_READER.templateId]: ROLE } } }))
      .toThrow(`test/exo: importExisting.roleAssignments "${EntraRole.GLOBAL_READER.templateId}" must be keyed by the template id of one of roles (none)`);
  });
});

describe('ExchangeOnlineAutomation.importExisting', () => {
  const EXO = { organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR] };

  test('adopts the account, the module, the grant, the role assignment and the check runbook; creates the rest', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', {
      ...EXO,
      importExisting: {
        automationAccount: ACCOUNT,
        modules: { ExchangeOnlineManagement: `${ACCOUNT}/modules/ExchangeOnlineManagement` },
        exchangeGrant: GRANT,
        roleAssignments: { [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR.templateId.toUpperCase()]: ROLE },
        connectionCheckRunbook: `${ACCOUNT}/runbooks/Test-ExchangeOnlineConnection`,
      },
    });
    const json = synthJson(stack);
    expect(Object.keys(importsOf(json)).map((to) => to.split('.')[0]).sort()).toEqual([
      'azuread_app_role_assignment', 'azuread_directory_role_assignment', 'azurerm_automation_account', 'azurerm_automation_module', 'azurerm_automation_runbook',
    ]);
    // PowerShellGet and PackageManagement were not imported by hand: they are created.
    expect(Object.keys(json.resource.azurerm_automation_module)).toHaveLength(3);
  });

  test('a runbook added to a created account: its import id is checked against the account\'s literal name', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', EXO);
    expect(() => exo.addRunbook('r', { name: 'Get-Report', script: RunbookScript.fromInline('Get-Mailbox'), importFrom: `${OTHER_ACCOUNT}/runbooks/Get-Report` }))
      .toThrow(`test/exo/r: importFrom "${OTHER_ACCOUNT}/runbooks/Get-Report" names account "aa-exo-other", but the configuration says "aa-exo-prod"`);
  });

  test('a look-alike user-assigned identity is refused under the prop as typed', () => {
    const stack = newStackWithProviders();
    const lookAlike = { principalId: '12345678-1234-1234-1234-123456789012', clientId: '22345678-1234-1234-1234-123456789012', resourceId: 'x' };
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, userAssignedIdentity: lookAlike as any }))
      .toThrow('test/exo: userAssignedIdentity {"principalId":"12345678-1234-1234-1234-123456789012","clientId":"22345678-1234-1234-1234-123456789012","resourceId":"x"} must be a user-assigned identity (UserAssignedIdentity or UserAssignedIdentity.fromAttributes)');
    const construct = UserAssignedIdentity.fromAttributes(stack, 'real', { ...lookAlike, resourceId: `${SUB}/resourceGroups/rg-exo/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo` });
    (construct as any).resourceId = 'x';
    expect(() => new ExchangeOnlineAutomation(stack, 'exo2', { ...EXO, userAssignedIdentity: construct }))
      .toThrow('test/exo2: userAssignedIdentity.resourceId "x" must be /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>');
  });

  test('import blocks need Terraform 1.5: the stack says so in required_version', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, importExisting: { exchangeGrant: GRANT } });
    expect(JSON.parse(Testing.synth(stack)).terraform.required_version).toMatch(/>= ?1\.5/);
  });
});
