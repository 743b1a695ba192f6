// Wrong-shape input at every public entry point: a missing props object, a string where a runtime, role,
// script or account is expected (what JavaScript and JSON-fed callers pass), a list that is not a list.
// Each must fail with an Error naming the construct path (or the factory), the prop and what to pass,
// never a TypeError from deep inside. CORPUS holds cases by hand (and the review's reproductions); PROPS
// has one row per prop of every entry point, each a value of the wrong shape with every other argument
// valid. A third table checks the type checks (`isX`) that replace `instanceof`. The coverage tests prove
// the tables reach every public constructor and method, and every prop of each (test/public-api.ts).
import { App } from 'cdktf';
import {
  ApiServicePrincipal, AppRoleGrant, DeployerPermissions, AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlineConnection,
  ExchangeOnlineModuleImport, ExchangeOnlinePolicyChecks, ExchangeOnlineRunbook, ExoAppRoleGrant, PolicySuppressions,
  PowerShellGalleryModule, PowerShellRuntime, PowerShellRuntimeEnvironment, RunbookScript, ScheduleFrequency, SystemAssignedIdentity, TenantsConfig, TenantStack, TenantStacks,
  UserAssignedIdentity,
} from '../lib';
import { readFileSync } from 'fs';
import { join } from 'path';
import { DEFAULT_TENANTS_FILE } from '../examples/tenants/main';
import { newStackWithProviders } from './helpers';
import { publicEntryPoints, publicProps } from './public-api';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
const EXO = { organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };
const GUID = '11111111-1111-1111-1111-111111111111';

/** Props of a TenantStack from the example file (its second tenant). */
function tenantProps() {
  const config = TenantsConfig.load(DEFAULT_TENANTS_FILE);
  return { tenant: config.tenants[1], state: config.state };
}

function fixture() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', ...RG });
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
  const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
  const runbook = { account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n') };
  const grant = new AppRoleGrant(stack, 'grant', { principal: identity, resourceAppId: GUID, roles: ['User.Read.All'] });
  const binding = new EntraRoleBinding(stack, 'binding', { principal: identity, role: EntraRole.GLOBAL_READER });
  const exoGrant = new ExoAppRoleGrant(stack, 'exo-grant', { principal: identity });
  const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, automationAccountName: 'aa-exo-other' });
  return { stack, account, modules, identity, runbook, grant, binding, exoGrant, exo };
}
type Fixture = ReturnType<typeof fixture>;

