// The tenants file's fields, defined once: the types TypeScript users build a TenantConfig with, the
// runtime names the file uses, and the fields each object may have (lists the compiler holds equal to the
// types). TenantsConfig reads files against them (tenants-config.ts), tenant-checks.ts checks the values,
// and scripts/tenants-schema.ts writes schema/tenants.schema.json from them for editors
// (test/repository/tenants-schema.test.ts keeps the two in step).
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { RunbookScheduleOptions } from '../automation/runbook-schedule';
import { EntraRole } from '../entra/entra-role';
import { RunbookParameter } from '../exchange/exchange-runbook';
import { PolicySuppression } from '../policy/policy-suppressions';

/** How each tenant's runbooks sign in: the values of a tenant's `identity`. */
export const TENANT_IDENTITIES = ['system-assigned', 'user-assigned'];

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
  /**
   * Required when `roles` includes Global Administrator, which gives the identity full control of the tenant.
   * @default false
   */
  readonly acknowledgeGlobalAdministratorGrantsFullTenantControl?: boolean;
  /**
   * Policy findings the team accepts for this tenant's stack, each with a reason (PolicySuppressions on the stack).
   * @default - none
   */
  readonly suppressions?: PolicySuppression[];
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

/** Runtime names the file uses, and the runtimes they stand for. */
export const TENANT_RUNTIMES: { [name: string]: PowerShellRuntime } = {
  '5.1': PowerShellRuntime.V5_1, '7.2': PowerShellRuntime.V7_2, '7.4': PowerShellRuntime.V7_4, '7.6': PowerShellRuntime.V7_6,
};

/** Each field of `T`, once, in the order messages list them: the compiler refuses a missing or an unknown one. */
type FieldsOf<T> = { readonly [K in keyof Required<T>]: true };

/** The names of `fields`, in order. */
function fieldNames<T>(fields: FieldsOf<T>): Array<keyof T & string> {
  return Object.keys(fields) as Array<keyof T & string>;
}

/** The fields of the state location (TenantsStateConfig). */
export const STATE_FIELDS = fieldNames<TenantsStateConfig>({ resourceGroupName: true, storageAccountName: true, containerName: true });
/** The fields of one tenant (TenantConfig). */
export const TENANT_CONFIG_FIELDS = fieldNames<TenantConfig>({
  name: true, tenantId: true, subscriptionId: true, organization: true, location: true, resourceGroupName: true,
  automationAccountName: true, identity: true, userAssignedIdentityName: true, roles: true, runtime: true, exchangeModuleVersion: true, runbooks: true,
  acknowledgeGlobalAdministratorGrantsFullTenantControl: true, suppressions: true,
});
/** The options of RunbookScheduleOptions a tenants file may set. */
const SCHEDULE_FIELDS: Array<keyof RunbookScheduleOptions> = ['frequency', 'interval', 'startTime', 'timezone', 'weekDays', 'parameters', 'name', 'description'];

/** The fields each object may have (`$comment` is allowed everywhere, `$schema` at the top). */
export const TENANT_FIELDS = {
  file: ['$schema', '$comment', ...fieldNames<TenantsFileContent>({ state: true, tenants: true })],
  state: ['$comment', ...STATE_FIELDS],
  tenant: ['$comment', ...TENANT_CONFIG_FIELDS],
  runbook: ['$comment', ...fieldNames<TenantRunbookConfig>({ name: true, file: true, parameters: true, schedule: true })],
  parameter: fieldNames<RunbookParameter>({ name: true, type: true, mandatory: true }),
  schedule: SCHEDULE_FIELDS,
};
