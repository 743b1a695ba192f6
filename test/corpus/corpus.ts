// What the wrong-shape corpus (wrong-shape.test.ts) and the bad-input corpus (bad-input.test.ts) share: the
// shape of a construct's rows, the fixtures the rows build on, and the valid values they start from. The
// rows themselves live beside each construct's tests, one file per construct: test/<folder>/<file>.corpus.ts
// for lib/<folder>/<file>.ts. rows.ts lists those files.
import {
  AppRoleGrant, AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlineModuleImport,
  ExoAppRoleGrant, RunbookScript, ScheduleFrequency, TenantsConfig, UserAssignedIdentity,
} from '../../lib';
import { join } from 'path';
import { newStackWithProviders } from '../support/helpers';
import { TENANTS_FILE } from '../support/tenants-file';

export const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
export const EXO = { organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };
export const GUID = '11111111-1111-1111-1111-111111111111';

/** Props of a TenantStack from the test tenants file (its second tenant). */
export function tenantProps() {
  const config = TenantsConfig.load(TENANTS_FILE);
  return { tenant: config.tenants[1], state: config.state };
}

/** The constructs the wrong-shape rows use as valid arguments. */
export function fixture() {
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
export type Fixture = ReturnType<typeof fixture>;

// ---- One row per prop: the valid arguments each row starts from ----------------------------------------

export type Args = { [name: string]: any };
export const SCRIPT_FILE = join(TENANTS_FILE, '..', 'scripts', 'Get-SharedMailboxReport.ps1');
export const ACCOUNT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.Automation/automationAccounts/aa-exo-prod';
export const IDENTITY_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo';
export const OTHER_GUID = '22222222-2222-2222-2222-222222222222';
export const RUNBOOK_OPTIONS = () => ({ name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n'), parameters: [{ name: 'Days' }], schedule: { frequency: ScheduleFrequency.DAY } });
export const TENANT = () => {
  const tenant = TenantsConfig.load(TENANTS_FILE).tenants[1];
  return {
    ...tenant,
    runbooks: [{ ...tenant.runbooks[0], parameters: [{ name: 'DaysInactive', type: 'int', mandatory: true }] }],
    suppressions: [{ ruleId: 'EXO6', reason: 'reviewed by the security team' }],
  };
};

// ---- The bad-input corpus -------------------------------------------------------------------------------

export const ACCOUNT = { name: 'aa-exo-test', ...RG };
export const IMPORTED = {
  principalId: '11111111-1111-1111-1111-111111111111',
  clientId: '22222222-2222-2222-2222-222222222222',
  resourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id',
};
export const day = { frequency: ScheduleFrequency.DAY };

/** The constructs the bad-input rows use as valid arguments. */
export function badInputFixture() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', ACCOUNT);
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
  const runbook = { account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n') };
  const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', ...RG });
  return { stack, account, modules, runbook, identity };
}
export type BadInputBuild = (s: ReturnType<typeof badInputFixture>) => unknown;

/** A construct's rows in both corpora (every field optional: a construct has the rows it needs). */
export interface ConstructRows {
  /** Wrong-shape cases by hand: [entry point, case, build, text the message must contain]. */
  readonly cases?: Array<[string, string, (f: Fixture) => unknown, string]>;
  /** [entry point, the type check, a real instance]. */
  readonly typeChecks?: Array<[string, (x: unknown) => boolean, (f: Fixture) => unknown]>;
  /** Entry points with nothing to get wrong (no value a caller supplies) or exercised elsewhere. */
  readonly notInCorpus?: { [entry: string]: string };
  /** How each entry point is called with named arguments, and arguments with which it succeeds. */
  readonly entryPoints?: { [entry: string]: { call: (f: Fixture, a: Args) => unknown; valid: (f: Fixture) => Args } };
  /** [entry point, prop (as test/support/public-api.ts lists it), a wrong value, what the message must contain]. */
  readonly props?: Array<[string, string, unknown, string]>;
  /** Props whose wrong shapes are covered elsewhere. */
  readonly propsElsewhere?: { [prop: string]: string };
  /** Bad-input cases: [what, build, prop named in the message, rule text in the message]. */
  readonly badInput?: Array<[string, BadInputBuild, string, string]>;
}

/**
 * What `build` throws, checked to be a refusal (an Error, never a TypeError from inside cdktf): every
 * corpus row expects one.
 */
export function refusalOf(build: () => unknown): Error {
  let error: unknown;
  try {
    build();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(Error);
  expect(error).not.toBeInstanceOf(TypeError);
  return error as Error;
}