// [entry point, case, build, text the message must contain]
const CORPUS: Array<[string, string, (f: Fixture) => unknown, string]> = [
  ['new DeployerPermissions', 'props missing', (f) => new DeployerPermissions(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new DeployerPermissions', 'azureScopes a string', (f) => new DeployerPermissions(f.stack, 'x', { deployerObjectId: GUID, azureScopes: '/subscriptions/0' as any }), 'test/x: azureScopes "/subscriptions/0" must be a list'],
  ['TenantsConfig.load', 'file missing', () => TenantsConfig.load(undefined as any), 'TenantsConfig.load: file (missing) must be a string'],
  ['TenantsConfig.parse', 'text an object', () => TenantsConfig.parse({ tenants: [] } as any, 'tenants.json', '.'), 'TenantsConfig.parse: text {"tenants":[]} must be the text of a tenants file (a string)'],
  ['TenantStacks.fromFile', 'app a string', () => TenantStacks.fromFile('app' as any, 'tenants.json'), 'TenantStacks.fromFile: app "app" must be the cdktf App'],
  ['TenantStacks.fromFile', 'file a number', (f) => TenantStacks.fromFile(f.stack.node.scope as any, 42 as any), 'TenantStacks.fromFile: file 42 must be a string'],
  ['new TenantStack', 'props missing', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', undefined as any), 'tenant: props (missing) must be an object'],
  ['new TenantStack', 'tenant a name', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { tenant: 'contoso' as any, state: {} as any }), 'tenant: tenant "contoso" must be an object'],
  ['new ExchangeOnlinePolicyChecks', 'props a string', () => new ExchangeOnlinePolicyChecks('strict' as any), 'ExchangeOnlinePolicyChecks: props "strict" must be an object'],
  ['new ExchangeOnlinePolicyChecks', 'reportAsWarnings a string', () => new ExchangeOnlinePolicyChecks({ reportAsWarnings: 'yes' as any }), 'ExchangeOnlinePolicyChecks: reportAsWarnings "yes" must be true or false'],
  ['new SystemAssignedIdentity', 'props missing', (f) => new SystemAssignedIdentity(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new UserAssignedIdentity', 'props a string', (f) => new UserAssignedIdentity(f.stack, 'x', 'id-exo' as any), 'test/x: props "id-exo" must be an object'],
  ['UserAssignedIdentity.fromAttributes', 'attrs missing', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', undefined as any), 'test/x: attrs (missing) must be an object'],
  ['new AutomationAccountWithIdentity', 'props a list', (f) => new AutomationAccountWithIdentity(f.stack, 'x', [] as any), 'test/x: props [] must be an object'],
  ['new AutomationAccountWithIdentity', 'runbookIdentity a string', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, userAssignedIdentities: [f.identity], runbookIdentity: 'id-exo' as any }), 'test/x: runbookIdentity "id-exo" must be a user-assigned identity'],
  ['AutomationAccountWithIdentity.fromAttributes', 'attrs missing', (f) => AutomationAccountWithIdentity.fromAttributes(f.stack, 'x', undefined as any), 'test/x: attrs (missing) must be an object'],
  ['EntraRole.fromTemplateId', 'template id a number', () => EntraRole.fromTemplateId(42 as any, 'Role'), 'EntraRole.fromTemplateId: templateId 42 must be a GUID'],
  ['new EntraRoleBinding', 'role a string', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: 'Global Reader' as any }), 'test/x: role "Global Reader" must be an EntraRole'],
  ['new EntraRoleBinding', 'acknowledgement a string', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_READER, acknowledgeGlobalAdministratorGrantsFullTenantControl: 'yes' as any }), 'test/x: acknowledgeGlobalAdministratorGrantsFullTenantControl "yes" must be true or false'],
  ['EntraRoleBinding#applyBefore', 'a string', (f) => f.binding.applyBefore('runbook' as any), 'test/binding: applyBefore() dependents "runbook" must be constructs'],
  ['ApiServicePrincipal.forApp', 'options a string', (f) => ApiServicePrincipal.forApp(f.stack, GUID, 'yes' as any), 'test: options "yes" must be an object'],
  ['ApiServicePrincipal#appRoleId', 'value a number', (f) => f.grant.servicePrincipal.appRoleId(42 as any), 'appRoleId() value 42 must be a string'],
  ['new AppRoleGrant', 'roles a string', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: GUID, roles: 'User.Read.All' as any }), 'test/x: roles "User.Read.All" must list at least one app role value'],
  ['new AppRoleGrant', 'principal a GUID string', (f) => new AppRoleGrant(f.stack, 'x', { principal: GUID as any, resourceAppId: GUID, roles: ['User.Read.All'] }), `test/x: principal "${GUID}" must be an IManagedIdentity`],
  ['AppRoleGrant#applyBefore', 'undefined', (f) => f.grant.applyBefore(undefined as any), 'test/grant: applyBefore() dependents (missing) must be constructs'],
  ['new ExoAppRoleGrant', 'props missing', (f) => new ExoAppRoleGrant(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new ExoAppRoleGrant', 'flag a string', (f) => new ExoAppRoleGrant(f.stack, 'x', { principal: f.identity, createServicePrincipalIfMissing: 'true' as any }), 'test/x: createServicePrincipalIfMissing "true" must be true or false'],
  ['ExoAppRoleGrant#applyBefore', 'a number', (f) => f.exoGrant.applyBefore(7 as any), 'applyBefore() dependents 7 must be constructs'],
  ['new PowerShellRuntimeEnvironment', 'props missing', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new PowerShellRuntimeEnvironment', 'runtime "7.4"', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: f.account, runtime: '7.4' as any }), 'test/x: runtime "7.4" must be a PowerShellRuntime, e.g. PowerShellRuntime.V7_6'],
  ['new PowerShellRuntimeEnvironment', 'account a name', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: 'aa-exo-test' as any }), 'test/x: account "aa-exo-test" must be an Automation account'],
  ['new PowerShellGalleryModule', 'props missing', (f) => new PowerShellGalleryModule(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new PowerShellGalleryModule', 'runtime "5.1"', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: '5.1' as any, moduleName: 'Az.Accounts', version: '3.0.0' }), 'test/x: runtime "5.1" must be a PowerShellRuntime'],
  ['new PowerShellGalleryModule', 'dependsOn not a list', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V5_1, moduleName: 'Az.Accounts', version: '3.0.0', dependsOn: 'x' as any }), 'test/x: dependsOn "x" must be a list'],
  ['PowerShellGalleryModule.packageUri', 'version missing', () => PowerShellGalleryModule.packageUri('ExchangeOnlineManagement', undefined as any), 'PowerShellGalleryModule.packageUri: version (missing) must be a string'],
  ['new ExchangeOnlineModuleImport', 'props missing', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new ExchangeOnlineModuleImport', 'runtime "5.1"', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, runtime: '5.1' as any }), 'test/x: runtime "5.1" must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6'],
  ['new ExchangeOnlineModuleImport', 'account a plain object', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: { name: 'aa' } as any }), 'test/x: account {"name":"aa"} must be an Automation account'],
  ['RunbookScript.fromInline', 'text missing', () => RunbookScript.fromInline(undefined as any), 'RunbookScript.fromInline: text (missing) must be the PowerShell text'],
  ['RunbookScript.fromFile', 'path a number', () => RunbookScript.fromFile(3 as any), 'RunbookScript.fromFile: filePath 3 must be the path of a PowerShell file'],
  ['new ExchangeOnlineRunbook', 'script a string', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: 'Get-Mailbox' as any }), 'test/x: script "Get-Mailbox" must be a RunbookScript'],
  ['new ExchangeOnlineRunbook', 'modules a plain object', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, modules: {} as any }), 'test/x: modules {} must be an ExchangeOnlineModuleImport'],
  ['new ExchangeOnlineRunbook', 'waitFor not a list', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, waitFor: f.grant as any }), 'test/x: waitFor'],
  ['new ExchangeOnlineAutomation', 'runtime "7.4"', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, runtime: '7.4' as any }), 'test/x: runtime "7.4" must be PowerShellRuntime.V5_1'],
  ['new ExchangeOnlineAutomation', 'existingAccount a name', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { organization: 'contoso.onmicrosoft.com', roles: [], existingAccount: 'aa-exo' as any }), 'test/x: existingAccount "aa-exo" must be an Automation account'],
  ['new ExchangeOnlineAutomation', 'userAssignedIdentity a client id', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, userAssignedIdentity: GUID as any }), `test/x: userAssignedIdentity "${GUID}" must be a user-assigned identity (UserAssignedIdentity or UserAssignedIdentity.fromAttributes)`],
  ['new ExchangeOnlineAutomation', 'preventDestroy a string', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, preventDestroy: 'true' as any }), 'test/x: preventDestroy "true" must be true or false'],
  ['new ExchangeOnlineAutomation', 'importExisting a string', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, importExisting: '/subscriptions/x' as any }), 'test/x: importExisting "/subscriptions/x" must be an object'],
  ['ExchangeOnlineAutomation#addRunbook', 'options a string', (f) => f.exo.addRunbook('r', 'Get-Mailbox' as any), 'test/exo: addRunbook("r") options "Get-Mailbox" must be an object'],
  ['ExchangeOnlineAutomation#addRunbookFromFile', 'options missing', (f) => f.exo.addRunbookFromFile('r', undefined as any), 'test/exo: addRunbookFromFile("r") options (missing) must be an object'],
  ['ExchangeOnlineAutomation#grantMicrosoftGraphAppRoles', 'roles a string', (f) => f.exo.grantMicrosoftGraphAppRoles('User.Read.All' as any), 'test/exo: roles "User.Read.All" must be a list of app role values'],
  ['ExchangeOnlineAutomation#grantAppRoles', 'app id a name', (f) => f.exo.grantAppRoles('Microsoft Graph', ['User.Read.All']), 'test/exo: resourceAppId "Microsoft Graph" must be a GUID'],
  ['ExchangeOnlineConnection.commandFor', 'identity a client id', () => ExchangeOnlineConnection.commandFor(GUID as any, 'contoso.onmicrosoft.com'), `ExchangeOnlineConnection.commandFor: identity "${GUID}" must be an IManagedIdentity`],
  ['PolicySuppressions.add', 'reason missing', (f) => PolicySuppressions.add(f.stack, [{ ruleId: 'EXO6' } as any]), 'reason of EXO6 (missing) must explain the decision'],
  // The review's reproductions (each was a TypeError or was emitted as it was given).
  ['PolicySuppressions.add', 'construct missing', () => PolicySuppressions.add(undefined as any, [{ ruleId: 'EXO6', reason: 'accepted for this test' }]), 'PolicySuppressions.add: construct (missing) must be a construct'],
  ['PolicySuppressions.add', 'suppressions missing', (f) => PolicySuppressions.add(f.stack, undefined as any), 'test: suppressions (missing) must be a list of { ruleId, reason }'],
  ['PolicySuppressions.add', 'a suppression that is a rule id', (f) => PolicySuppressions.add(f.stack, ['EXO6' as any]), 'test: suppressions[0] "EXO6" must be an object { ruleId, reason }'],
  ['ApiServicePrincipal.forApp', 'scope missing', () => ApiServicePrincipal.forApp(undefined as any, GUID), 'ApiServicePrincipal.forApp: scope (missing) must be a construct'],
  ['new TenantStack', 'runbooks missing', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { ...tenantProps(), tenant: { ...tenantProps().tenant, runbooks: undefined as any } }), 'tenant: tenant.runbooks (missing) must be a list of runbooks'],
  ['new TenantStack', 'identity "bogus"', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { ...tenantProps(), tenant: { ...tenantProps().tenant, identity: 'bogus' } }), 'tenant: tenant.identity "bogus" must be one of "system-assigned", "user-assigned"'],
  ['new TenantStack', 'tenant id not a GUID', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { ...tenantProps(), tenant: { ...tenantProps().tenant, tenantId: 'contoso' } }), 'tenant: tenant.tenantId "contoso" must be a GUID'],
  ['new AutomationAccountWithIdentity', 'tags a list', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, tags: ['a'] as any }), 'test/x: tags ["a"] must be an object of tag names to values'],
  ['new AutomationAccountWithIdentity', 'tags a string', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, tags: 'owner=me' as any }), 'test/x: tags "owner=me" must be an object of tag names to values'],
  ['new AutomationAccountWithIdentity', 'localAuthenticationEnabled "no"', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, localAuthenticationEnabled: 'no' as any }), 'test/x: localAuthenticationEnabled "no" must be true or false'],
  ['new AutomationAccountWithIdentity', 'publicNetworkAccessEnabled "yes"', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, publicNetworkAccessEnabled: 'yes' as any }), 'test/x: publicNetworkAccessEnabled "yes" must be true or false'],
  ['new PowerShellRuntimeEnvironment', 'description 42', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: f.account, description: 42 as any }), 'test/x: description 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'verifyOrganization "no"', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, verifyOrganization: 'no' as any }), 'test/x: verifyOrganization "no" must be true or false'],
  ['new AppRoleGrant', 'expectedAppRoleIds a string', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: GUID, roles: ['User.Read.All'], expectedAppRoleIds: 'x' as any }), 'test/x: expectedAppRoleIds "x" must be an object'],
  ['ExchangeOnlineAutomation#grantAppRoles', 'display name a number', (f) => f.exo.grantAppRoles(GUID, ['User.Read.All'], 42 as any), 'test/exo: resourceDisplayName 42 must be a string'],
];

