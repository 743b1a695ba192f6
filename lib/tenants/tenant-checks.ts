// The checks of one tenant and of the state location, shared by TenantStack (a TenantConfig built in code:
// paths `tenant.<field>`) and TenantsConfig (a tenants file: paths `tenants[1].<field>` after the file
// name). They run before any construct is made, with the rules the constructs apply, so a problem names
// the field the user wrote rather than the inner construct that would have refused it
// (`exo-fabrikam/exo: exchangeModuleVersion`). Each field is checked on its own and every problem goes to
// `report`, so a file's reader can list all of them; TenantStack throws the first.
import { IConstruct } from 'constructs';
import { STATE_FIELDS, TENANT_IDENTITIES, TENANT_RUNTIMES, TenantConfig, TenantsStateConfig } from './tenants-file';
import { PolicyRule } from '../policy/policy-rule';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { requireExchangeModuleVersion } from '../exchange/exchange-module-checks';
import { requireOrganization } from '../validation/organization';
import { checkRunbookParameters, checkSchedule, checkScriptText, requireRunbookName, runbookParameters } from '../exchange/runbook-checks';
import {
  requireAutomationAccountName, requireLocation, requireResourceGroupName, requireUserAssignedIdentityName,
} from '../validation/azure-names';
import { checkRoleList } from '../entra/role-rules';
import { readScriptFile } from '../validation/script-files';
import { requireKind, requireOneOf } from '../validation/shapes';
import { fail, requireGuid, requireObject, requirePattern, requireString } from '../validation/values';

/** Receives one problem: the JSON path it is about, and the error whose message says it. */
export type ProblemReport = (at: string, problem: Error) => void;

// The tenant's name becomes the stack id (`exo-<name>`) and its state blob's name.
const TENANT_NAME = /^[a-z0-9-]{1,40}$/;

type Scope = IConstruct | string;

/**
 * Whether the checks speak a tenants file's language: a file's reader passes its name (a string), so
 * messages name the file's fields and values (`"roles": ["Global Reader"]`, `"runtime": "7.4"`); a
 * TenantStack built in code passes itself, so messages name the TypeScript values (`EntraRole`, ...).
 */
const inFile = (scope: Scope): scope is string => typeof scope === 'string';

/** The runtime names a tenants file uses (`"7.4"`), by runtime. */
const RUNTIME_NAMES_IN_FILE = new Map(Object.entries(TENANT_RUNTIMES).map(([name, runtime]) => [runtime, name]));

/** Runs `check`, reporting what it throws under `at`. */
function attempt(report: ProblemReport, at: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    report(at, error as Error);
  }
}

/** Checks every field of `tenant` (at `at`, e.g. `tenant` or `tenants[1]`), reporting each problem. */
export function checkTenant(scope: Scope, at: string, tenant: TenantConfig, report: ProblemReport): void {
  attempt(report, at, () => requireObject(scope, at, tenant));
  if (tenant === null || typeof tenant !== 'object') {
    return;
  }
  const field = (name: keyof TenantConfig, check: (prop: string, value: unknown) => void) => {
    const prop = `${at}.${name}`;
    attempt(report, prop, () => check(prop, tenant[name]));
  };
  field('name', (prop, value) => requirePattern(scope, prop, value, TENANT_NAME,
    'must be 1-40 lowercase letters, digits or hyphens (it names the stack and its state blob)'));
  field('tenantId', (prop, value) => requireGuid(scope, prop, value));
  field('subscriptionId', (prop, value) => requireGuid(scope, prop, value));
  field('organization', (prop, value) => requireOrganization(scope, prop, value));
  field('location', (prop, value) => requireLocation(scope, prop, value));
  field('resourceGroupName', (prop, value) => requireResourceGroupName(scope, prop, value));
  field('automationAccountName', (prop, value) => requireAutomationAccountName(scope, prop, value));
  field('identity', (prop, value) => requireOneOf(scope, prop, value, TENANT_IDENTITIES));
  field('userAssignedIdentityName', (prop, value) => {
    if (tenant.identity === 'user-assigned') {
      requireUserAssignedIdentityName(scope, prop, value);
    } else if (value !== undefined) {
      fail(scope, prop, value, 'is only for identity "user-assigned"');
    }
  });
  field('roles', (prop, value) => checkRoles(scope, prop, value, tenant.acknowledgeGlobalAdministratorGrantsFullTenantControl, at, report));
  let runtime: PowerShellRuntime | undefined;
  field('runtime', (prop, value) => {
    runtime = requireKind<PowerShellRuntime>(scope, prop, value, 'PowerShellRuntime', 'a PowerShellRuntime, e.g. PowerShellRuntime.V5_1');
  });
  if (tenant.exchangeModuleVersion !== undefined && runtime !== undefined) {
    const known = runtime;
    // A file names a runtime by its value ("7.4") under the tenant's `runtime` field.
    const runtimeName = inFile(scope) ? (r: PowerShellRuntime) => `"${RUNTIME_NAMES_IN_FILE.get(r) ?? r.version}"` : undefined;
    field('exchangeModuleVersion', (prop, value) => requireExchangeModuleVersion(scope, prop, value, known, runtimeName));
  }
  field('acknowledgeGlobalAdministratorGrantsFullTenantControl', (prop, value) => {
    if (value !== undefined && typeof value !== 'boolean') {
      fail(scope, prop, value, 'must be true or false');
    }
  });
  field('suppressions', (prop, value) => checkSuppressions(scope, prop, value, report));
  field('runbooks', (prop, value) => checkRunbooks(scope, prop, value, report));
}

