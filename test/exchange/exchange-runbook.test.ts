import {
  AutomationAccountWithIdentity, EntraRole, ExchangeOnlineAutomation, ExoAppRoleGrant, ExchangeOnlineModuleImport, ExchangeOnlineRunbook,
  PowerShellRuntime, RunbookScript, ScheduleFrequency, UserAssignedIdentity,
} from '../../lib';
import { Testing } from 'cdktf';
import { annotations, annotationsAfterSynth, newStackWithProviders, onlyResource, resourcesOf, synthJson } from '../support/helpers';

function setup(runtime = PowerShellRuntime.V5_1) {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime });
  const base = { account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n') };
  return { stack, account, modules, base };
}

describe('ExchangeOnlineRunbook', () => {
  test.each([
    [PowerShellRuntime.V5_1, 'PowerShell', 'azurerm_automation_module'],
    [PowerShellRuntime.V7_2, 'PowerShell72', 'azurerm_automation_powershell72_module'],
    [PowerShellRuntime.V7_4, 'PowerShell', 'azurerm_automation_runtime_environment_package'],
    [PowerShellRuntime.V7_6, 'PowerShell', 'azurerm_automation_runtime_environment_package'],
  ])('%s: runbook type %s, created only after every %s', (runtime, runbookType, moduleType) => {
    const { stack, base } = setup(runtime);
    new ExchangeOnlineRunbook(stack, 'runbook', base);
    const json = synthJson(stack);
    const runbook = onlyResource(json, 'azurerm_automation_runbook');
    expect(runbook).toMatchObject({ name: 'Work', runbook_type: runbookType, log_progress: true, log_verbose: false, location: 'westeurope', resource_group_name: 'rg' });
    const moduleIds = Object.keys(resourcesOf(json, moduleType)).map((id) => `${moduleType}.${id}`);
    expect(moduleIds.length).toBeGreaterThan(0);
    expect([...runbook.depends_on].sort()).toEqual(moduleIds.sort());
  });

  test('PowerShell 7.4: the runbook names the runtime environment', () => {
    const { stack, base } = setup(PowerShellRuntime.V7_4);
    new ExchangeOnlineRunbook(stack, 'runbook', base);
    const json = synthJson(stack);
    const environmentId = Object.keys(resourcesOf(json, 'azurerm_automation_runtime_environment'))[0];
    expect(onlyResource(json, 'azurerm_automation_runbook').runtime_environment_name)
      .toBe(`\${azurerm_automation_runtime_environment.${environmentId}.name}`);
  });

  test('5.1 runbooks have no runtime environment name', () => {
    const { stack, base } = setup();
    new ExchangeOnlineRunbook(stack, 'runbook', base);
    expect(onlyResource(synthJson(stack), 'azurerm_automation_runbook').runtime_environment_name).toBeUndefined();
  });

  test('a schedule links the runbook with lowercase parameter keys and waits for waitFor', () => {
    const { stack, account, base } = setup();
    const runbook = new ExchangeOnlineRunbook(stack, 'runbook', {
      ...base,
      parameters: [{ name: 'MailboxIdentity', mandatory: true }, { name: 'DaysBack', type: 'int' }],
      schedule: { frequency: ScheduleFrequency.DAY, interval: 2, parameters: { MailboxIdentity: 'shared@contoso.com', DAYSBACK: '7' } },
      waitFor: [account.resource],
    });
    const json = synthJson(stack);
    const schedule = onlyResource(json, 'azurerm_automation_schedule');
    expect(schedule).toMatchObject({ name: 'Work-schedule', frequency: 'Day', interval: 2, timezone: 'Etc/UTC' });
    expect(schedule.start_time).toBeUndefined();
    const runbookId = Object.keys(resourcesOf(json, 'azurerm_automation_runbook'))[0];
    const scheduleId = Object.keys(resourcesOf(json, 'azurerm_automation_schedule'))[0];
    const accountId = Object.keys(resourcesOf(json, 'azurerm_automation_account'))[0];
    expect(onlyResource(json, 'azurerm_automation_job_schedule')).toEqual(expect.objectContaining({
      runbook_name: `\${azurerm_automation_runbook.${runbookId}.name}`,
      schedule_name: `\${azurerm_automation_schedule.${scheduleId}.name}`,
      parameters: { mailboxidentity: 'shared@contoso.com', daysback: '7' },
      depends_on: [`azurerm_automation_account.${accountId}`],
    }));
    expect(runbook.jobSchedule).toBeDefined();
  });

  test('a one-time schedule sends no interval; a weekly one keeps its days and start time', () => {
    const { stack, base } = setup();
    new ExchangeOnlineRunbook(stack, 'once', { ...base, name: 'Once', schedule: { frequency: ScheduleFrequency.ONE_TIME, startTime: '2099-01-01T06:00:00Z' } });
    new ExchangeOnlineRunbook(stack, 'weekly', {
      ...base, name: 'Weekly',
      schedule: { frequency: ScheduleFrequency.WEEK, weekDays: ['Monday', 'Friday'], startTime: '2099-01-05T07:00:00+01:00', timezone: 'Europe/Amsterdam', name: 'weekly run' },
    });
    const schedules = Object.values(resourcesOf(synthJson(stack), 'azurerm_automation_schedule')) as any[];
    const once = schedules.find((s) => s.name === 'Once-schedule');
    const weekly = schedules.find((s) => s.name === 'weekly run');
    expect(once).toMatchObject({ frequency: 'OneTime', start_time: '2099-01-01T06:00:00Z' });
    expect(once.interval).toBeUndefined();
    expect(weekly).toMatchObject({ frequency: 'Week', interval: 1, week_days: ['Monday', 'Friday'], timezone: 'Europe/Amsterdam', start_time: '2099-01-05T07:00:00+01:00' });
  });

  test('warns when the start time is less than five minutes ahead', () => {
    const { stack, base } = setup();
    const runbook = new ExchangeOnlineRunbook(stack, 'runbook', { ...base, schedule: { frequency: ScheduleFrequency.DAY, startTime: '2020-01-01T00:00:00Z' } });
    expect(annotationsAfterSynth(runbook, 'warn').join('\n')).toContain('[EXO12] schedule.startTime is less than five minutes ahead; Azure rejects it when the schedule is created (an existing schedule is unaffected). Leave it unset to start seven minutes after creation. (schedule.startTime: 2020-01-01T00:00:00Z)');
  });

  test('warns when the script connects by itself', () => {
    const { stack, base } = setup();
    const runbook = new ExchangeOnlineRunbook(stack, 'runbook', { ...base, script: RunbookScript.fromInline('Connect-ExchangeOnline -Device\n') });
    expect(annotationsAfterSynth(runbook, 'warn').join('\n')).toContain('[EXO14] The script calls Connect-ExchangeOnline itself');
  });

  describe('bad input', () => {
    const cases: Array<[string, (b: any) => any, string]> = [
      ['runbook name with a space', (b) => ({ ...b, name: 'My Runbook' }), 'test/runbook: name "My Runbook" must be 1-63 letters, digits, hyphens or underscores'],
      ['organization that is not the initial domain', (b) => ({ ...b, organization: 'contoso.com' }), 'test/runbook: organization "contoso.com" must be the tenant\'s initial domain, <name>.onmicrosoft.com'],
      ['empty script', (b) => ({ ...b, script: RunbookScript.fromInline('  ') }), 'test/runbook: script "  " must not be empty'],
      ['script that is a string', (b) => ({ ...b, script: 'Get-Mailbox' }), 'test/runbook: script "Get-Mailbox" must be a RunbookScript'],
      ['script param() that disagrees with parameters', (b) => ({ ...b, parameters: [{ name: 'Name', mandatory: true }],
        script: RunbookScript.fromInline('# report\n[CmdletBinding()]\nparam([string]$Name)\nGet-Mailbox $Name') }),
        'test/runbook: parameters "Name (mandatory)" must agree with the script\'s param() block (Name), which is what the runbook declares'],
      ['script param() with another name than parameters', (b) => ({ ...b, parameters: [{ name: 'Mailbox' }], script: RunbookScript.fromInline('param($Name)\nGet-Mailbox $Name') }),
        'test/runbook: parameters "Mailbox" must agree with the script\'s param() block (Name)'],
      ['script param() with a type other than parameters', (b) => ({ ...b, parameters: [{ name: 'Days', type: 'int' }], script: RunbookScript.fromInline('param([string]$Days)\nGet-Mailbox') }),
        'test/runbook: parameters "Days" must agree with the script\'s param() block (Days)'],
      ['schedule parameter the script param() does not declare', (b) => ({ ...b, script: RunbookScript.fromInline('param($Name)\nGet-Mailbox $Name'),
        schedule: { frequency: ScheduleFrequency.DAY, parameters: { Days: '3' } } }),
        'test/runbook: schedule.parameters "Days" is not a parameter of the runbook (declared: Name); declare it in the script\'s param() block or in `parameters`'],
      ['schedule missing a mandatory parameter of the script', (b) => ({ ...b, script: RunbookScript.fromInline('param([Parameter(Mandatory)][string]$Name)\nGet-Mailbox $Name'),
        schedule: { frequency: ScheduleFrequency.DAY } }), 'must give the mandatory parameter Name'],
      ['parameter named like a common parameter', (b) => ({ ...b, parameters: [{ name: 'Verbose' }] }),
        'test/runbook: parameters[0].name "Verbose" is a PowerShell common parameter (Verbose); choose another name'],
      ['parameter named like an automatic variable', (b) => ({ ...b, parameters: [{ name: 'input' }] }),
        'test/runbook: parameters[0].name "input" is a PowerShell automatic variable ($input); choose another name'],
      ['script param() named like a common parameter', (b) => ({ ...b, script: RunbookScript.fromInline('param([string]$ErrorAction)\nGet-Mailbox') }),
        'test/runbook: script "inline script" declares the parameter $ErrorAction in its param() block, which is a PowerShell common parameter (ErrorAction)'],
      ['script param() named like an automatic variable', (b) => ({ ...b, script: RunbookScript.fromInline('param($true)\nGet-Mailbox') }),
        'declares the parameter $true in its param() block, which is a PowerShell automatic variable ($true)'],
      ['script with only comments', (b) => ({ ...b, script: RunbookScript.fromInline('# Get-Mailbox\n<# nothing #>\n') }),
        'test/runbook: script "inline script" has no command: only comments, white space or invisible characters'],
      ['script with only zero-width characters', (b) => ({ ...b, script: RunbookScript.fromInline('\u200B\u200D\n\u2060') }), 'has no command'],
      ['script with only a param() block', (b) => ({ ...b, script: RunbookScript.fromInline('param($Name)\n# todo') }), 'has no command'],
      ['script with NUL characters', (b) => ({ ...b, script: RunbookScript.fromInline('G\u0000e\u0000t\u0000') }),
        'test/runbook: script "inline script" must not contain NUL characters (the first at character 2)'],
      ['script with a byte order mark inside', (b) => ({ ...b, script: RunbookScript.fromInline('Get-Mailbox\n\uFEFFGet-User') }),
        'test/runbook: script "inline script" must not contain a byte order mark (U+FEFF) inside the text (at character 13)'],
      ['script with an unterminated here-string', (b) => ({ ...b, script: RunbookScript.fromInline('$a = @"\ntext\n "@\nGet-Mailbox') }),
        'test/runbook: script "inline script" has a here-string (@") that never ends (line 1)'],
      ['script with an unterminated block comment', (b) => ({ ...b, script: RunbookScript.fromInline('<# help\nGet-Mailbox') }),
        'has a block comment (<#) that never ends (line 1)'],
      ['script with an unclosed param block', (b) => ({ ...b, script: RunbookScript.fromInline('param([string]$Name\nGet-Mailbox') }),
        'has a param( block that is never closed with )'],
      ['parameter name with $', (b) => ({ ...b, parameters: [{ name: '$Name' }] }), 'test/runbook: parameters[0].name "$Name" must be a PowerShell parameter name'],
      ['duplicate parameter names', (b) => ({ ...b, parameters: [{ name: 'Name' }, { name: 'NAME' }] }), 'test/runbook: parameters[1].name "NAME" must be unique'],
      ['parameter type with spaces', (b) => ({ ...b, parameters: [{ name: 'Name', type: 'string; rm' }] }), 'test/runbook: parameters[0].type "string; rm" must be a PowerShell type name'],
      ['schedule parameter the runbook does not declare', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.DAY, parameters: { Mailbox: 'x' } } }),
        'test/runbook: schedule.parameters "Mailbox" is not a parameter of the runbook (declared: none)'],
      ['schedule parameters colliding by case', (b) => ({ ...b, parameters: [{ name: 'Mailbox' }], schedule: { frequency: ScheduleFrequency.DAY, parameters: { Mailbox: 'x', MAILBOX: 'y' } } }),
        'test/runbook: schedule.parameters "MAILBOX" is given twice'],
      ['schedule missing a mandatory parameter', (b) => ({ ...b, parameters: [{ name: 'Mailbox', mandatory: true }], schedule: { frequency: ScheduleFrequency.DAY } }),
        'must give the mandatory parameter Mailbox'],
      ['interval on a one-time schedule', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.ONE_TIME, interval: 2 } }), 'test/runbook: schedule.interval 2 must not be set when frequency is OneTime'],
      ['interval out of range', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.HOUR, interval: 101 } }), 'test/runbook: schedule.interval 101 must be a whole number from 1 to 100'],
      ['week days on a daily schedule', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.DAY, weekDays: ['Monday'] } }), 'test/runbook: schedule.weekDays ["Monday"] can only be set when frequency is Week'],
      ['lowercase week day', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.WEEK, weekDays: ['monday'] } }), 'test/runbook: schedule.weekDays "monday" must be one of Monday'],
      ['start time without offset', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.DAY, startTime: '2099-01-01T06:00:00' } }), 'test/runbook: schedule.startTime "2099-01-01T06:00:00" must be an RFC 3339 time'],
      ['start time without seconds', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.DAY, startTime: '2099-01-01T06:00Z' } }), 'must be an RFC 3339 time with seconds and an offset'],
      ['unknown frequency', (b) => ({ ...b, schedule: { frequency: 'Daily' } }), 'test/runbook: schedule.frequency "Daily" must be one of OneTime, Hour, Day, Week, Month'],
      ['schedule name with a period', (b) => ({ ...b, schedule: { frequency: ScheduleFrequency.DAY, name: 'daily.run' } }), 'test/runbook: schedule.name "daily.run" must be 1-128 characters without'],
    ];
    test.each(cases)('%s', (_label, change, message) => {
      const { stack, base } = setup();
      expect(() => new ExchangeOnlineRunbook(stack, 'runbook', change(base))).toThrow(message);
    });

    test('an identity that is not attached to the account', () => {
      const { stack, base } = setup();
      const stranger = new UserAssignedIdentity(stack, 'stranger', { name: 'id-other', resourceGroupName: 'rg', location: 'westeurope' });
      expect(() => new ExchangeOnlineRunbook(stack, 'runbook', { ...base, identity: stranger }))
        .toThrow('test/runbook: identity "test/stranger" must be attached to the Automation account test/account; otherwise Connect-ExchangeOnline fails with "The requested identity has not been assigned to this resource"');
    });
  });
});

