// The tenants file's fields, defined once: the types TypeScript users build a TenantConfig with, the
// runtime names the file uses, and the fields each object may have. TenantsConfig reads files against
// them (tenants-config.ts), tenant-checks.ts checks the values, and schema/tenants.schema.json states the
// same for editors (test/tenants/tenants-schema.test.ts keeps the two in step).
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
/** The fields each object may have (`$comment` is allowed everywhere, `$schema` at the top). */
export const TENANT_FIELDS = {
  file: ['$schema', '$comment', 'state', 'tenants'],
  state: ['$comment', 'resourceGroupName', 'storageAccountName', 'containerName'],
  tenant: ['$comment', 'name', 'tenantId', 'subscriptionId', 'organization', 'location', 'resourceGroupName',
    'automationAccountName', 'identity', 'userAssignedIdentityName', 'roles', 'runtime', 'exchangeModuleVersion', 'runbooks',
    'acknowledgeGlobalAdministratorGrantsFullTenantControl', 'suppressions'],
  runbook: ['$comment', 'name', 'file', 'parameters', 'schedule'],
  parameter: ['name', 'type', 'mandatory'],
  schedule: ['frequency', 'interval', 'startTime', 'timezone', 'weekDays', 'parameters', 'name', 'description'],
};
