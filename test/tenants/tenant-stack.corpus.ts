// The rows of TenantStack and TenantStacks (lib/tenants/tenant-stack.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { TenantStack, TenantStacks, TenantsConfig } from '../../lib';
import { ConstructRows, tenantProps, TENANT } from '../corpus/corpus';
import { TENANTS_FILE } from '../support/tenants-file';

export const ROWS: ConstructRows = {
  cases: [
    ['TenantStacks.fromFile', 'app a string', () => TenantStacks.fromFile('app' as any, 'tenants.json'), 'TenantStacks.fromFile: app "app" must be the cdktf App'],
    ['TenantStacks.fromFile', 'file a number', (f) => TenantStacks.fromFile(f.stack.node.scope as any, 42 as any), 'TenantStacks.fromFile: file 42 must be a string'],
    ['new TenantStack', 'props missing', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', undefined as any), 'tenant: props (missing) must be an object'],
    ['new TenantStack', 'tenant a name', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { tenant: 'contoso' as any, state: {} as any }), 'tenant: tenant "contoso" must be an object'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['new TenantStack', 'runbooks missing', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { ...tenantProps(), tenant: { ...tenantProps().tenant, runbooks: undefined as any } }), 'tenant: tenant.runbooks (missing) must be a list of runbooks'],
    ['new TenantStack', 'identity "bogus"', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { ...tenantProps(), tenant: { ...tenantProps().tenant, identity: 'bogus' } }), 'tenant: tenant.identity "bogus" must be one of "system-assigned", "user-assigned"'],
    ['new TenantStack', 'tenant id not a GUID', (f) => new TenantStack(f.stack.node.scope as any, 'tenant', { ...tenantProps(), tenant: { ...tenantProps().tenant, tenantId: 'contoso' } }), 'tenant: tenant.tenantId "contoso" must be a GUID'],
  ],
  entryPoints: {
    'TenantStacks.fromFile': { call: (_f, a) => TenantStacks.fromFile(a.app, a.file), valid: (f) => ({ app: f.stack.node.scope, file: TENANTS_FILE }) },
    'new TenantStack': { call: (f, a) => new TenantStack(f.stack.node.scope as any, 'tenant', a.props), valid: () => ({ props: { tenant: TENANT(), state: TenantsConfig.load(TENANTS_FILE).state } }) },
  },
  props: [
    ['TenantStacks.fromFile', 'app', 'x', 'TenantStacks.fromFile: app "x" must be the cdktf App'],
    ['TenantStacks.fromFile', 'file', 42, 'TenantStacks.fromFile: file 42 must be a string'],
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
  ],
};
