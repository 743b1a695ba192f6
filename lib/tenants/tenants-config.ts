// Reads and checks a tenants file (tenants.json): the configuration an ops team edits instead of writing
// TypeScript. Every problem names the file, the JSON path (tenants[1].roles[0]) and the rule, so the file
// can be fixed from the message alone. schema/tenants.schema.json states the same rules for editors;
// test/tenants/tenants-schema.test.ts keeps the two in step.
import { readFileSync } from 'fs';
import * as path from 'path';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { RunbookScheduleOptions, ScheduleFrequency } from '../automation/runbook-schedule';
import { EntraRole } from '../entra/entra-role';
import { RunbookParameter } from '../exchange/exchange-runbook';
import { fail, requireString } from '../private/validation';

/** A runbook of a tenant, as the tenants file describes it. */
export interface TenantRunbookConfig {
  /** The runbook's name in the Automation account. */
  readonly name: string;
  /** Absolute path of the .ps1 file (the file gives it relative to its own folder). */
  readonly file: string;
  /**
   * Parameters the script declares.
   * @default - none
   */
  readonly parameters?: RunbookParameter[];
  /**
   * When the runbook runs.
   * @default - not scheduled
   */
  readonly schedule?: RunbookScheduleOptions;
}

/** One tenant: one Terraform stack with its own state. */
export interface TenantConfig {
  /** Short name: names the stack (`exo-<name>`) and its state blob. */
  readonly name: string;
  /** The tenant's id (GUID). */
  readonly tenantId: string;
  /** The Azure subscription the Automation account lives in (GUID). */
  readonly subscriptionId: string;
  /** The tenant's initial domain, `<name>.onmicrosoft.com`. */
  readonly organization: string;
  /** Azure region of the resource group and the account. */
  readonly location: string;
  /** The resource group the stack creates. */
  readonly resourceGroupName: string;
  /** The Automation account the stack creates. */
  readonly automationAccountName: string;
  /** `system-assigned` or `user-assigned`. */
  readonly identity: string;
  /**
   * Name of the user-assigned identity (only with `identity: "user-assigned"`).
   * @default - none
   */
  readonly userAssignedIdentityName?: string;
  /** Microsoft Entra roles of the identity. */
  readonly roles: EntraRole[];
  /** PowerShell runtime of the runbooks. */
  readonly runtime: PowerShellRuntime;
  /**
   * ExchangeOnlineManagement version.
   * @default - the runtime's default
   */
  readonly exchangeModuleVersion?: string;
  /** The tenant's runbooks. */
  readonly runbooks: TenantRunbookConfig[];
}

/** Where every tenant's state lives: one blob per tenant in an Azure storage account (azurerm backend). */
export interface TenantsStateConfig {
  /** Resource group of the storage account. */
  readonly resourceGroupName: string;
  /** The storage account. */
  readonly storageAccountName: string;
  /** The blob container. */
  readonly containerName: string;
}

/** A checked tenants file. */
export interface TenantsFileContent {
  /** The remote state location shared by the tenants (one blob each). */
  readonly state: TenantsStateConfig;
  /** The tenants, one stack each. */
  readonly tenants: TenantConfig[];
}

