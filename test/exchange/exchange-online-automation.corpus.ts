// The rows of ExchangeOnlineAutomation (lib/exchange/exchange-online-automation.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { ExchangeOnlineAutomation } from '../../lib';
import { ConstructRows, EXO, GUID, SCRIPT_FILE, RUNBOOK_OPTIONS } from '../corpus/corpus';

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

export const ROWS: ConstructRows = {
  cases: [
    ['new ExchangeOnlineAutomation', 'runtime "7.4"', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, runtime: '7.4' as any }), 'test/x: runtime "7.4" must be PowerShellRuntime.V5_1'],
    ['new ExchangeOnlineAutomation', 'existingAccount a name', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { organization: 'contoso.onmicrosoft.com', roles: [], existingAccount: 'aa-exo' as any }), 'test/x: existingAccount "aa-exo" must be an Automation account'],
    ['new ExchangeOnlineAutomation', 'userAssignedIdentity a client id', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, userAssignedIdentity: GUID as any }), `test/x: userAssignedIdentity "${GUID}" must be a user-assigned identity (UserAssignedIdentity or UserAssignedIdentity.fromAttributes)`],
    ['new ExchangeOnlineAutomation', 'preventDestroy a string', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, preventDestroy: 'true' as any }), 'test/x: preventDestroy "true" must be true or false'],
    ['new ExchangeOnlineAutomation', 'importExisting a string', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, importExisting: '/subscriptions/x' as any }), 'test/x: importExisting "/subscriptions/x" must be an object'],
    ['ExchangeOnlineAutomation#addRunbook', 'options a string', (f) => f.exo.addRunbook('r', 'Get-Mailbox' as any), 'test/exo: addRunbook("r") options "Get-Mailbox" must be an object'],
    ['ExchangeOnlineAutomation#addRunbookFromFile', 'options missing', (f) => f.exo.addRunbookFromFile('r', undefined as any), 'test/exo: addRunbookFromFile("r") options (missing) must be an object'],
    ['ExchangeOnlineAutomation#grantMicrosoftGraphAppRoles', 'roles a string', (f) => f.exo.grantMicrosoftGraphAppRoles('User.Read.All' as any), 'test/exo: roles "User.Read.All" must be a list of app role values'],
    ['ExchangeOnlineAutomation#grantAppRoles', 'app id a name', (f) => f.exo.grantAppRoles('Microsoft Graph', ['User.Read.All']), 'test/exo: resourceAppId "Microsoft Graph" must be a GUID'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['ExchangeOnlineAutomation#grantAppRoles', 'display name a number', (f) => f.exo.grantAppRoles(GUID, ['User.Read.All'], 42 as any), 'test/exo: resourceDisplayName 42 must be a string'],
  ],
  entryPoints: {
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
  },
  props: [
    ['ExchangeOnlineAutomation#addRunbook', 'id', 42, 'test/exo: addRunbook() id 42 must be a string'],
    ['ExchangeOnlineAutomation#addRunbook', 'options', undefined, 'test/exo: addRunbook("r") options (missing) must be an object with the documented properties'],
    ['ExchangeOnlineAutomation#addRunbook', 'script', 'x', 'test/exo/r: script "x" must be a RunbookScript'],
    ['ExchangeOnlineAutomation#addRunbookFromFile', 'filePath', 42, 'test/exo: addRunbookFromFile("r") options.filePath 42 must be the path of a PowerShell file'],
    ['ExchangeOnlineAutomation#addRunbookFromFile', 'id', 42, 'test/exo: addRunbookFromFile() id 42 must be a string'],
    ['ExchangeOnlineAutomation#addRunbookFromFile', 'options', undefined, 'test/exo: addRunbookFromFile("r") options (missing) must be an object with the documented properties'],
    ['ExchangeOnlineAutomation#grantAppRoles', 'resourceAppId', 42, 'test/exo: resourceAppId 42 must be a string'],
    ['ExchangeOnlineAutomation#grantAppRoles', 'resourceDisplayName', 42, 'test/exo: resourceDisplayName 42 must be a string'],
    ['ExchangeOnlineAutomation#grantAppRoles', 'roles', 'x', 'test/exo: roles "x" must be a list of app role values'],
    ['ExchangeOnlineAutomation#grantMicrosoftGraphAppRoles', 'roles', 'x', 'test/exo: roles "x" must be a list of app role values'],
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
    ...RUNBOOK_OPTION_ROWS.flatMap(([prop, value, message]) => RUNBOOK_METHODS.map((entry): [string, string, unknown, string] => [entry, prop, value, message])),
  ],
  badInput: [
    ['procedure: no props', (f) => new ExchangeOnlineAutomation(f.stack, 'x', undefined as any), 'props (missing)', 'must be an object'],
    ['procedure: organization with a trailing dot', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, organization: 'contoso.onmicrosoft.com.' }), 'organization "contoso.onmicrosoft.com."', 'must be the tenant\'s initial domain'],
    ['procedure: roles missing', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, roles: undefined as any }), 'roles (missing)', 'must be a list of EntraRole'],
    ['procedure: role names as strings', (f) => new ExchangeOnlineAutomation(f.stack, 'x', { ...EXO, roles: ['Exchange Administrator' as any] }), 'roles "Exchange Administrator"', 'must be a list of EntraRole values'],
    ['procedure: Graph roles not a list', (f) => new ExchangeOnlineAutomation(f.stack, 'x', EXO).grantMicrosoftGraphAppRoles('User.Read.All' as any), 'roles "User.Read.All"', 'must be a list of app role values'],
    ['procedure: addRunbook without options', (f) => new ExchangeOnlineAutomation(f.stack, 'x', EXO).addRunbook('r', undefined as any), 'addRunbook("r") options (missing)', 'must be an object'],
  ],
};