/** Checks where the state lives (at `at`, e.g. `state`). */
export function checkTenantsState(scope: Scope, at: string, state: TenantsStateConfig, report: ProblemReport): void {
  attempt(report, at, () => requireObject(scope, at, state));
  if (state === null || typeof state !== 'object') {
    return;
  }
  for (const name of STATE_FIELDS) {
    attempt(report, `${at}.${name}`, () => requireString(scope, `${at}.${name}`, state[name]));
  }
}

/**
 * Roles: EntraRole values, none twice, Global Administrator only when the tenant (at `at`) acknowledges
 * it. An empty list is allowed: the stack warns (EXO11) that Connect-ExchangeOnline fails until the
 * identity holds a supported role.
 */
function checkRoles(scope: Scope, prop: string, value: unknown, acknowledged: unknown, at: string, report: ProblemReport): void {
  if (!Array.isArray(value)) {
    fail(scope, prop, value, inFile(scope) ? 'must be a list of role names, e.g. ["Global Reader"] (empty for none)' : 'must be a list of EntraRole values');
  }
  checkRoleList(scope, value, acknowledged === true, {
    propOf: (index) => `${prop}[${index}]`,
    expected: 'an EntraRole, e.g. EntraRole.GLOBAL_READER',
    // The acknowledgement is a field of the tenant, next to its roles.
    acknowledgedOn: at,
    each: (index, check) => attempt(report, `${prop}[${index}]`, check),
  });
}

/** Suppressions: `{ ruleId, reason }` objects naming policy rules, each with a reason of 10+ characters. */
function checkSuppressions(scope: Scope, prop: string, value: unknown, report: ProblemReport): void {
  if (value === undefined) {
    return;
  }
  if (!Array.isArray(value)) {
    fail(scope, prop, value, 'must be a list of { "ruleId": "EXO6", "reason": "why the finding is acceptable" }');
  }
  const known = PolicyRule.all().map((rule) => rule.id);
  const seen = new Set<string>();
  value.forEach((entry: unknown, index: number) => {
    const at = `${prop}[${index}]`;
    attempt(report, at, () => requireObject(scope, at, entry, 'must be an object { "ruleId": ..., "reason": ... }'));
    if (entry === null || typeof entry !== 'object') {
      return;
    }
    const { ruleId, reason } = entry as { ruleId: unknown; reason: unknown };
    attempt(report, `${at}.ruleId`, () => {
      if (typeof ruleId !== 'string' || !known.includes(ruleId)) {
        fail(scope, `${at}.ruleId`, ruleId, `must be one of ${known.join(', ')}`);
      }
      if (seen.has(ruleId)) {
        fail(scope, `${at}.ruleId`, ruleId, 'is suppressed twice in this tenant');
      }
      seen.add(ruleId);
    });
    attempt(report, `${at}.reason`, () => {
      if (typeof reason !== 'string' || reason.trim().length < 10) {
        fail(scope, `${at}.reason`, reason, 'must explain the decision in at least 10 characters');
      }
    });
    for (const key of Object.keys(entry)) {
      if (key !== 'ruleId' && key !== 'reason') {
        attempt(report, `${at}.${key}`, () => fail(scope, `${at}.${key}`, (entry as Record<string, unknown>)[key], 'is not a known field; the known fields are ruleId, reason'));
      }
    }
  });
}

/** Runbooks: each with a unique name, a readable script file, and parameters and a schedule that fit. */
function checkRunbooks(scope: Scope, prop: string, value: unknown, report: ProblemReport): void {
  if (!Array.isArray(value)) {
    fail(scope, prop, value, 'must be a list of runbooks (empty for none)');
  }
  const names = new Set<string>();
  value.forEach((runbook: unknown, index: number) => {
    const at = `${prop}[${index}]`;
    attempt(report, at, () => requireObject(scope, at, runbook));
    if (runbook === null || typeof runbook !== 'object') {
      return;
    }
    const { name, file, parameters, schedule } = runbook as { name: unknown; file: unknown; parameters?: unknown; schedule?: unknown };
    attempt(report, `${at}.name`, () => {
      requireRunbookName(scope, `${at}.name`, name);
      if (names.has((name as string).toLowerCase())) {
        fail(scope, `${at}.name`, name, 'is used twice in this tenant; each runbook of an account needs its own name');
      }
      names.add((name as string).toLowerCase());
    });
    let structure: ReturnType<typeof checkScriptText> | undefined;
    attempt(report, `${at}.file`, () => {
      structure = checkScriptText(scope, `${at}.file`, readScriptFile(scope, `${at}.file`, file), String(file));
    });
    let declared: ReturnType<typeof checkRunbookParameters> | undefined;
    attempt(report, `${at}.parameters`, () => {
      declared = checkRunbookParameters(scope, `${at}.`, parameters);
      if (structure !== undefined) {
        declared = runbookParameters(scope, `${at}.`, declared, parameters, structure);
      }
    });
    // A schedule's parameters are checked against the declared ones: not when those are wrong themselves.
    if (schedule !== undefined && declared !== undefined) {
      const known = declared;
      attempt(report, `${at}.schedule`, () => checkSchedule(scope, `${at}.schedule`, schedule as never, known));
    }
  });
}
