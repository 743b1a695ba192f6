// Adopting a setup made by hand: each construct given the id of the object it would create emits a
// Terraform import block for exactly its resource, with the id checked against the provider's import
// format. ExchangeOnlineAutomation.importExisting, for the whole procedure, is tested with the rest of its
// adoption in test/exchange/exchange-online-adoption.test.ts.
import {
  AppRoleGrant, AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineModuleImport,
  ExchangeOnlineRunbook, ExoAppRoleGrant, PowerShellRuntime, RunbookScript, ScheduleFrequency, UserAssignedIdentity,
} from '../../lib';
import { ACCOUNT, GRANT, importsOf, RG, ROLE, SUB } from '../support/adoption';
import { addressAt, newStackWithProviders, synthJson } from '../support/helpers';

describe('import blocks from importFrom', () => {
  test('each core construct imports exactly its own resource', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', {
      name: 'id-exo', ...RG, importFrom: `${SUB}/resourceGroups/rg-exo/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo`,
    });
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-prod', ...RG, importFrom: ACCOUNT });
    new ExoAppRoleGrant(stack, 'grant', { principal: identity, importFrom: GRANT });
    new EntraRoleBinding(stack, 'binding', { principal: identity, role: EntraRole.GLOBAL_READER, importFrom: ROLE });
    new AppRoleGrant(stack, 'graph', {
      principal: identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['User.Read.All', 'Mail.Read'],
      importFrom: { 'Mail.Read': '/servicePrincipals/12345678-1234-1234-1234-123456789012/appRoleAssignedTo/abc_DEF-123' },
    });
    const modules = new ExchangeOnlineModuleImport(stack, 'modules', {
      account, importModulesFrom: { ExchangeOnlineManagement: `${ACCOUNT}/modules/ExchangeOnlineManagement` },
    });
    new ExchangeOnlineRunbook(stack, 'runbook', {
      account, modules, organization: 'contoso.onmicrosoft.com', name: 'Get-Report', script: RunbookScript.fromInline('Get-Mailbox'),
      importFrom: `${ACCOUNT}/runbooks/Get-Report`,
      schedule: {
        frequency: ScheduleFrequency.DAY,
        importFrom: `${ACCOUNT}/schedules/Get-Report-schedule`,
        importJobScheduleFrom: `${ACCOUNT}/schedules/Get-Report-schedule|${ACCOUNT}/runbooks/Get-Report`,
      },
    });
    const json = synthJson(stack);
    const at = (_type: string, path: string) => addressAt(stack, path);
    expect(importsOf(json)).toEqual({
      [at('azurerm_user_assigned_identity', 'identity/resource')]: `${SUB}/resourceGroups/rg-exo/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo`,
      [at('azurerm_automation_account', 'account/resource')]: ACCOUNT,
      [at('azuread_app_role_assignment', 'grant/grant/Exchange.ManageAsApp')]: GRANT,
      [at('azuread_directory_role_assignment', 'binding/resource')]: ROLE,
      [at('azuread_app_role_assignment', 'graph/Mail.Read')]: '/servicePrincipals/12345678-1234-1234-1234-123456789012/appRoleAssignedTo/abc_DEF-123',
      [at('azurerm_automation_module', 'modules/ExchangeOnlineManagement/resource')]: `${ACCOUNT}/modules/ExchangeOnlineManagement`,
      [at('azurerm_automation_runbook', 'runbook/runbook')]: `${ACCOUNT}/runbooks/Get-Report`,
      [at('azurerm_automation_schedule', 'runbook/schedule')]: `${ACCOUNT}/schedules/Get-Report-schedule`,
      [at('azurerm_automation_job_schedule', 'runbook/job-schedule')]: `${ACCOUNT}/schedules/Get-Report-schedule|${ACCOUNT}/runbooks/Get-Report`,
    });
  });

  test('PowerShell 7.2 modules and 7.4 packages and environments use their own id formats', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-prod', ...RG });
    new ExchangeOnlineModuleImport(stack, 'ps72', {
      account, runtime: PowerShellRuntime.V7_2,
      importModulesFrom: { PowerShellGet: `${ACCOUNT}/powerShell72Modules/PowerShellGet` },
    });
    new ExchangeOnlineModuleImport(stack, 'ps74', {
      account, runtime: PowerShellRuntime.V7_4,
      importRuntimeEnvironmentFrom: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4`,
      importModulesFrom: { ExchangeOnlineManagement: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4/packages/ExchangeOnlineManagement` },
    });
    expect(Object.values(importsOf(synthJson(stack))).sort()).toEqual([
      `${ACCOUNT}/powerShell72Modules/PowerShellGet`,
      `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4`,
      `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4/packages/ExchangeOnlineManagement`,
    ]);
  });

  test('a PowerShell 7.6 environment is adopted under its dot-free default name, and a 7.4 name is refused for it', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-prod', ...RG });
    new ExchangeOnlineModuleImport(stack, 'ps76', {
      account, runtime: PowerShellRuntime.V7_6,
      importRuntimeEnvironmentFrom: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-6`,
      importModulesFrom: { ExchangeOnlineManagement: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-6/packages/ExchangeOnlineManagement` },
    });
    expect(Object.values(importsOf(synthJson(stack))).sort()).toEqual([
      `${ACCOUNT}/runtimeEnvironments/PowerShell-7-6`,
      `${ACCOUNT}/runtimeEnvironments/PowerShell-7-6/packages/ExchangeOnlineManagement`,
    ]);
    expect(() => new ExchangeOnlineModuleImport(newStackWithProviders(), 'x', {
      account: new AutomationAccountWithIdentity(newStackWithProviders(), 'account', { name: 'aa-exo-prod', ...RG }), runtime: PowerShellRuntime.V7_6,
      importRuntimeEnvironmentFrom: `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4`,
    })).toThrow(`test/x: importRuntimeEnvironmentFrom "${ACCOUNT}/runtimeEnvironments/PowerShell-7-4" names name "PowerShell-7-4", but the configuration says "PowerShell-7-6"`);
  });

  test.each([
    ['a 2.x-style grant id', (s: any, i: any) => new ExoAppRoleGrant(s, 'x', { principal: i, importFrom: '99999999-8888-7777-6666-555555555555/appRoleAssignment/abc' }),
      'test/x: importFrom "99999999-8888-7777-6666-555555555555/appRoleAssignment/abc" must be the import id of an existing azuread_app_role_assignment, e.g. /servicePrincipals/'],
    ['the bare role assignment id the azuread docs show', (s: any, i: any) => new EntraRoleBinding(s, 'x', { principal: i, role: EntraRole.GLOBAL_READER, importFrom: 'ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1' }),
      'test/x: importFrom "ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1" must be the import id of an existing azuread_directory_role_assignment, e.g. /roleManagement/directory/roleAssignments/'],
    ['an account id in lower case', (s: any) => new AutomationAccountWithIdentity(s, 'x', { name: 'aa-exo-prod', ...RG, importFrom: ACCOUNT.toLowerCase() }),
      'must be the import id of an existing azurerm_automation_account'],
    ['an account id of another account', (s: any) => new AutomationAccountWithIdentity(s, 'x', { name: 'aa-exo-test', ...RG, importFrom: ACCOUNT }),
      'test/x: importFrom "' + ACCOUNT + '" names account "aa-exo-prod", but the configuration says "aa-exo-test": Terraform would import the object and then replace it'],
    ['a grant id for a role not granted', (s: any, i: any) => new AppRoleGrant(s, 'x', { principal: i, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['User.Read.All'], importFrom: { 'Mail.Read': GRANT } }),
      'test/x: importFrom "Mail.Read" must name one of the granted roles (User.Read.All)'],
  ])('rejects %s', (_what, build, message) => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
    expect(() => build(stack, identity)).toThrow(message);
  });
});