describe('ExchangeOnlineAutomation', () => {
  const props = {
    organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod',
  };

  test('the whole procedure for a system-assigned identity', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR] });
    const json = synthJson(stack);
    const accountId = Object.keys(resourcesOf(json, 'azurerm_automation_account'))[0];
    const principal = `\${azurerm_automation_account.${accountId}.identity[0].principal_id}`;
    expect(onlyResource(json, 'azurerm_automation_account').identity).toEqual({ type: 'SystemAssigned' });
    expect(onlyResource(json, 'azuread_app_role_assignment').principal_object_id).toBe(principal);
    expect(onlyResource(json, 'azuread_directory_role_assignment')).toMatchObject({ principal_object_id: principal, role_id: '31392ffb-586c-42d1-9346-e59415a2cc4e' });
    expect(onlyResource(json, 'azurerm_automation_runbook').name).toBe('Test-ExchangeOnlineConnection');
    expect(Object.keys(resourcesOf(json, 'azurerm_automation_module'))).toHaveLength(3);
    const outputs = Object.values(json.output) as any[];
    expect(outputs.map((o) => o.value)).toEqual(expect.arrayContaining([
      principal,
      'Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com',
    ]));
    expect(outputs).toHaveLength(2);
    expect(exo.connectCommand).toBe('Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com');
  });

  test('a user-assigned identity: attached to the account, granted by principal id, connected by client id, with a client id output', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...props, userAssignedIdentity: identity, roles: [EntraRole.GLOBAL_READER] });
    const json = synthJson(stack);
    const identityId = Object.keys(resourcesOf(json, 'azurerm_user_assigned_identity'))[0];
    const ref = (attr: string) => `\${azurerm_user_assigned_identity.${identityId}.${attr}}`;
    expect(onlyResource(json, 'azurerm_automation_account').identity).toEqual({ type: 'UserAssigned', identity_ids: [ref('id')] });
    expect(onlyResource(json, 'azuread_app_role_assignment').principal_object_id).toBe(ref('principal_id'));
    expect(onlyResource(json, 'azuread_directory_role_assignment').principal_object_id).toBe(ref('principal_id'));
    const outputs = Object.values(json.output).map((o: any) => o.value);
    expect(outputs).toEqual(expect.arrayContaining([
      ref('principal_id'), ref('client_id'),
      `Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com -ManagedIdentityAccountId ${ref('client_id')}`,
    ]));
    expect(exo.identity).toBe(identity);
  });

  test('role binding ids follow the role, not its position, so reordering renames nothing', () => {
    const paths = (roles: EntraRole[]) => {
      const stack = newStackWithProviders();
      const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles });
      return exo.roleBindings.map((b) => b.node.path).sort();
    };
    expect(paths([EntraRole.GLOBAL_READER, EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]))
      .toEqual(paths([EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR, EntraRole.GLOBAL_READER]));
  });

  test('the check runbook can be left out; no roles is allowed but warned about', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles: [], connectionCheckRunbook: false });
    expect(resourcesOf(synthJson(stack), 'azurerm_automation_runbook')).toEqual({});
    expect(annotations(exo, 'warn').join('\n')).toContain('roles is empty');
  });

  test('Microsoft Graph app roles for the same identity, resolved by value; granting twice is a no-op', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles: [EntraRole.GLOBAL_READER] });
    const first = exo.grantMicrosoftGraphAppRoles(['User.Read.All', 'Mail.Send']);
    const second = exo.grantMicrosoftGraphAppRoles(['User.Read.All']);
    expect(second[0]).toBe(first[0]);
    const json = synthJson(stack);
    const lookups = json.data.azuread_service_principal;
    const graphLookupId = Object.keys(lookups).find((id) => lookups[id].client_id === '00000003-0000-0000-c000-000000000000')!;
    const appRoleIds = Object.values(resourcesOf(json, 'azuread_app_role_assignment')).map((a: any) => a.app_role_id);
    expect(appRoleIds).toHaveLength(3);
    expect(appRoleIds).toEqual(expect.arrayContaining([
      `\${data.azuread_service_principal.${graphLookupId}.app_role_ids["Mail.Send"]}`,
      `\${data.azuread_service_principal.${graphLookupId}.app_role_ids["User.Read.All"]}`,
      expect.stringContaining('app_role_ids["Exchange.ManageAsApp"]'),
    ]));
  });

  test.each([
    ['00000002-0000-0ff1-ce00-000000000000'],
    ['00000002-0000-0FF1-CE00-000000000000'],
  ])('asking grantAppRoles(%s) for Exchange.ManageAsApp returns the Exchange grant the construct made', (appId) => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles: [EntraRole.GLOBAL_READER] });
    const [grant] = exo.grantAppRoles(appId, ['Exchange.ManageAsApp']);
    expect(grant).toBe(exo.exchangeGrant.grant);
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(Object.keys(resourcesOf(synthJson(stack), 'azuread_app_role_assignment'))).toHaveLength(1);
  });

  test('a createServicePrincipalIfMissing that conflicts with another Exchange grant names the prop as typed', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    new ExoAppRoleGrant(stack, 'by-hand', { principal: identity });
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles: [EntraRole.GLOBAL_READER], createServicePrincipalIfMissing: true }))
      .toThrow('test/exo: createServicePrincipalIfMissing true must match the other grants on application 00000002-0000-0ff1-ce00-000000000000 in this stack (test/by-hand set it to false)');
  });

  test('scheduled runs wait for the Exchange grant and every role binding', () => {
    const stack = newStackWithProviders();
    const exo = new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles: [EntraRole.GLOBAL_READER], connectionCheckRunbook: false });
    exo.addRunbook('daily', { name: 'Daily', script: RunbookScript.fromInline('Get-Mailbox\n'), schedule: { frequency: ScheduleFrequency.DAY } });
    const json = synthJson(stack);
    const grantId = Object.keys(resourcesOf(json, 'azuread_app_role_assignment'))[0];
    const roleId = Object.keys(resourcesOf(json, 'azuread_directory_role_assignment'))[0];
    expect(onlyResource(json, 'azurerm_automation_job_schedule').depends_on)
      .toEqual([`azuread_app_role_assignment.${grantId}`, `azuread_directory_role_assignment.${roleId}`]);
  });

  test.each([
    [{ organization: 'contoso' }, 'test/exo: organization "contoso" must be the tenant\'s initial domain'],
    [{ organization: 'contoso.onmicrosoft.com.evil.com' }, 'organization "contoso.onmicrosoft.com.evil.com" must be the tenant\'s initial domain'],
    [{ roles: undefined }, 'test/exo: roles (missing) must be a list of EntraRole'],
    [{ automationAccountName: 'aa' }, 'test/exo: automationAccountName "aa" must be 6-50 letters'],
    [{ exchangeModuleVersion: '3.9.2', runtime: PowerShellRuntime.V7_2 }, 'test/exo: exchangeModuleVersion "3.9.2" does not load on PowerShell 7.2'],
    [{ exchangeModuleVersion: 'latest' }, 'test/exo: exchangeModuleVersion "latest" must be an ExchangeOnlineManagement version such as 3.10.1'],
    [{ roles: [EntraRole.GLOBAL_ADMINISTRATOR] }, 'test/exo: roles "Global Administrator" is refused by default'],
  ])('rejects %j', (override, message) => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', { ...props, roles: [EntraRole.GLOBAL_READER], ...override } as any)).toThrow(message);
  });

  test('Global Administrator with the acknowledgement', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', {
      ...props, roles: [EntraRole.GLOBAL_ADMINISTRATOR], acknowledgeGlobalAdministratorGrantsFullTenantControl: true,
    });
    expect(onlyResource(synthJson(stack), 'azuread_directory_role_assignment').role_id).toBe('62e90394-69f5-4237-9190-012177145e10');
  });
});