/** Identity kinds a tenant can use. */
export const TENANT_IDENTITIES = ['system-assigned', 'user-assigned'];
/** Runtime names the file uses, and the runtimes they stand for. */
export const TENANT_RUNTIMES: { [name: string]: PowerShellRuntime } = {
  '5.1': PowerShellRuntime.V5_1, '7.2': PowerShellRuntime.V7_2, '7.4': PowerShellRuntime.V7_4,
};
const TENANT_NAME = /^[a-z0-9-]{1,40}$/;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** The fields each object may have (`$comment` is allowed everywhere, `$schema` at the top). */
export const TENANT_FIELDS = {
  file: ['$schema', '$comment', 'state', 'tenants'],
  state: ['$comment', 'resourceGroupName', 'storageAccountName', 'containerName'],
  tenant: ['$comment', 'name', 'tenantId', 'subscriptionId', 'organization', 'location', 'resourceGroupName',
    'automationAccountName', 'identity', 'userAssignedIdentityName', 'roles', 'runtime', 'exchangeModuleVersion', 'runbooks'],
  runbook: ['$comment', 'name', 'file', 'parameters', 'schedule'],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, checked field by field
type Json = any;

/** Reads tenants files: one Terraform stack per tenant (see TenantStacks). */
export class TenantsConfig {
  /** Reads and checks the tenants file at `file`; runbook files resolve against its folder. */
  public static load(file: string): TenantsFileContent {
    requireString('TenantsConfig.load', 'file', file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`${file}: (file) must be readable: ${(error as Error).message}`);
    }
    return TenantsConfig.parse(text, file, path.dirname(path.resolve(file)));
  }

  /**
   * Checks the text of a tenants file. `sourceName` prefixes every message; runbook `file` paths resolve
   * against `baseDirectory`.
   */
  public static parse(text: string, sourceName: string, baseDirectory: string): TenantsFileContent {
    if (typeof text !== 'string') {
      fail('TenantsConfig.parse', 'text', text, 'must be the text of a tenants file (a string)');
    }
    requireString('TenantsConfig.parse', 'sourceName', sourceName);
    requireString('TenantsConfig.parse', 'baseDirectory', baseDirectory);
    return new Reader(sourceName, baseDirectory).file(text);
  }

  private constructor() {}
}

/** Checks one file; every error names the JSON path. */
class Reader {
  constructor(private readonly source: string, private readonly baseDirectory: string) {}

