// Wrong-shape input at every public entry point: a missing props object, a string where a runtime, role,
// script or account is expected (what JavaScript and JSON-fed callers pass), a list that is not a list.
// Each must fail with an Error naming the construct path (or the factory), the prop and what to pass,
// never a TypeError from deep inside. A second table checks the type checks (`isX`) that replace
// `instanceof`. The last test proves the tables cover every public constructor and method.
import { App } from 'cdktf';
import {
  ApiServicePrincipal, AppRoleGrant, DeployerPermissions, AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlineConnection,
  ExchangeOnlineModuleImport, ExchangeOnlinePolicyChecks, ExchangeOnlineRunbook, ExoAppRoleGrant, PolicySuppressions,
  PowerShellGalleryModule, PowerShellRuntime, PowerShellRuntimeEnvironment, RunbookScript, SystemAssignedIdentity, TenantsConfig, TenantStack, TenantStacks, UserAssignedIdentity,
} from '../lib';
import { newStackWithProviders } from './helpers';
import { publicEntryPoints } from './public-api';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
const EXO = { organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };
const GUID = '11111111-1111-1111-1111-111111111111';

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
  ['new TenantStack', 'tenant a name', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { tenant: 'contoso' as any, state: {} as any }), 'tenant: props.tenant "contoso" must be an object'],
  ['new ExchangeOnlinePolicyChecks', 'props a string', () => new ExchangeOnlinePolicyChecks('strict' as any), 'ExchangeOnlinePolicyChecks: props "strict" must be an object'],
  ['new ExchangeOnlinePolicyChecks', 'reportAsWarnings a string', () => new ExchangeOnlinePolicyChecks({ reportAsWarnings: 'yes' as any }), 'ExchangeOnlinePolicyChecks: reportAsWarnings "yes" must be true or false'],
  ['new SystemAssignedIdentity', 'props missing', (f) => new SystemAssignedIdentity(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new UserAssignedIdentity', 'props a string', (f) => new UserAssignedIdentity(f.stack, 'x', 'id-exo' as any), 'test/x: props "id-exo" must be an object'],
  ['UserAssignedIdentity.fromAttributes', 'attrs missing', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', undefined as any), 'test/x: attrs (missing) must be an object'],
  ['new AutomationAccountWithIdentity', 'props a list', (f) => new AutomationAccountWithIdentity(f.stack, 'x', [] as any), 'test/x: props [] must be an object'],
  ['new AutomationAccountWithIdentity', 'runbookIdentity a string', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { name: 'aa-exo-x', ...RG, userAssignedIdentities: [f.identity], runbookIdentity: 'id-exo' as any }), 'test/x: runbookIdentity "id-exo" must be one of userAssignedIdentities'],
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
  ['new ExoAppRoleGrant', 'flag a string', (f) => new ExoAppRoleGrant(f.stack, 'x', { principal: f.identity, createServicePrincipalIfMissing: 'true' as any }), 'createServicePrincipalIfMissing "true" must be true or false'],
  ['ExoAppRoleGrant#applyBefore', 'a number', (f) => f.exoGrant.applyBefore(7 as any), 'applyBefore() dependents 7 must be constructs'],
  ['new PowerShellRuntimeEnvironment', 'props missing', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new PowerShellRuntimeEnvironment', 'runtime "7.4"', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: f.account, runtime: '7.4' as any }), 'test/x: runtime "7.4" must be a PowerShellRuntime, e.g. PowerShellRuntime.V7_4'],
  ['new PowerShellRuntimeEnvironment', 'account a name', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: 'aa-exo-test' as any }), 'test/x: account "aa-exo-test" must be an Automation account'],
  ['new PowerShellGalleryModule', 'props missing', (f) => new PowerShellGalleryModule(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new PowerShellGalleryModule', 'runtime "5.1"', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: '5.1' as any, moduleName: 'Az.Accounts', version: '3.0.0' }), 'test/x: runtime "5.1" must be a PowerShellRuntime'],
  ['new PowerShellGalleryModule', 'dependsOn not a list', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V5_1, moduleName: 'Az.Accounts', version: '3.0.0', dependsOn: 'x' as any }), 'test/x: dependsOn "x" must be a list'],
  ['PowerShellGalleryModule.packageUri', 'version missing', () => PowerShellGalleryModule.packageUri('ExchangeOnlineManagement', undefined as any), 'PowerShellGalleryModule.packageUri: version (missing) must be a string'],
  ['new ExchangeOnlineModuleImport', 'props missing', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
  ['new ExchangeOnlineModuleImport', 'runtime "5.1"', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, runtime: '5.1' as any }), 'test/x: runtime "5.1" must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2 or PowerShellRuntime.V7_4'],
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

  test('covers every public constructor and method that takes arguments', () => {
    const covered = new Set([...CORPUS.map(([entry]) => entry), ...TYPE_CHECKS.map(([entry]) => entry), ...Object.keys(NOT_IN_CORPUS)]);
    expect(publicEntryPoints().filter((entry) => !covered.has(entry))).toEqual([]);
  }, 60_000);
});
