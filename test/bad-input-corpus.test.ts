// One table of invalid inputs across every construct and prop. Each must fail at construction time with
// an Error whose message names the construct path (or factory), the prop and the rule: never a
// TypeError or a stack trace from inside cdktf.
import {
  AppRoleGrant, AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation,
  ExchangeOnlineModuleImport, ExchangeOnlineRunbook, ExoAppRoleGrant, PolicySuppressions, PowerShellGalleryModule,
  PowerShellRuntime, PowerShellRuntimeEnvironment, RunbookScript, ScheduleFrequency, SystemAssignedIdentity,
  UserAssignedIdentity,
} from '../lib';
import { newStackWithProviders } from './helpers';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
const ACCOUNT = { name: 'aa-exo-test', ...RG };
const EXO = { organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };
const IMPORTED = {
  principalId: '11111111-1111-1111-1111-111111111111',
  clientId: '22222222-2222-2222-2222-222222222222',
  resourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id',
};

type Build = (s: ReturnType<typeof fixture>) => unknown;

function fixture() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', ACCOUNT);
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
  const runbook = { account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n') };
  const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
  return { stack, account, modules, runbook, identity };
}

const day = { frequency: ScheduleFrequency.DAY };

// [what, build, prop named in the message, rule text in the message]
const CORPUS: Array<[string, Build, string, string]> = [
  // UserAssignedIdentity
  ['identity: no props', (f) => new UserAssignedIdentity(f.stack, 'x', undefined as any), 'props', 'must be an object'],
  ['identity: name too short', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'ab', ...RG }), 'name "ab"', 'must be 3-128 letters'],
  ['identity: name with a dot', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id.exo', ...RG }), 'name "id.exo"', 'must be 3-128 letters'],
  ['identity: empty name', (f) => new UserAssignedIdentity(f.stack, 'x', { name: '', ...RG }), 'name ""', 'must not be empty'],
  ['identity: name not a string', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 42 as any, ...RG }), 'name 42', 'must be a string'],
  ['identity: resource group ends with a period', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, resourceGroupName: 'rg.' }), 'resourceGroupName "rg."', 'must not end with a period'],
  ['identity: blank region', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, location: '  ' }), 'location "  "', 'must not be empty'],
  ['identity: tag key with /', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, tags: { 'a/b': 'x' } }), 'tags key "a/b"', 'must be 1-512 bytes in UTF-8 without < > % & \\ ? /'],
  ['identity: tag value too long', (f) => new UserAssignedIdentity(f.stack, 'x', { name: 'id-x', ...RG, tags: { a: 'x'.repeat(257) } }), 'tags["a"]', 'at most 256 bytes in UTF-8 (257 bytes)'],
  // UserAssignedIdentity.fromAttributes / SystemAssignedIdentity
  ['imported identity: principal id not a GUID', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, principalId: 'abc' }), 'principalId "abc"', 'must be a GUID'],
  ['imported identity: client id with braces', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, clientId: `{${IMPORTED.clientId}}` }), 'clientId', 'must be a GUID'],
  ['imported identity: client id equals principal id', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, clientId: IMPORTED.principalId }), 'clientId', 'must differ from principalId'],
  ['imported identity: resource id of another type', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, resourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm' }), 'resourceId', 'must be /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>, with that exact case'],
  ['imported identity: nil principal id', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, principalId: '00000000-0000-0000-0000-000000000000' }), 'principalId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID: it names no object'],
  ['imported identity: client id with a trailing space', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, clientId: `${IMPORTED.clientId} ` }), `clientId "${IMPORTED.clientId} "`, 'must not begin or end with whitespace'],
  ['imported identity: resource id with a trailing space', (f) => UserAssignedIdentity.fromAttributes(f.stack, 'x', { ...IMPORTED, resourceId: `${IMPORTED.resourceId} ` }), 'resourceId', 'must not begin or end with whitespace'],
  ['system identity: nil principal id', (f) => new SystemAssignedIdentity(f.stack, 'x', { principalId: '00000000-0000-0000-0000-000000000000' }), 'principalId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID'],
  ['system identity: principal id empty', (f) => new SystemAssignedIdentity(f.stack, 'x', { principalId: '' }), 'principalId ""', 'must not be empty'],
  // AutomationAccountWithIdentity
  ['account: no props', (f) => new AutomationAccountWithIdentity(f.stack, 'x', null as any), 'props null', 'must be an object'],
  ['account: name of 5 characters', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, name: 'abcde' }), 'name "abcde"', 'must be 6-50 letters, digits or hyphens'],
  ['account: name ending with a hyphen', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, name: 'aa-exo-' }), 'name "aa-exo-"', 'ending with a letter or digit'],
  ['account: name with underscore', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, name: 'aa_exo_prod' }), 'name "aa_exo_prod"', 'must be 6-50 letters, digits or hyphens'],
  ['account: no identity at all', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, systemAssignedIdentity: false }), 'userAssignedIdentities', 'must list at least one identity when systemAssignedIdentity is false'],
  ['account: identities not a list', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, userAssignedIdentities: f.identity as any }), 'userAssignedIdentities', 'must be a list'],
  ['account: identity that is a string', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, userAssignedIdentities: ['id-exo' as any] }), 'userAssignedIdentities[0] "id-exo"', 'must be a user-assigned identity'],
  ['account: same identity twice', (f) => new AutomationAccountWithIdentity(f.stack, 'x', { ...ACCOUNT, userAssignedIdentities: [f.identity, f.identity] }), 'userAssignedIdentities "test/identity"', 'must not list the same identity twice'],
  // EntraRole / EntraRoleBinding
  ['role: template id not a GUID', () => EntraRole.fromTemplateId('Exchange Administrator', 'Exchange Administrator'), 'templateId "Exchange Administrator"', 'must be a GUID'],
  ['binding: no principal', (f) => new EntraRoleBinding(f.stack, 'x', { principal: undefined as any, role: EntraRole.GLOBAL_READER }), 'principal (missing)', 'must be an IManagedIdentity'],
  ['binding: role given as a string', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: 'Global Reader' as any }), 'role "Global Reader"', 'must be an EntraRole'],
  ['binding: Global Administrator without acknowledgement', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_ADMINISTRATOR }), 'role "Global Administrator"', 'is refused by default'],
  ['role: nil template id', () => EntraRole.fromTemplateId('00000000-0000-0000-0000-000000000000', 'Placeholder'), 'templateId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID'],
  ['binding: nil administrative unit', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_READER, administrativeUnitId: '00000000-0000-0000-0000-000000000000' }), 'administrativeUnitId "00000000-0000-0000-0000-000000000000"', 'must not be the nil GUID'],
  ['binding: administrative unit not a GUID', (f) => new EntraRoleBinding(f.stack, 'x', { principal: f.identity, role: EntraRole.GLOBAL_READER, administrativeUnitId: 'Sales' }), 'administrativeUnitId "Sales"', 'must be a GUID'],
  // ExoAppRoleGrant / AppRoleGrant
  ['exchange grant: principal is a client id string', (f) => new ExoAppRoleGrant(f.stack, 'x', { principal: IMPORTED.clientId as any }), 'principal "22222222', 'must be an IManagedIdentity'],
  ['app role grant: no roles', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: [] }), 'roles []', 'must list at least one app role value'],
  ['app role grant: role with spaces', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: '00000003-0000-0000-c000-000000000000', roles: ['Read all users'] }), 'roles "Read all users"', 'must contain app role values'],
  ['app role grant: API by name instead of id', (f) => new AppRoleGrant(f.stack, 'x', { principal: f.identity, resourceAppId: 'Microsoft Graph', roles: ['User.Read.All'] }), 'resourceAppId "Microsoft Graph"', 'must be a GUID'],
  // Modules and runtimes
  ['modules: 3.9.2 on PowerShell 7.2', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V7_2, version: '3.9.2' }), 'version "3.9.2"', 'does not load on PowerShell 7.2'],
  ['modules: V2 module', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, version: '2.0.6' }), 'version "2.0.6"', 'is older than 3.0.0'],
  ['modules: version "latest"', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, version: 'latest' }), 'version "latest"', 'must be an ExchangeOnlineManagement version'],
  ['modules: runtime as a string', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, runtime: '7.4' as any }), 'runtime "7.4"', 'must be PowerShellRuntime.V5_1'],
  ['modules: account missing', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: undefined as any }), 'account (missing)', 'must be an Automation account (AutomationAccountWithIdentity or AutomationAccountWithIdentity.fromAttributes)'],
  ['gallery module: name with a space', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V5_1, moduleName: 'Exchange Online', version: '1.0.0' }), 'moduleName "Exchange Online"', 'must be a PowerShell Gallery module name'],
  ['gallery module: 7.4 without environment', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V7_4, moduleName: 'Az.Accounts', version: '3.0.0' }), 'runtimeEnvironment (missing)', 'is required for PowerShell 7.4'],
  ['runtime environment: name with spaces', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: f.account, name: 'my env' }), 'name "my env"', 'must start with a letter and contain only letters, digits, underscores and hyphens'],
  // Runbooks and schedules
  ['runbook: name starting with a hyphen', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, name: '-Work' }), 'name "-Work"', 'must be 1-63 letters'],
  ['runbook: organization is a vanity domain', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, organization: 'contoso.com' }), 'organization "contoso.com"', 'must be the tenant\'s initial domain'],
  ['runbook: organization is an e-mail address', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, organization: 'admin@contoso.onmicrosoft.com' }), 'organization "admin@contoso.onmicrosoft.com"', 'must be the tenant\'s initial domain'],
  ['runbook: script is a plain string', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: 'Get-Mailbox' as any }), 'script "Get-Mailbox"', 'must be a RunbookScript'],
  ['runbook: script param() disagrees with parameters', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: [{ name: 'Days' }], script: RunbookScript.fromInline('param($Name)\nGet-Mailbox $Name') }), 'parameters "Days"', 'must agree with the script\'s param() block (Name)'],
  ['runbook: script param() named Verbose', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: RunbookScript.fromInline('param([switch]$Verbose)\nGet-Mailbox') }), 'script "inline script"', 'declares the parameter $Verbose in its param() block, which is a PowerShell common parameter (Verbose)'],
  ['runbook: script of only comments', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, script: RunbookScript.fromInline('# Get-Mailbox\n') }), 'script "inline script"', 'has no command'],
  ['runbook: script file missing', () => RunbookScript.fromFile('does-not-exist.ps1'), 'filePath "does-not-exist.ps1"', 'must name a readable file'],
  ['runbook: parameters not a list', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: { name: 'A' } as any }), 'parameters', 'must be a list'],
  ['runbook: parameter name with a hyphen', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: [{ name: 'Mail-box' }] }), 'parameters[0].name "Mail-box"', 'must be a PowerShell parameter name'],
  ['runbook: modules from another account', (f) => {
    const other = new AutomationAccountWithIdentity(f.stack, 'other', { ...ACCOUNT, name: 'aa-exo-other' });
    return new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, account: other });
  }, 'modules "test/modules"', 'must be imported into the runbook\'s Automation account test/other'],
  ['schedule: parameter not declared', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, parameters: { Days: '7' } } }), 'schedule.parameters "Days"', 'is not a parameter of the runbook'],
  ['schedule: parameters not an object', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, parameters: 'days=7' as any } }), 'schedule.parameters "days=7"', 'must be an object'],
  ['schedule: parameter value a number', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, parameters: [{ name: 'Days' }], schedule: { ...day, parameters: { Days: 7 as any } } }), 'schedule.parameters["Days"] 7', 'must be a string'],
  ['schedule: interval zero', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, interval: 0 } }), 'schedule.interval 0', 'must be a whole number from 1 to 100'],
  ['schedule: interval fractional', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, interval: 1.5 } }), 'schedule.interval 1.5', 'must be a whole number from 1 to 100'],
  ['schedule: week days as a string', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { frequency: ScheduleFrequency.WEEK, weekDays: 'Monday' as any } }), 'schedule.weekDays "Monday"', 'must be a list'],
  ['schedule: start time as a date only', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-01-01' } }), 'schedule.startTime "2099-01-01"', 'must be an RFC 3339 time'],
  ['schedule: 30 February', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-02-30T06:00:00Z' } }), 'schedule.startTime "2099-02-30T06:00:00Z"', 'must be an RFC 3339 time with seconds and an offset, e.g. 2026-12-01T06:00:00Z or 2026-12-01T07:00:00+01:00: day 30 does not exist in 2099-02 (it has 28 days)'],
  ['schedule: 29 February of a common year', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2100-02-29T06:00:00Z' } }), 'schedule.startTime "2100-02-29T06:00:00Z"', 'day 29 does not exist in 2100-02'],
  ['schedule: hour 24', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-01-01T24:00:00Z' } }), 'schedule.startTime "2099-01-01T24:00:00Z"', 'hour 24 does not exist (0-23)'],
  ['schedule: offset out of range', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, startTime: '2099-01-01T06:00:00+24:00' } }), 'schedule.startTime "2099-01-01T06:00:00+24:00"', 'offset +24:00 is out of range'],
  ['schedule: month days on a weekly schedule', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { frequency: ScheduleFrequency.WEEK, monthDays: [1] } }), 'schedule.monthDays [1]', 'can only be set for a MONTH schedule'],
  ['schedule: month day 0', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { frequency: ScheduleFrequency.MONTH, monthDays: [0] } }), 'schedule.monthDays 0', 'must be a day of the month from 1 to 31, or -1 for the last day'],
  ['schedule: empty time zone', (f) => new ExchangeOnlineRunbook(f.stack, 'x', { ...f.runbook, schedule: { ...day, timezone: '' } }), 'schedule.timezone ""', 'must not be empty'],
  // ExchangeOnlineAutomation
  ['procedure: no props', (f) => new ExchangeOnlineAutomation(f.stack, 'x', undefined as any), 'props (missing)', 'must be an object'],
  ['procedure: organization with a trailing dot', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, organization: 'contoso.onmicrosoft.com.' }), 'organization "contoso.onmicrosoft.com."', 'must be the tenant\'s initial domain'],
  ['procedure: roles missing', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, roles: undefined as any }), 'roles (missing)', 'must be a list of EntraRole'],
  ['procedure: role names as strings', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, roles: ['Exchange Administrator' as any] }), 'roles "Exchange Administrator"', 'must be a list of EntraRole values'],
  ['procedure: Graph roles not a list', (f) => new ExchangeOnlineAutomation(f.stack, 'x', EXO).grantMicrosoftGraphAppRoles('User.Read.All' as any), 'roles "User.Read.All"', 'must be a list of app role values'],
  ['procedure: addRunbook without options', (f) => new ExchangeOnlineAutomation(f.stack, 'x', EXO).addRunbook('r', undefined as any), 'addRunbook("r") options (missing)', 'must be an object'],
  // Policy suppressions
  ['suppression: short reason', (f) => PolicySuppressions.add(f.stack, [{ ruleId: 'EXO6', reason: 'ok' }]), 'reason of EXO6 "ok"', 'at least 10 characters'],
  ['suppression: unknown rule', (f) => PolicySuppressions.add(f.stack, [{ ruleId: 'AwsSolutions-IAM4', reason: 'copied from cdk-nag' }]), 'ruleId "AwsSolutions-IAM4"', 'must be one of EXO1'],
];

describe('bad-input corpus', () => {
  test('has at least 40 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  test.each(CORPUS)('%s', (_what, build, prop, rule) => {
    const f = fixture();
    let error: unknown;
    try {
      build(f);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    const message = (error as Error).message;
    expect(message).toContain(prop);
    expect(message).toContain(rule);
    expect(message).toMatch(/^(test(\/[\w.-]+)*|EntraRole\.fromTemplateId|RunbookScript\.fromFile): /);
    expect(message).not.toMatch(/node_modules|at Object\.|\n\s+at /);
  });
});