  public file(text: string): TenantsFileContent {
    let raw: Json;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return this.problem('(file)', `must be JSON: ${(error as Error).message}`);
    }
    this.object('(file)', raw, TENANT_FIELDS.file);
    if (raw.state === undefined) {
      this.problem('state', 'is required: where Terraform keeps each tenant\'s state');
    }
    this.object('state', raw.state, TENANT_FIELDS.state);
    const state: TenantsStateConfig = {
      resourceGroupName: this.text('state.resourceGroupName', raw.state.resourceGroupName),
      storageAccountName: this.text('state.storageAccountName', raw.state.storageAccountName),
      containerName: this.text('state.containerName', raw.state.containerName),
    };
    if (!Array.isArray(raw.tenants) || raw.tenants.length === 0) {
      this.problem('tenants', 'must list at least one tenant');
    }
    const names = new Set<string>();
    const tenants = raw.tenants.map((tenant: Json, i: number) => {
      const config = this.tenant(tenant, `tenants[${i}]`);
      if (names.has(config.name)) {
        this.problem(`tenants[${i}].name`, `"${config.name}" is used twice; each tenant needs its own name`);
      }
      names.add(config.name);
      return config;
    });
    return { state, tenants };
  }

  private tenant(t: Json, at: string): TenantConfig {
    this.object(at, t, TENANT_FIELDS.tenant);
    const name = this.text(`${at}.name`, t.name);
    if (!TENANT_NAME.test(name)) {
      this.problem(`${at}.name`, `"${name}" must be 1-40 lowercase letters, digits or hyphens (it names the stack and its state blob)`);
    }
    const identity = t.identity;
    if (!TENANT_IDENTITIES.includes(identity)) {
      this.problem(`${at}.identity`, `must be "system-assigned" or "user-assigned" (found ${JSON.stringify(identity)})`);
    }
    if (identity === 'system-assigned' && t.userAssignedIdentityName !== undefined) {
      this.problem(`${at}.userAssignedIdentityName`, 'is only for identity "user-assigned"');
    }
    if (!Array.isArray(t.roles)) {
      this.problem(`${at}.roles`, 'must list Microsoft Entra role names, e.g. ["Exchange Recipient Administrator"]');
    }
    const supported = EntraRole.exchangeOnlineSupportedRoles();
    const roles = t.roles.map((roleName: unknown, r: number) => {
      const role = supported.find((x) => x.displayName.toLowerCase() === this.text(`${at}.roles[${r}]`, roleName).toLowerCase());
      return role ?? this.problem(`${at}.roles[${r}]`, `"${roleName}" must be one of: ${supported.map((x) => x.displayName).join(', ')}`);
    });
    const runtime = TENANT_RUNTIMES[String(t.runtime ?? '5.1')]
      ?? this.problem(`${at}.runtime`, `must be "5.1", "7.2" or "7.4" (found ${JSON.stringify(t.runtime)})`);
    if (t.runbooks !== undefined && !Array.isArray(t.runbooks)) {
      this.problem(`${at}.runbooks`, 'must be a list of runbooks');
    }
    return {
      name,
      tenantId: this.guid(`${at}.tenantId`, t.tenantId),
      subscriptionId: this.guid(`${at}.subscriptionId`, t.subscriptionId),
      organization: this.text(`${at}.organization`, t.organization),
      location: this.text(`${at}.location`, t.location),
      resourceGroupName: this.text(`${at}.resourceGroupName`, t.resourceGroupName),
      automationAccountName: this.text(`${at}.automationAccountName`, t.automationAccountName),
      identity,
      userAssignedIdentityName: identity === 'user-assigned' ? this.text(`${at}.userAssignedIdentityName`, t.userAssignedIdentityName) : undefined,
      roles,
      runtime,
      exchangeModuleVersion: t.exchangeModuleVersion === undefined ? undefined : this.text(`${at}.exchangeModuleVersion`, t.exchangeModuleVersion),
      runbooks: (t.runbooks ?? []).map((rb: Json, r: number) => this.runbook(rb, `${at}.runbooks[${r}]`)),
    };
  }

  private runbook(rb: Json, at: string): TenantRunbookConfig {
    this.object(at, rb, TENANT_FIELDS.runbook);
    const schedule = rb.schedule;
    if (schedule !== undefined) {
      this.object(`${at}.schedule`, schedule);
      if (!Object.values(ScheduleFrequency).includes(schedule.frequency)) {
        this.problem(`${at}.schedule.frequency`, `must be one of ${Object.values(ScheduleFrequency).join(', ')}`);
      }
    }
    if (rb.parameters !== undefined && !Array.isArray(rb.parameters)) {
      this.problem(`${at}.parameters`, 'must be a list of { "name", "type", "mandatory" }');
    }
    return {
      name: this.text(`${at}.name`, rb.name),
      file: path.resolve(this.baseDirectory, this.text(`${at}.file`, rb.file)),
      parameters: rb.parameters,
      schedule,
    };
  }

  private object(at: string, value: Json, fields?: string[]): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.problem(at, `must be a JSON object (found ${JSON.stringify(value)})`);
    }
    const unknown = fields === undefined ? [] : Object.keys(value).filter((key) => !fields.includes(key));
    if (unknown.length > 0) {
      const where = at === '(file)' ? unknown[0] : `${at}.${unknown[0]}`;
      this.problem(where, `is not a known field; the known fields are ${fields!.filter((f) => !f.startsWith('$')).join(', ')}`);
    }
  }

  private text(at: string, value: unknown): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(at, `must be a non-empty string (found ${JSON.stringify(value)})`);
    }
    return value as string;
  }

  private guid(at: string, value: unknown): string {
    const text = this.text(at, value);
    if (!GUID.test(text)) {
      this.problem(at, `"${text}" must be a GUID such as 11111111-2222-3333-4444-555555555555`);
    }
    return text;
  }

  private problem(at: string, rule: string): never {
    throw new Error(`${this.source}: ${at} ${rule}`);
  }
}