// [entry point, the type check, a real instance]
const TYPE_CHECKS: Array<[string, (x: unknown) => boolean, (f: Fixture) => unknown]> = [
  ['AutomationAccountWithIdentity.isAutomationAccount', AutomationAccountWithIdentity.isAutomationAccount, (f) => f.account],
  ['EntraRole.isEntraRole', EntraRole.isEntraRole, () => EntraRole.GLOBAL_READER],
  ['EntraRoleBinding.isEntraRoleBinding', EntraRoleBinding.isEntraRoleBinding, (f) => f.binding],
  ['AppRoleGrant.isAppRoleGrant', AppRoleGrant.isAppRoleGrant, (f) => f.grant],
  ['PowerShellRuntime.isPowerShellRuntime', PowerShellRuntime.isPowerShellRuntime, () => PowerShellRuntime.V7_4],
  ['PowerShellRuntimeEnvironment.isPowerShellRuntimeEnvironment', PowerShellRuntimeEnvironment.isPowerShellRuntimeEnvironment, (f) => new PowerShellRuntimeEnvironment(f.stack, 'env', { account: f.account })],
  ['ExchangeOnlineModuleImport.isExchangeOnlineModuleImport', ExchangeOnlineModuleImport.isExchangeOnlineModuleImport, (f) => f.modules],
  ['RunbookScript.isRunbookScript', RunbookScript.isRunbookScript, () => RunbookScript.fromInline('Get-Mailbox')],
  ['ExchangeOnlineRunbook.isExchangeOnlineRunbook', ExchangeOnlineRunbook.isExchangeOnlineRunbook, (f) => f.exo.runbooks[0]],
  ['ExchangeOnlinePolicyChecks.isExchangeOnlinePolicyChecks', ExchangeOnlinePolicyChecks.isExchangeOnlinePolicyChecks, () => new ExchangeOnlinePolicyChecks()],
];

// Entry points with nothing to get wrong (no value a caller supplies) or exercised elsewhere.
const NOT_IN_CORPUS: { [entry: string]: string } = {
  'ExchangeOnlinePolicyChecks#visit': 'called by cdktf with a construct, never by users',
  'PolicySuppressions.find': 'a lookup: any construct and rule id are valid questions',
};

// ---- One row per prop -------------------------------------------------------------------------------
// Every prop of every public entry point (test/public-api.ts lists them from the TypeScript declarations),
// given a value of the wrong shape while every other argument is valid. The message must name the prop as
// the user typed it, the value and the rule (the text in the row), and must not be a TypeError.

