// Two resources that would claim the same Azure or Entra object fail synth, naming both construct paths,
// whether they come from this package's constructs, from different entry points, or from hand-written
// provider resources. Objects that only look alike (same name in another account, another runtime's
// module collection) do not collide.
import { AppRoleAssignment } from '@cdktf/provider-azuread/lib/app-role-assignment';
import { DataAzureadServicePrincipal } from '@cdktf/provider-azuread/lib/data-azuread-service-principal';
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  AppRoleGrant, AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlineModuleImport,
  ExchangeOnlineRunbook, ExoAppRoleGrant, PowerShellGalleryModule, PowerShellRuntime, PowerShellRuntimeEnvironment, RunbookScript,
  ScheduleFrequency, UserAssignedIdentity,
} from '../../lib';
import { newStackWithProviders } from '../support/helpers';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
const ORG = 'contoso.onmicrosoft.com';
const EXO = { organization: ORG, ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };

/** The validation errors of a stack's synth, or '' when it synthesizes. */
function synthErrors(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

function accountWithModules(stack: TerraformStack) {
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', ...RG });
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
  return { account, modules, organization: ORG };
}

describe('objects claimed twice fail synth, naming both paths', () => {
  test('two runbooks with one name in one account, under different construct ids', () => {
    const stack = newStackWithProviders();
    const base = accountWithModules(stack);
    new ExchangeOnlineRunbook(stack, 'first', { ...base, name: 'Get-Report', script: RunbookScript.fromInline('Get-Mailbox') });
    new ExchangeOnlineRunbook(stack, 'second', { ...base, name: 'get-report', script: RunbookScript.fromInline('Get-User') });
    expect(synthErrors(stack)).toContain('test/second/runbook: name "get-report" duplicates test/first/runbook: both would create the runbook get-report '
      + 'in Automation account aa-exo-test (resource group rg-exo)');
  });

  test('a runbook added to ExchangeOnlineAutomation and a hand-written runbook naming the account literally', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', EXO);
    exo.addRunbook('report', { name: 'Get-Report', script: RunbookScript.fromInline('Get-Mailbox') });
    new AutomationRunbook(stack, 'by-hand', {
      name: 'Get-Report', resourceGroupName: 'rg-exo', automationAccountName: 'aa-exo-prod', location: 'westeurope',
      runbookType: 'PowerShell', logProgress: true, logVerbose: false, content: 'Get-Date',
    });
    expect(synthErrors(stack)).toContain('test/by-hand: name "Get-Report" duplicates test/exo/report/runbook');
  });

  test('two schedules with one name in one account', () => {
    const stack = newStackWithProviders();
    const base = accountWithModules(stack);
    new ExchangeOnlineRunbook(stack, 'first', { ...base, name: 'A', script: RunbookScript.fromInline('x'), schedule: { frequency: ScheduleFrequency.DAY, name: 'nightly' } });
    new ExchangeOnlineRunbook(stack, 'second', { ...base, name: 'B', script: RunbookScript.fromInline('x'), schedule: { frequency: ScheduleFrequency.DAY, name: 'Nightly' } });
    expect(synthErrors(stack)).toContain('test/second/schedule: name "Nightly" duplicates test/first/schedule: both would create the schedule Nightly in Automation account aa-exo-test');
  });

  test('a module imported twice for one runtime; the same name for another runtime is fine', () => {
    const stack = newStackWithProviders();
    const { account } = accountWithModules(stack);
    new ExchangeOnlineModuleImport(stack, 'ps72', { account, runtime: PowerShellRuntime.V7_2 });
    expect(synthErrors(stack)).not.toContain('duplicates');
    new PowerShellGalleryModule(stack, 'again', { account, runtime: PowerShellRuntime.V5_1, moduleName: 'ExchangeOnlineManagement', version: '3.4.0' });
    expect(synthErrors(stack)).toContain('test/again/resource: name "ExchangeOnlineManagement" duplicates test/modules/ExchangeOnlineManagement/resource: '
      + 'both would create the PowerShell 5.1 module ExchangeOnlineManagement in Automation account aa-exo-test');
  });

  test('two accounts with one name in one resource group; the same name in another group is fine', () => {
    const stack = newStackWithProviders();
    new AutomationAccountWithIdentity(stack, 'first', { name: 'aa-exo-test', ...RG });
    new AutomationAccountWithIdentity(stack, 'elsewhere', { name: 'aa-exo-test', ...RG, resourceGroupName: 'rg-other' });
    expect(synthErrors(stack)).toBe('');
    new AutomationAccountWithIdentity(stack, 'second', { name: 'AA-EXO-TEST', ...RG });
    expect(synthErrors(stack)).toContain('test/second/resource: name "AA-EXO-TEST" duplicates test/first/resource: both would create the Automation account AA-EXO-TEST in resource group rg-exo');
  });

  test('two runtime environments with one name in one account', () => {
    const stack = newStackWithProviders();
    const { account } = accountWithModules(stack);
    new PowerShellRuntimeEnvironment(stack, 'first', { account });
    new PowerShellRuntimeEnvironment(stack, 'second', { account });
    expect(synthErrors(stack)).toContain('test/second/resource: name "PowerShell-7-4" duplicates test/first/resource: both would create the runtime environment PowerShell-7-4');
  });

  test('the same identity granted Exchange.ManageAsApp through two entry points', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', EXO);
    new ExoAppRoleGrant(stack, 'extra-grant', { principal: exo.identity });
    expect(synthErrors(stack)).toContain('test/extra-grant/grant/Exchange.ManageAsApp: app_role_id "Exchange.ManageAsApp" duplicates test/exo/exchange-grant/grant/Exchange.ManageAsApp');
  });

  test('one identity imported twice under two construct ids, given the same role twice', () => {
    const stack = newStackWithProviders();
    const attrs = {
      principalId: '11111111-1111-1111-1111-111111111111', clientId: '22222222-2222-2222-2222-222222222222',
      resourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id',
    };
    new EntraRoleBinding(stack, 'first', { principal: UserAssignedIdentity.fromAttributes(stack, 'a', attrs), role: EntraRole.GLOBAL_READER });
    new EntraRoleBinding(stack, 'second', { principal: UserAssignedIdentity.fromAttributes(stack, 'b', attrs), role: EntraRole.GLOBAL_READER });
    expect(synthErrors(stack)).toContain('test/second/resource: role_id "f2ef992c-3afb-46b9-b7cf-a126ee74c451" duplicates test/first/resource: both would create '
      + 'the assignment of directory role f2ef992c-3afb-46b9-b7cf-a126ee74c451 to principal 11111111-1111-1111-1111-111111111111 at scope /');
  });

  test('a hand-written directory-role assignment without directory_scope_id: the provider assigns at "/"', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
    new EntraRoleBinding(stack, 'binding', { principal: identity, role: EntraRole.GLOBAL_READER });
    // An app-scoped assignment of the same role is another object.
    new DirectoryRoleAssignment(stack, 'app-scoped', { roleId: EntraRole.GLOBAL_READER.templateId, principalObjectId: identity.principalId, appScopeId: '/' });
    expect(synthErrors(stack)).toBe('');
    new DirectoryRoleAssignment(stack, 'by-hand', { roleId: EntraRole.GLOBAL_READER.templateId, principalObjectId: identity.principalId });
    expect(synthErrors(stack)).toContain('test/by-hand: role_id "f2ef992c-3afb-46b9-b7cf-a126ee74c451" duplicates test/binding/resource: both would create '
      + 'the assignment of directory role f2ef992c-3afb-46b9-b7cf-a126ee74c451 to principal principal_id of azurerm_user_assigned_identity.');
  });

  test('a hand-written Exchange.ManageAsApp grant with the literal role id and ExoAppRoleGrant\'s app_role_ids lookup', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
    new ExoAppRoleGrant(stack, 'grant', { principal: identity });
    const exchange = new DataAzureadServicePrincipal(stack, 'exchange', { clientId: '00000002-0000-0ff1-ce00-000000000000' });
    // Another role of Exchange Online, and the same role for another principal, are other objects.
    new AppRoleAssignment(stack, 'other-role', { appRoleId: '11111111-2222-3333-4444-555555555555', principalObjectId: identity.principalId, resourceObjectId: exchange.objectId });
    new AppRoleAssignment(stack, 'other-principal', {
      appRoleId: 'dc50a0fb-09a3-484d-be87-e023b12c6440', principalObjectId: '99999999-9999-9999-9999-999999999999', resourceObjectId: exchange.objectId,
    });
    expect(synthErrors(stack)).toBe('');
    new AppRoleAssignment(stack, 'by-hand', {
      appRoleId: 'DC50A0FB-09A3-484D-BE87-E023B12C6440', principalObjectId: identity.principalId, resourceObjectId: exchange.objectId,
    });
    expect(synthErrors(stack)).toContain('test/by-hand: app_role_id "DC50A0FB-09A3-484D-BE87-E023B12C6440" duplicates test/grant/grant/Exchange.ManageAsApp: '
      + 'both would create the grant of app role Exchange.ManageAsApp (dc50a0fb-09a3-484d-be87-e023b12c6440) of service principal Office 365 Exchange Online');
  });

  test('the literal role id collides whatever names the Exchange service principal (its tenant object id, or a second lookup)', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
    new AppRoleAssignment(stack, 'by-object-id', {
      appRoleId: 'dc50a0fb-09a3-484d-be87-e023b12c6440', principalObjectId: identity.principalId, resourceObjectId: '33333333-3333-3333-3333-333333333333',
    });
    const exchange = new DataAzureadServicePrincipal(stack, 'exchange', { clientId: '00000002-0000-0ff1-ce00-000000000000' });
    new AppRoleAssignment(stack, 'by-lookup', {
      appRoleId: exchange.appRoleIds.lookup('Exchange.ManageAsApp'), principalObjectId: identity.principalId, resourceObjectId: exchange.objectId,
    });
    expect(synthErrors(stack)).toContain('test/by-lookup: app_role_id "Exchange.ManageAsApp" duplicates test/by-object-id');
  });

  test('an app role looked up on two lookups of one API\'s service principal', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
    new AppRoleGrant(stack, 'graph', { principal: identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['User.Read.All'] });
    const graph = new DataAzureadServicePrincipal(stack, 'my-graph', { clientId: '00000003-0000-0000-C000-000000000000' });
    new AppRoleAssignment(stack, 'other-role', { appRoleId: graph.appRoleIds.lookup('Group.Read.All'), principalObjectId: identity.principalId, resourceObjectId: graph.objectId });
    expect(synthErrors(stack)).toBe('');
    new AppRoleAssignment(stack, 'by-hand', { appRoleId: graph.appRoleIds.lookup('User.Read.All'), principalObjectId: identity.principalId, resourceObjectId: graph.objectId });
    expect(synthErrors(stack)).toContain('test/by-hand: app_role_id "User.Read.All" duplicates test/graph/User.Read.All: both would create the grant of app role User.Read.All '
      + 'of service principal of application 00000003-0000-0000-c000-000000000000 to principal');
  });

  test('asking ExchangeOnlineAutomation for a grant it already made returns that grant (methods are idempotent)', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', EXO);
    const [first] = exo.grantMicrosoftGraphAppRoles(['User.Read.All']);
    const [again] = exo.grantAppRoles('00000003-0000-0000-C000-000000000000', ['User.Read.All']);
    expect(again).toBe(first);
    expect(synthErrors(stack)).toBe('');
    new AppRoleGrant(stack, 'by-hand', { principal: exo.identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['User.Read.All'] });
    expect(synthErrors(stack)).toContain('test/by-hand/User.Read.All: app_role_id "User.Read.All" duplicates test/exo/app-role-00000003-0000-0000-c000-000000000000-User.Read.All/User.Read.All');
  });

  test('two ExchangeOnlineAutomation with one id in one stack would share output names', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(new Construct(stack, 'team-a'), 'exo', EXO);
    new ExchangeOnlineAutomation(new Construct(stack, 'team-b'), 'exo', { ...EXO, automationAccountName: 'aa-exo-team-b' });
    expect(synthErrors(stack)).toContain('test/team-b/exo/connect_command: output name "exo_connect_command" duplicates test/team-a/exo/connect_command');
  });

  test('a full app.synth() stops before writing anything', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'exo-collisions-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'collide');
    const base = accountWithModules(stack);
    new ExchangeOnlineRunbook(stack, 'first', { ...base, name: 'Get-Report', script: RunbookScript.fromInline('x') });
    new ExchangeOnlineRunbook(stack, 'second', { ...base, name: 'Get-Report', script: RunbookScript.fromInline('y') });
    expect(() => app.synth()).toThrow('collide/second/runbook: name "Get-Report" duplicates collide/first/runbook');
  });
});
