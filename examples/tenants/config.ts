// Reads and checks tenants.json. Every problem names the JSON path (tenants[1].roles[0]) and the rule,
// so someone who never writes TypeScript can fix the file from the message alone.
import { readFileSync } from 'fs';
import * as path from 'path';
import { EntraRole, PowerShellRuntime, RunbookParameter, RunbookScheduleOptions, ScheduleFrequency } from '../../lib';

/** A runbook of a tenant, as tenants.json describes it. */
export interface TenantRunbook {
  readonly name: string;
  /** Path of the .ps1 file, relative to tenants.json. */
  readonly file: string;
  readonly parameters?: RunbookParameter[];
  readonly schedule?: RunbookScheduleOptions;
}

/** One tenant: one Terraform stack. */
export interface TenantConfig {
  readonly name: string;
  readonly tenantId: string;
  readonly subscriptionId: string;
  readonly organization: string;
  readonly location: string;
  readonly resourceGroupName: string;
  readonly automationAccountName: string;
  readonly identity: 'system-assigned' | 'user-assigned';
  readonly userAssignedIdentityName?: string;
  readonly roles: EntraRole[];
  readonly runtime: PowerShellRuntime;
  readonly exchangeModuleVersion?: string;
  readonly runbooks: TenantRunbook[];
}

/** Where every tenant's state lives: one blob per tenant in an Azure storage account. */
export interface StateConfig {
  readonly resourceGroupName: string;
  readonly storageAccountName: string;
  readonly containerName: string;
}

export interface TenantsFile {
  readonly state: StateConfig;
  readonly tenants: TenantConfig[];
}

const RUNTIMES: { [version: string]: PowerShellRuntime } = {
  '5.1': PowerShellRuntime.V5_1, '7.2': PowerShellRuntime.V7_2, '7.4': PowerShellRuntime.V7_4,
};
const ROLES = new Map(EntraRole.exchangeOnlineSupportedRoles().map((role) => [role.displayName.toLowerCase(), role]));

class ConfigError extends Error {}

function problem(file: string, at: string, rule: string): never {
  throw new ConfigError(`${file}: ${at} ${rule}`);
}

function text(file: string, at: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    problem(file, at, `must be a non-empty string (found ${JSON.stringify(value)})`);
  }
  return value;
}

/** Reads tenants.json (or another file of the same shape). */
export function loadTenants(file: string): TenantsFile {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, checked field by field below
  let raw: any;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problem(file, '(file)', `must be readable JSON: ${(error as Error).message}`);
  }
  const state = raw.state ?? problem(file, 'state', 'is required: where Terraform keeps each tenant\'s state');
  const stateConfig: StateConfig = {
    resourceGroupName: text(file, 'state.resourceGroupName', state.resourceGroupName),
    storageAccountName: text(file, 'state.storageAccountName', state.storageAccountName),
    containerName: text(file, 'state.containerName', state.containerName),
  };
  if (!Array.isArray(raw.tenants) || raw.tenants.length === 0) {
    problem(file, 'tenants', 'must list at least one tenant');
  }
  const names = new Set<string>();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, checked field by field below
  const tenants = raw.tenants.map((t: any, i: number): TenantConfig => {
    const at = (key: string) => `tenants[${i}].${key}`;
    const name = text(file, at('name'), t.name);
    if (!/^[a-z0-9-]{1,40}$/.test(name)) {
      problem(file, at('name'), `"${name}" must be 1-40 lowercase letters, digits or hyphens (it names the stack and its state blob)`);
    }
    if (names.has(name)) {
      problem(file, at('name'), `"${name}" is used twice; each tenant needs its own name`);
    }
    names.add(name);
    const identity = t.identity;
    if (identity !== 'system-assigned' && identity !== 'user-assigned') {
      problem(file, at('identity'), `must be "system-assigned" or "user-assigned" (found ${JSON.stringify(identity)})`);
    }
    if (!Array.isArray(t.roles)) {
      problem(file, at('roles'), 'must list Microsoft Entra role names, e.g. ["Exchange Recipient Administrator"]');
    }
    const roles = t.roles.map((roleName: unknown, r: number) => {
      const role = ROLES.get(text(file, `${at('roles')}[${r}]`, roleName).toLowerCase());
      return role ?? problem(file, `${at('roles')}[${r}]`,
        `"${roleName}" must be one of: ${EntraRole.exchangeOnlineSupportedRoles().map((x) => x.displayName).join(', ')}`);
    });
    const runtime = RUNTIMES[String(t.runtime ?? '5.1')]
      ?? problem(file, at('runtime'), `must be "5.1", "7.2" or "7.4" (found ${JSON.stringify(t.runtime)})`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, checked field by field below
    const runbooks = (t.runbooks ?? []).map((rb: any, r: number): TenantRunbook => {
      const rat = (key: string) => `${at('runbooks')}[${r}].${key}`;
      const schedule = rb.schedule;
      if (schedule !== undefined && !Object.values(ScheduleFrequency).includes(schedule.frequency)) {
        problem(file, rat('schedule.frequency'), `must be one of ${Object.values(ScheduleFrequency).join(', ')}`);
      }
      return { name: text(file, rat('name'), rb.name), file: text(file, rat('file'), rb.file), parameters: rb.parameters, schedule };
    });
    return {
      name,
      tenantId: text(file, at('tenantId'), t.tenantId),
      subscriptionId: text(file, at('subscriptionId'), t.subscriptionId),
      organization: text(file, at('organization'), t.organization),
      location: text(file, at('location'), t.location),
      resourceGroupName: text(file, at('resourceGroupName'), t.resourceGroupName),
      automationAccountName: text(file, at('automationAccountName'), t.automationAccountName),
      identity,
      userAssignedIdentityName: identity === 'user-assigned' ? text(file, at('userAssignedIdentityName'), t.userAssignedIdentityName) : undefined,
      roles,
      runtime,
      exchangeModuleVersion: t.exchangeModuleVersion,
      runbooks,
    };
  });
  return { state: stateConfig, tenants };
}

/** The default tenants file, next to this module. */
export const DEFAULT_TENANTS_FILE = path.join(__dirname, 'tenants.json');