type Args = { [name: string]: any };
const SCRIPT_FILE = join(DEFAULT_TENANTS_FILE, '..', 'scripts', 'Get-SharedMailboxReport.ps1');
const ACCOUNT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.Automation/automationAccounts/aa-exo-prod';
const IDENTITY_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo';
const OTHER_GUID = '22222222-2222-2222-2222-222222222222';
const RUNBOOK_OPTIONS = () => ({ name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n'), parameters: [{ name: 'Days' }], schedule: { frequency: ScheduleFrequency.DAY } });
const TENANT = () => {
  const tenant = TenantsConfig.load(DEFAULT_TENANTS_FILE).tenants[1];
  return {
    ...tenant,
    runbooks: [{ ...tenant.runbooks[0], parameters: [{ name: 'DaysInactive', type: 'int', mandatory: true }] }],
    suppressions: [{ ruleId: 'EXO6', reason: 'reviewed by the security team' }],
  };
};

/** How each entry point is called with named arguments, and arguments with which it succeeds. */
const ENTRY_POINTS: { [entry: string]: { call: (f: Fixture, a: Args) => unknown; valid: (f: Fixture) => Args } } = {
  'new AutomationAccountWithIdentity': { call: (f, a) => new AutomationAccountWithIdentity(f.stack, 'x', a.props), valid: () => ({ props: { name: 'aa-exo-x', ...RG } }) },
  'AutomationAccountWithIdentity.fromAttributes': {
    call: (f, a) => AutomationAccountWithIdentity.fromAttributes(f.stack, 'x', a.attrs),
    valid: () => ({ attrs: { name: 'aa-exo-prod', ...RG, accountId: ACCOUNT_ID, systemAssignedPrincipalId: GUID } }),
  },
  'EntraRole.fromTemplateId': { call: (_f, a) => EntraRole.fromTemplateId(a.templateId, a.displayName), valid: () => ({ templateId: GUID, displayName: 'Custom role' }) },
  'new EntraRoleBinding': { call: (f, a) => new EntraRoleBinding(f.stack, 'x', a.props), valid: (f) => ({ props: { principal: f.identity, role: EntraRole.GLOBAL_READER } }) },
  'EntraRoleBinding#applyBefore': { call: (f, a) => f.binding.applyBefore(a.dependents), valid: (f) => ({ dependents: f.account }) },
  'ApiServicePrincipal.forApp': { call: (_f, a) => ApiServicePrincipal.forApp(a.scope, a.appId, a.options), valid: (f) => ({ scope: f.stack, appId: OTHER_GUID, options: {} }) },
  'ApiServicePrincipal#appRoleId': { call: (f, a) => f.grant.servicePrincipal.appRoleId(a.value, a.expectedId), valid: () => ({ value: 'User.Read.All' }) },
  'new AppRoleGrant': { call: (f, a) => new AppRoleGrant(f.stack, 'x', a.props), valid: (f) => ({ props: { principal: f.identity, resourceAppId: GUID, roles: ['User.Read.All'] } }) },
  'AppRoleGrant#applyBefore': { call: (f, a) => f.grant.applyBefore(a.dependents), valid: (f) => ({ dependents: f.account }) },
  'new ExoAppRoleGrant': { call: (f, a) => new ExoAppRoleGrant(f.stack, 'x', a.props), valid: (f) => ({ props: { principal: f.identity } }) },
  'ExoAppRoleGrant#applyBefore': { call: (f, a) => f.exoGrant.applyBefore(a.dependents), valid: (f) => ({ dependents: f.account }) },
  'new PowerShellRuntimeEnvironment': { call: (f, a) => new PowerShellRuntimeEnvironment(f.stack, 'x', a.props), valid: (f) => ({ props: { account: f.account } }) },
  'new PowerShellGalleryModule': {
    call: (f, a) => new PowerShellGalleryModule(f.stack, 'x', a.props),
    valid: (f) => ({ props: { account: f.account, runtime: PowerShellRuntime.V5_1, moduleName: 'Az.Accounts', version: '3.0.0' } }),
  },
  'PowerShellGalleryModule.packageUri': { call: (_f, a) => PowerShellGalleryModule.packageUri(a.moduleName, a.version), valid: () => ({ moduleName: 'Az.Accounts', version: '3.0.0' }) },
  'new ExchangeOnlineModuleImport': { call: (f, a) => new ExchangeOnlineModuleImport(f.stack, 'x', a.props), valid: (f) => ({ props: { account: f.account } }) },
  'RunbookScript.fromInline': { call: (_f, a) => RunbookScript.fromInline(a.text), valid: () => ({ text: 'Get-Mailbox' }) },
  'RunbookScript.fromFile': { call: (_f, a) => RunbookScript.fromFile(a.filePath), valid: () => ({ filePath: SCRIPT_FILE }) },
  'new ExchangeOnlineRunbook': { call: (f, a) => new ExchangeOnlineRunbook(f.stack, 'x', a.props), valid: (f) => ({ props: { ...f.runbook, ...RUNBOOK_OPTIONS() } }) },
  'new ExchangeOnlineAutomation': { call: (f, a) => new ExchangeOnlineAutomation(f.stack, 'x', a.props), valid: () => ({ props: { ...EXO, importExisting: {} } }) },
  'ExchangeOnlineAutomation#addRunbook': { call: (f, a) => f.exo.addRunbook(a.id, a.options), valid: () => ({ id: 'r', options: RUNBOOK_OPTIONS() }) },
  'ExchangeOnlineAutomation#addRunbookFromFile': {
    call: (f, a) => f.exo.addRunbookFromFile(a.id, a.options),
    valid: () => {
      const { name, parameters, schedule } = RUNBOOK_OPTIONS();
      return { id: 'r', options: { name, parameters, schedule, filePath: SCRIPT_FILE } };
    },
  },
  'ExchangeOnlineAutomation#grantMicrosoftGraphAppRoles': { call: (f, a) => f.exo.grantMicrosoftGraphAppRoles(a.roles), valid: () => ({ roles: ['User.Read.All'] }) },
  'ExchangeOnlineAutomation#grantAppRoles': { call: (f, a) => f.exo.grantAppRoles(a.resourceAppId, a.roles, a.resourceDisplayName), valid: () => ({ resourceAppId: GUID, roles: ['User.Read.All'] }) },
  'ExchangeOnlineConnection.commandFor': { call: (_f, a) => ExchangeOnlineConnection.commandFor(a.identity, a.organization), valid: (f) => ({ identity: f.identity, organization: 'contoso.onmicrosoft.com' }) },
  'PolicySuppressions.add': { call: (_f, a) => PolicySuppressions.add(a.construct, a.suppressions), valid: (f) => ({ construct: f.stack, suppressions: [{ ruleId: 'EXO6', reason: 'accepted for this test' }] }) },
  'new ExchangeOnlinePolicyChecks': { call: (_f, a) => new ExchangeOnlinePolicyChecks(a.props), valid: () => ({ props: {} }) },
  'TenantsConfig.load': { call: (_f, a) => TenantsConfig.load(a.file), valid: () => ({ file: DEFAULT_TENANTS_FILE }) },
  'TenantsConfig.parse': { call: (_f, a) => TenantsConfig.parse(a.text, a.sourceName, a.baseDirectory), valid: () => ({ text: readFileSync(DEFAULT_TENANTS_FILE, 'utf8'), sourceName: 'tenants.json', baseDirectory: join(DEFAULT_TENANTS_FILE, '..') }) },
  'TenantStacks.fromFile': { call: (_f, a) => TenantStacks.fromFile(a.app, a.file), valid: (f) => ({ app: f.stack.node.scope, file: DEFAULT_TENANTS_FILE }) },
  'new TenantStack': { call: (f, a) => new TenantStack(f.stack.node.scope as any, 'tenant', a.props), valid: () => ({ props: { tenant: TENANT(), state: TenantsConfig.load(DEFAULT_TENANTS_FILE).state } }) },
  'new DeployerPermissions': { call: (f, a) => new DeployerPermissions(f.stack, 'x', a.props), valid: () => ({ props: { deployerObjectId: GUID } }) },
  'new SystemAssignedIdentity': { call: (f, a) => new SystemAssignedIdentity(f.stack, 'x', a.props), valid: () => ({ props: { principalId: GUID } }) },
  'new UserAssignedIdentity': { call: (f, a) => new UserAssignedIdentity(f.stack, 'x', a.props), valid: () => ({ props: { name: 'id-x', ...RG } }) },
  'UserAssignedIdentity.fromAttributes': {
    call: (f, a) => UserAssignedIdentity.fromAttributes(f.stack, 'x', a.attrs),
    valid: () => ({ attrs: { principalId: GUID, clientId: OTHER_GUID, resourceId: IDENTITY_ID } }),
  },
};

/**
 * `args` with the value at `at` replaced (copying only the objects on the way): `name` is a field of the
 * props argument, `schedule.interval` one level down, `parameters[]` the first element of a list.
 */
function withValue(args: Args, at: string, value: unknown): Args {
  const propsArgument = ['props', 'options', 'attrs'].find((name) => name in args);
  const segments = at.split('.').flatMap((segment) => (segment.endsWith('[]') ? [segment.slice(0, -2), '0'] : [segment]));
  const route = segments[0] in args || propsArgument === undefined ? segments : [propsArgument, ...segments];
  const set = (target: any, [head, ...rest]: string[]): any => {
    const copy = Array.isArray(target) ? [...target] : { ...target };
    copy[head] = rest.length === 0 ? value : set(target?.[head] ?? {}, rest);
    return copy;
  };
  return set(args, route);
}

// The options addRunbook and addRunbookFromFile share: the same wrong value gets the same message from both.
const RUNBOOK_METHODS = ['ExchangeOnlineAutomation#addRunbook', 'ExchangeOnlineAutomation#addRunbookFromFile'];
const RUNBOOK_OPTION_ROWS: Array<[string, unknown, string]> = [
  ['description', 42, 'test/exo/r: description 42 must be a string'],
  ['importFrom', 42, 'test/exo/r: importFrom 42 must be a string'],
  ['name', 42, 'test/exo/r: name 42 must be a string'],
  ['parameters', 'x', 'test/exo/r: parameters "x" must be a list'],
  ['parameters[].mandatory', 'yes', 'test/exo/r: parameters[0].mandatory "yes" must be true or false'],
  ['parameters[].name', 42, 'test/exo/r: parameters[0].name 42 must be a string'],
  ['parameters[].type', 42, 'test/exo/r: parameters[0].type 42 must be a string'],
  ['schedule', 'x', 'test/exo/r: schedule "x" must be an object with the documented properties'],
  ['schedule.description', 42, 'test/exo/r: schedule.description 42 must be a string'],
  ['schedule.frequency', 'day', 'test/exo/r: schedule.frequency "day" must be one of OneTime, Hour, Day, Week, Month'],
  ['schedule.importFrom', 42, 'test/exo/r: schedule.importFrom 42 must be a string'],
  ['schedule.importJobScheduleFrom', 42, 'test/exo/r: schedule.importJobScheduleFrom 42 must be a string'],
  ['schedule.interval', '1', 'test/exo/r: schedule.interval "1" must be a whole number from 1 to 100'],
  ['schedule.name', 42, 'test/exo/r: schedule.name 42 must be a string'],
  ['schedule.parameters', ['x'], 'test/exo/r: schedule.parameters ["x"] must be an object with the documented properties'],
  ['schedule.startTime', 42, 'test/exo/r: schedule.startTime 42 must be a string'],
  ['schedule.timezone', 42, 'test/exo/r: schedule.timezone 42 must be a string'],
  ['schedule.weekDays', 'x', 'test/exo/r: schedule.weekDays "x" must be a list'],
  ['schedule.monthDays', 'x', 'test/exo/r: schedule.monthDays "x" must be a list'],
];

// [entry point, prop (as public-api.ts lists it), a wrong value, what the message must contain]
const PROPS: Array<[string, string, unknown, string]> = [
  ['ApiServicePrincipal#appRoleId', 'expectedId', 42, 'test/api-service-principal-11111111-1111-1111-1111-111111111111: appRoleId() expectedId 42 must be a string'],
  ['ApiServicePrincipal#appRoleId', 'value', 42, 'test/api-service-principal-11111111-1111-1111-1111-111111111111: appRoleId() value 42 must be a string'],
  ['ApiServicePrincipal.forApp', 'appId', 42, 'test: appId 42 must be a string'],
  ['ApiServicePrincipal.forApp', 'createServicePrincipalIfMissing', 'yes', 'test: createServicePrincipalIfMissing "yes" must be true or false'],
  ['ApiServicePrincipal.forApp', 'displayName', 42, 'test: displayName 42 must be a string'],
  ['ApiServicePrincipal.forApp', 'options', 'yes', 'test: options "yes" must be an object with the documented properties'],
  ['ApiServicePrincipal.forApp', 'scope', 'x', 'ApiServicePrincipal.forApp: scope "x" must be a construct'],
  ['AppRoleGrant#applyBefore', 'dependents', 'x', 'test/grant: applyBefore() dependents "x" must be constructs'],
  ['AutomationAccountWithIdentity.fromAttributes', 'accountId', 42, 'test/x: accountId 42 must be a string'],
  ['AutomationAccountWithIdentity.fromAttributes', 'attrs', undefined, 'test/x: attrs (missing) must be an object with the documented properties'],
  ['AutomationAccountWithIdentity.fromAttributes', 'location', 42, 'test/x: location 42 must be a string'],
  ['AutomationAccountWithIdentity.fromAttributes', 'name', 42, 'test/x: name 42 must be a string'],
  ['AutomationAccountWithIdentity.fromAttributes', 'resourceGroupName', 42, 'test/x: resourceGroupName 42 must be a string'],
  ['AutomationAccountWithIdentity.fromAttributes', 'runbookIdentity', 'x', 'test/x: runbookIdentity "x" must be a user-assigned identity'],
  ['AutomationAccountWithIdentity.fromAttributes', 'systemAssignedPrincipalId', 42, 'test/x: systemAssignedPrincipalId 42 must be a string'],
  ['AutomationAccountWithIdentity.fromAttributes', 'userAssignedIdentities', 'x', 'test/x: userAssignedIdentities "x" must be a list'],
  ['EntraRole.fromTemplateId', 'displayName', 42, 'EntraRole.fromTemplateId: displayName 42 must be a string'],
  ['EntraRole.fromTemplateId', 'templateId', 42, 'EntraRole.fromTemplateId: templateId 42 must be a GUID'],
  ['EntraRoleBinding#applyBefore', 'dependents', 'x', 'test/binding: applyBefore() dependents "x" must be constructs'],
  ['ExchangeOnlineAutomation#addRunbook', 'id', 42, 'test/exo: addRunbook() id 42 must be a string'],
  ['ExchangeOnlineAutomation#addRunbook', 'options', undefined, 'test/exo: addRunbook("r") options (missing) must be an object with the documented properties'],
  ['ExchangeOnlineAutomation#addRunbook', 'script', 'x', 'test/exo/r: script "x" must be a RunbookScript'],
  ['ExchangeOnlineAutomation#addRunbookFromFile', 'filePath', 42, 'test/exo: addRunbookFromFile("r") options.filePath 42 must be the path of a PowerShell file'],
  ['ExchangeOnlineAutomation#addRunbookFromFile', 'id', 42, 'test/exo: addRunbookFromFile() id 42 must be a string'],
  ['ExchangeOnlineAutomation#addRunbookFromFile', 'options', undefined, 'test/exo: addRunbookFromFile("r") options (missing) must be an object with the documented properties'],
  ...RUNBOOK_OPTION_ROWS.flatMap(([prop, value, message]) => RUNBOOK_METHODS.map((entry): [string, string, unknown, string] => [entry, prop, value, message])),
  ['ExchangeOnlineAutomation#grantAppRoles', 'resourceAppId', 42, 'test/exo: resourceAppId 42 must be a string'],
  ['ExchangeOnlineAutomation#grantAppRoles', 'resourceDisplayName', 42, 'test/exo: resourceDisplayName 42 must be a string'],
  ['ExchangeOnlineAutomation#grantAppRoles', 'roles', 'x', 'test/exo: roles "x" must be a list of app role values'],
  ['ExchangeOnlineAutomation#grantMicrosoftGraphAppRoles', 'roles', 'x', 'test/exo: roles "x" must be a list of app role values'],
  ['ExchangeOnlineConnection.commandFor', 'identity', 'x', 'ExchangeOnlineConnection.commandFor: identity "x" must be an IManagedIdentity'],
  ['ExchangeOnlineConnection.commandFor', 'organization', 42, 'ExchangeOnlineConnection.commandFor: organization 42 must be a string'],
  ['ExoAppRoleGrant#applyBefore', 'dependents', 'x', 'test/exo-grant: applyBefore() dependents "x" must be constructs'],
  ['PolicySuppressions.add', 'construct', 'x', 'PolicySuppressions.add: construct "x" must be a construct'],
  ['PolicySuppressions.add', 'suppressions', 'x', 'test: suppressions "x" must be a list of { ruleId, reason }'],
  ['PolicySuppressions.add', 'suppressions[].reason', 42, 'test: reason of EXO6 42 must explain the decision in at least 10 characters'],
  ['PolicySuppressions.add', 'suppressions[].ruleId', 42, 'test: ruleId 42 must be one of EXO1, EXO2, EXO3, EXO4, EXO5, EXO6, EXO7, EXO8, EXO9, EXO10, EXO11, EXO12, EXO13, EXO14'],
  ['PowerShellGalleryModule.packageUri', 'moduleName', 42, 'PowerShellGalleryModule.packageUri: moduleName 42 must be a string'],
  ['PowerShellGalleryModule.packageUri', 'version', 42, 'PowerShellGalleryModule.packageUri: version 42 must be a string'],
  ['RunbookScript.fromFile', 'filePath', 42, 'RunbookScript.fromFile: filePath 42 must be the path of a PowerShell file'],
  ['RunbookScript.fromInline', 'text', 42, 'RunbookScript.fromInline: text 42 must be the PowerShell text of the runbook'],
  ['TenantStacks.fromFile', 'app', 'x', 'TenantStacks.fromFile: app "x" must be the cdktf App'],
  ['TenantStacks.fromFile', 'file', 42, 'TenantStacks.fromFile: file 42 must be a string'],
  ['TenantsConfig.load', 'file', 42, 'TenantsConfig.load: file 42 must be a string'],
  ['TenantsConfig.parse', 'baseDirectory', 42, 'TenantsConfig.parse: baseDirectory 42 must be a string'],
  ['TenantsConfig.parse', 'sourceName', 42, 'TenantsConfig.parse: sourceName 42 must be a string'],
  ['TenantsConfig.parse', 'text', 42, 'TenantsConfig.parse: text 42 must be the text of a tenants file (a string)'],
  ['UserAssignedIdentity.fromAttributes', 'attrs', undefined, 'test/x: attrs (missing) must be an object with the documented properties'],
  ['UserAssignedIdentity.fromAttributes', 'clientId', 42, 'test/x: clientId 42 must be a string'],
  ['UserAssignedIdentity.fromAttributes', 'principalId', 42, 'test/x: principalId 42 must be a string'],
  ['UserAssignedIdentity.fromAttributes', 'resourceId', 42, 'test/x: resourceId 42 must be a string'],
  ['new AppRoleGrant', 'createServicePrincipalIfMissing', 'yes', 'test/x: createServicePrincipalIfMissing "yes" must be true or false'],
  ['new AppRoleGrant', 'expectedAppRoleIds', ['x'], 'test/x: expectedAppRoleIds ["x"] must be an object with the documented properties'],
  ['new AppRoleGrant', 'importFrom', ['x'], 'test/x: importFrom ["x"] must be an object with the documented properties'],
  ['new AppRoleGrant', 'principal', 'x', 'test/x: principal "x" must be an IManagedIdentity'],
  ['new AppRoleGrant', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new AppRoleGrant', 'resourceAppId', 42, 'test/x: resourceAppId 42 must be a string'],
  ['new AppRoleGrant', 'resourceDisplayName', 42, 'test/x: resourceDisplayName 42 must be a string'],
  ['new AppRoleGrant', 'roles', 'x', 'test/x: roles "x" must list at least one app role value'],
  ['new AutomationAccountWithIdentity', 'cannotDeleteLock', 'yes', 'test/x: cannotDeleteLock "yes" must be true or false'],
  ['new AutomationAccountWithIdentity', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
  ['new AutomationAccountWithIdentity', 'localAuthenticationEnabled', 'yes', 'test/x: localAuthenticationEnabled "yes" must be true or false'],
  ['new AutomationAccountWithIdentity', 'location', 42, 'test/x: location 42 must be a string'],
  ['new AutomationAccountWithIdentity', 'name', 42, 'test/x: name 42 must be a string'],
  ['new AutomationAccountWithIdentity', 'preventDestroy', 'yes', 'test/x: preventDestroy "yes" must be true or false'],
  ['new AutomationAccountWithIdentity', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new AutomationAccountWithIdentity', 'publicNetworkAccessEnabled', 'yes', 'test/x: publicNetworkAccessEnabled "yes" must be true or false'],
  ['new AutomationAccountWithIdentity', 'resourceGroupName', 42, 'test/x: resourceGroupName 42 must be a string'],
  ['new AutomationAccountWithIdentity', 'runbookIdentity', 'x', 'test/x: runbookIdentity "x" must be a user-assigned identity'],
  ['new AutomationAccountWithIdentity', 'systemAssignedIdentity', 'yes', 'test/x: systemAssignedIdentity "yes" must be true or false'],
  ['new AutomationAccountWithIdentity', 'tags', ['x'], 'test/x: tags ["x"] must be an object of tag names to values'],
  ['new AutomationAccountWithIdentity', 'userAssignedIdentities', 'x', 'test/x: userAssignedIdentities "x" must be a list'],
  ['new DeployerPermissions', 'azureScopes', 'x', 'test/x: azureScopes "x" must be a list'],
  ['new DeployerPermissions', 'createServicePrincipalIfMissing', 'yes', 'test/x: createServicePrincipalIfMissing "yes" must be true or false'],
  ['new DeployerPermissions', 'deployerObjectId', 42, 'test/x: deployerObjectId 42 must be a string'],
  ['new DeployerPermissions', 'planObjectId', 42, 'test/x: planObjectId 42 must be a string'],
  ['new DeployerPermissions', 'createResourceGroupsIn', 42, 'test/x: createResourceGroupsIn 42 must be a string'],
  ['new DeployerPermissions', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new EntraRoleBinding', 'acknowledgeGlobalAdministratorGrantsFullTenantControl', 'yes', 'test/x: acknowledgeGlobalAdministratorGrantsFullTenantControl "yes" must be true or false'],
  ['new EntraRoleBinding', 'administrativeUnitId', 42, 'test/x: administrativeUnitId 42 must be a string'],
  ['new EntraRoleBinding', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
  ['new EntraRoleBinding', 'principal', 'x', 'test/x: principal "x" must be an IManagedIdentity'],
  ['new EntraRoleBinding', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new EntraRoleBinding', 'role', 'x', 'test/x: role "x" must be an EntraRole'],
  ['new ExchangeOnlineAutomation', 'acknowledgeGlobalAdministratorGrantsFullTenantControl', 'yes', 'test/x: acknowledgeGlobalAdministratorGrantsFullTenantControl "yes" must be true or false'],
  ['new ExchangeOnlineAutomation', 'automationAccountName', 42, 'test/x: automationAccountName 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'cannotDeleteLock', 'yes', 'test/x: cannotDeleteLock "yes" must be true or false'],
  ['new ExchangeOnlineAutomation', 'connectionCheckRunbook', 'yes', 'test/x: connectionCheckRunbook "yes" must be true or false'],
  ['new ExchangeOnlineAutomation', 'createServicePrincipalIfMissing', 'yes', 'test/x: createServicePrincipalIfMissing "yes" must be true or false'],
  ['new ExchangeOnlineAutomation', 'exchangeModuleVersion', 42, 'test/x: exchangeModuleVersion 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'existingAccount', 'x', 'test/x: existingAccount "x" must be an Automation account'],
  ['new ExchangeOnlineAutomation', 'importExisting', 'x', 'test/x: importExisting "x" must be an object with the documented properties'],
  ['new ExchangeOnlineAutomation', 'importExisting.automationAccount', 42, 'test/x: importExisting.automationAccount 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'importExisting.connectionCheckRunbook', 42, 'test/x: importExisting.connectionCheckRunbook 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'importExisting.exchangeGrant', 42, 'test/x: importExisting.exchangeGrant 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'importExisting.modules', ['x'], 'test/x: importExisting.modules ["x"] must be an object with the documented properties'],
  ['new ExchangeOnlineAutomation', 'importExisting.roleAssignments', ['x'], 'test/x: importExisting.roleAssignments ["x"] must be an object with the documented properties'],
  ['new ExchangeOnlineAutomation', 'importExisting.runtimeEnvironment', 42, 'test/x: importExisting.runtimeEnvironment 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'location', 42, 'test/x: location 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'organization', 42, 'test/x: organization 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'preventDestroy', 'yes', 'test/x: preventDestroy "yes" must be true or false'],
  ['new ExchangeOnlineAutomation', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new ExchangeOnlineAutomation', 'resourceGroupName', 42, 'test/x: resourceGroupName 42 must be a string'],
  ['new ExchangeOnlineAutomation', 'roles', 'x', 'test/x: roles "x" must be a list of EntraRole (e.g. [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]); there is no default'],
  ['new ExchangeOnlineAutomation', 'runtime', 'x', 'test/x: runtime "x" must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6'],
  ['new ExchangeOnlineAutomation', 'tags', ['x'], 'test/x: tags ["x"] must be an object of tag names to values'],
  ['new ExchangeOnlineAutomation', 'userAssignedIdentity', 'x', 'test/x: userAssignedIdentity "x" must be a user-assigned identity'],
  ['new ExchangeOnlineAutomation', 'verifyOrganization', 'yes', 'test/x: verifyOrganization "yes" must be true or false'],
  ['new ExchangeOnlineModuleImport', 'account', 'x', 'test/x: account "x" must be an Automation account'],
  ['new ExchangeOnlineModuleImport', 'importModulesFrom', ['x'], 'test/x: importModulesFrom ["x"] must be an object with the documented properties'],
  ['new ExchangeOnlineModuleImport', 'importRuntimeEnvironmentFrom', 42, 'test/x: importRuntimeEnvironmentFrom 42 must be a string'],
  ['new ExchangeOnlineModuleImport', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new ExchangeOnlineModuleImport', 'runtime', 'x', 'test/x: runtime "x" must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6'],
  ['new ExchangeOnlineModuleImport', 'runtimeEnvironment', 'x', 'test/x: runtimeEnvironment "x" must be a PowerShellRuntimeEnvironment'],
  ['new ExchangeOnlineModuleImport', 'version', 42, 'test/x: version 42 must be a string'],
  ['new ExchangeOnlinePolicyChecks', 'props', 'strict', 'ExchangeOnlinePolicyChecks: props "strict" must be an object with the documented properties'],
  ['new ExchangeOnlinePolicyChecks', 'reportAsWarnings', 'yes', 'ExchangeOnlinePolicyChecks: reportAsWarnings "yes" must be true or false'],
  ['new ExchangeOnlineRunbook', 'account', 'x', 'test/x: account "x" must be an Automation account'],
  ['new ExchangeOnlineRunbook', 'description', 42, 'test/x: description 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'identity', 'x', 'test/x: identity "x" must be an IManagedIdentity'],
  ['new ExchangeOnlineRunbook', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'modules', "modules", 'test/x: modules "modules" must be an ExchangeOnlineModuleImport'],
  ['new ExchangeOnlineRunbook', 'name', 42, 'test/x: name 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'organization', 42, 'test/x: organization 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'parameters', 'x', 'test/x: parameters "x" must be a list'],
  ['new ExchangeOnlineRunbook', 'parameters[].mandatory', 'yes', 'test/x: parameters[0].mandatory "yes" must be true or false'],
  ['new ExchangeOnlineRunbook', 'parameters[].name', 42, 'test/x: parameters[0].name 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'parameters[].type', 42, 'test/x: parameters[0].type 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new ExchangeOnlineRunbook', 'schedule', 'x', 'test/x: schedule "x" must be an object with the documented properties'],
  ['new ExchangeOnlineRunbook', 'schedule.description', 42, 'test/x: schedule.description 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'schedule.frequency', 'day', 'test/x: schedule.frequency "day" must be one of OneTime, Hour, Day, Week, Month'],
  ['new ExchangeOnlineRunbook', 'schedule.importFrom', 42, 'test/x: schedule.importFrom 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'schedule.importJobScheduleFrom', 42, 'test/x: schedule.importJobScheduleFrom 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'schedule.interval', '1', 'test/x: schedule.interval "1" must be a whole number from 1 to 100'],
  ['new ExchangeOnlineRunbook', 'schedule.name', 42, 'test/x: schedule.name 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'schedule.parameters', ['x'], 'test/x: schedule.parameters ["x"] must be an object with the documented properties'],
  ['new ExchangeOnlineRunbook', 'schedule.startTime', 42, 'test/x: schedule.startTime 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'schedule.timezone', 42, 'test/x: schedule.timezone 42 must be a string'],
  ['new ExchangeOnlineRunbook', 'schedule.weekDays', 'x', 'test/x: schedule.weekDays "x" must be a list'],
  ['new ExchangeOnlineRunbook', 'schedule.monthDays', 'x', 'test/x: schedule.monthDays "x" must be a list'],
  ['new ExchangeOnlineRunbook', 'script', 'x', 'test/x: script "x" must be a RunbookScript'],
  ['new ExchangeOnlineRunbook', 'verifyOrganization', 'yes', 'test/x: verifyOrganization "yes" must be true or false'],
  ['new ExchangeOnlineRunbook', 'waitFor', 'x', 'test/x: waitFor "x" must be a list'],
  ['new ExoAppRoleGrant', 'createServicePrincipalIfMissing', 'yes', 'test/x: createServicePrincipalIfMissing "yes" must be true or false'],
  ['new ExoAppRoleGrant', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
  ['new ExoAppRoleGrant', 'principal', 'x', 'test/x: principal "x" must be an IManagedIdentity'],
  ['new ExoAppRoleGrant', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new PowerShellGalleryModule', 'account', 'x', 'test/x: account "x" must be an Automation account'],
  ['new PowerShellGalleryModule', 'dependsOn', 'x', 'test/x: dependsOn "x" must be a list'],
  ['new PowerShellGalleryModule', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
  ['new PowerShellGalleryModule', 'moduleName', 42, 'test/x: moduleName 42 must be a string'],
  ['new PowerShellGalleryModule', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new PowerShellGalleryModule', 'runtime', 'x', 'test/x: runtime "x" must be a PowerShellRuntime: PowerShellRuntime.V5_1, V7_2, V7_4 or V7_6'],
  ['new PowerShellGalleryModule', 'runtimeEnvironment', 'x', 'test/x: runtimeEnvironment "x" must be a PowerShellRuntimeEnvironment'],
  ['new PowerShellGalleryModule', 'version', 42, 'test/x: version 42 must be a string'],
  ['new PowerShellRuntimeEnvironment', 'account', 'x', 'test/x: account "x" must be an Automation account'],
  ['new PowerShellRuntimeEnvironment', 'description', 42, 'test/x: description 42 must be a string'],
  ['new PowerShellRuntimeEnvironment', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
  ['new PowerShellRuntimeEnvironment', 'name', 42, 'test/x: name 42 must be a string'],
  ['new PowerShellRuntimeEnvironment', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new PowerShellRuntimeEnvironment', 'runtime', 'x', 'test/x: runtime "x" must be a PowerShellRuntime'],
  ['new SystemAssignedIdentity', 'principalId', 42, 'test/x: principalId 42 must be a string'],
  ['new SystemAssignedIdentity', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new SystemAssignedIdentity', 'waitForEntraReplication', 'yes', 'test/x: waitForEntraReplication "yes" must be true or false'],
  ['new TenantStack', 'props', undefined, 'tenant: props (missing) must be an object with the documented properties'],
  ['new TenantStack', 'state', 'x', 'tenant: state "x" must be an object with the documented properties'],
  ['new TenantStack', 'tenant', 'x', 'tenant: tenant "x" must be an object with the documented properties'],
  ['new TenantStack', 'state.containerName', 42, 'tenant: state.containerName 42 must be a string'],
  ['new TenantStack', 'tenant.acknowledgeGlobalAdministratorGrantsFullTenantControl', 'yes', 'tenant: tenant.acknowledgeGlobalAdministratorGrantsFullTenantControl "yes" must be true or false'],
  ['new TenantStack', 'tenant.suppressions', 'x', 'tenant: tenant.suppressions "x" must be a list of { "ruleId": "EXO6", "reason": "why the finding is acceptable" }'],
  ['new TenantStack', 'tenant.suppressions[].reason', 42, 'tenant: tenant.suppressions[0].reason 42 must explain the decision in at least 10 characters'],
  ['new TenantStack', 'tenant.suppressions[].ruleId', 42, 'tenant: tenant.suppressions[0].ruleId 42 must be one of EXO1, EXO2'],
  ['new TenantStack', 'state.resourceGroupName', 42, 'tenant: state.resourceGroupName 42 must be a string'],
  ['new TenantStack', 'state.storageAccountName', 42, 'tenant: state.storageAccountName 42 must be a string'],
  ['new TenantStack', 'tenant.automationAccountName', 42, 'tenant: tenant.automationAccountName 42 must be a string'],
  ['new TenantStack', 'tenant.exchangeModuleVersion', 42, 'tenant: tenant.exchangeModuleVersion 42 must be a string'],
  ['new TenantStack', 'tenant.identity', 'x', 'tenant: tenant.identity "x" must be one of "system-assigned", "user-assigned"'],
  ['new TenantStack', 'tenant.location', 42, 'tenant: tenant.location 42 must be a string'],
  ['new TenantStack', 'tenant.name', 42, 'tenant: tenant.name 42 must be a string'],
  ['new TenantStack', 'tenant.organization', 42, 'tenant: tenant.organization 42 must be a string'],
  ['new TenantStack', 'tenant.resourceGroupName', 42, 'tenant: tenant.resourceGroupName 42 must be a string'],
  ['new TenantStack', 'tenant.roles', 'x', 'tenant: tenant.roles "x" must be a list of EntraRole values'],
  ['new TenantStack', 'tenant.runbooks', 'x', 'tenant: tenant.runbooks "x" must be a list of runbooks (empty for none)'],
  ['new TenantStack', 'tenant.runbooks[].file', 42, 'tenant: tenant.runbooks[0].file 42 must be the path of a PowerShell file'],
  ['new TenantStack', 'tenant.runbooks[].name', 42, 'tenant: tenant.runbooks[0].name 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].parameters', 'x', 'tenant: tenant.runbooks[0].parameters "x" must be a list'],
  ['new TenantStack', 'tenant.runbooks[].parameters[].mandatory', 'yes', 'tenant: tenant.runbooks[0].parameters[0].mandatory "yes" must be true or false'],
  ['new TenantStack', 'tenant.runbooks[].parameters[].name', 42, 'tenant: tenant.runbooks[0].parameters[0].name 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].parameters[].type', 42, 'tenant: tenant.runbooks[0].parameters[0].type 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].schedule', 'x', 'tenant: tenant.runbooks[0].schedule "x" must be an object with the documented properties'],
  ['new TenantStack', 'tenant.runbooks[].schedule.description', 42, 'tenant: tenant.runbooks[0].schedule.description 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].schedule.frequency', 'day', 'tenant: tenant.runbooks[0].schedule.frequency "day" must be one of OneTime, Hour, Day, Week, Month'],
  ['new TenantStack', 'tenant.runbooks[].schedule.importFrom', 42, 'tenant: tenant.runbooks[0].schedule.importFrom 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].schedule.importJobScheduleFrom', 42, 'tenant: tenant.runbooks[0].schedule.importJobScheduleFrom 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].schedule.interval', '1', 'tenant: tenant.runbooks[0].schedule.interval "1" must be a whole number from 1 to 100'],
  ['new TenantStack', 'tenant.runbooks[].schedule.name', 42, 'tenant: tenant.runbooks[0].schedule.name 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].schedule.parameters', ['x'], 'tenant: tenant.runbooks[0].schedule.parameters ["x"] must be an object with the documented properties'],
  ['new TenantStack', 'tenant.runbooks[].schedule.startTime', 42, 'tenant: tenant.runbooks[0].schedule.startTime 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].schedule.timezone', 42, 'tenant: tenant.runbooks[0].schedule.timezone 42 must be a string'],
  ['new TenantStack', 'tenant.runbooks[].schedule.weekDays', 'x', 'tenant: tenant.runbooks[0].schedule.weekDays "x" must be a list'],
  ['new TenantStack', 'tenant.runbooks[].schedule.monthDays', 'x', 'tenant: tenant.runbooks[0].schedule.monthDays "x" must be a list'],
  ['new TenantStack', 'tenant.runtime', 'x', 'tenant: tenant.runtime "x" must be a PowerShellRuntime'],
  ['new TenantStack', 'tenant.subscriptionId', 42, 'tenant: tenant.subscriptionId 42 must be a string'],
  ['new TenantStack', 'tenant.tenantId', 42, 'tenant: tenant.tenantId 42 must be a string'],
  ['new TenantStack', 'tenant.userAssignedIdentityName', 42, 'tenant: tenant.userAssignedIdentityName 42 must be a string'],
  ['new UserAssignedIdentity', 'cannotDeleteLock', 'yes', 'test/x: cannotDeleteLock "yes" must be true or false'],
  ['new UserAssignedIdentity', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
  ['new UserAssignedIdentity', 'location', 42, 'test/x: location 42 must be a string'],
  ['new UserAssignedIdentity', 'name', 42, 'test/x: name 42 must be a string'],
  ['new UserAssignedIdentity', 'preventDestroy', 'yes', 'test/x: preventDestroy "yes" must be true or false'],
  ['new UserAssignedIdentity', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
  ['new UserAssignedIdentity', 'resourceGroupName', 42, 'test/x: resourceGroupName 42 must be a string'],
  ['new UserAssignedIdentity', 'tags', ['x'], 'test/x: tags ["x"] must be an object of tag names to values'],
];

// Props whose wrong shapes are covered elsewhere.
const PROPS_ELSEWHERE: { [prop: string]: string } = {
  'ExchangeOnlinePolicyChecks#visit: node': 'called by cdktf with a construct, never by users',
  'PolicySuppressions.find: construct': 'a lookup: any construct and rule id are valid questions',
  'PolicySuppressions.find: ruleId': 'a lookup: any construct and rule id are valid questions',
};
describe('wrong-shape corpus', () => {
  test.each(CORPUS)('%s: %s', (_entry, _case, build, expected) => {
    const f = fixture();
    let error: unknown;
    try {
      build(f);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(expected);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });

  test.each(TYPE_CHECKS)('%s is true for an instance and false for look-alikes', (_entry, check, real) => {
    expect(check(real(fixture()))).toBe(true);
    for (const lookAlike of [undefined, null, '5.1', 42, {}, { templateId: GUID }, new App()]) {
      expect(check(lookAlike)).toBe(false);
    }
  });

  test('a type check accepts an instance made by a second copy of the package', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy needs a fresh require inside isolateModules
      const copy = require('../lib');
      expect(copy.PowerShellRuntime).not.toBe(PowerShellRuntime);
      expect(PowerShellRuntime.isPowerShellRuntime(copy.PowerShellRuntime.V7_4)).toBe(true);
      expect(EntraRole.isEntraRole(copy.EntraRole.GLOBAL_READER)).toBe(true);
      // And the constructs of one copy accept the values of the other.
      const f = fixture();
      const modules = new ExchangeOnlineModuleImport(f.stack, 'copy-modules', { account: f.account, runtime: copy.PowerShellRuntime.V7_2 });
      expect(modules.runtime.version).toBe('7.2');
    });
  });

  test.each(Object.keys(ENTRY_POINTS))('%s succeeds with the valid arguments the prop rows start from', (entry) => {
    const f = fixture();
    expect(() => ENTRY_POINTS[entry].call(f, ENTRY_POINTS[entry].valid(f))).not.toThrow();
  });

  test.each(PROPS)('%s: %s of the wrong shape', (entry, prop, value, expected) => {
    const f = fixture();
    const { call, valid } = ENTRY_POINTS[entry];
    let error: unknown;
    try {
      call(f, withValue(valid(f), prop, value));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(expected);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });

  test('has a row for every prop of every public entry point', () => {
    const covered = new Set([...PROPS.map(([entry, prop]) => `${entry}: ${prop}`), ...Object.keys(PROPS_ELSEWHERE)]);
    const typeChecks = new Set(TYPE_CHECKS.map(([entry]) => entry));
    expect(publicProps().filter((prop) => !covered.has(prop) && !typeChecks.has(prop.split(': ')[0]))).toEqual([]);
  }, 60_000);

  test('covers every public constructor and method that takes arguments', () => {
    const covered = new Set([...CORPUS.map(([entry]) => entry), ...TYPE_CHECKS.map(([entry]) => entry), ...Object.keys(NOT_IN_CORPUS)]);
    expect(publicEntryPoints().filter((entry) => !covered.has(entry))).toEqual([]);
  }, 60_000);
});
