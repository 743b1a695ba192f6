// The public props of ExchangeOnlineAutomation (exchange-online-automation.ts): what the whole procedure
// takes, the objects of a setup made by hand it adopts (importExisting), and the options of a runbook read
// from a file. Types only; the construct checks them.
import { IAutomationAccount } from '../automation/automation-account-interface';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { RunbookScheduleOptions } from '../automation/runbook-schedule';
import { EntraRole } from '../entra/entra-role';
import { IUserAssignedIdentity } from '../identity/managed-identity';
import { RunbookParameter } from './exchange-runbook';

/**
 * Objects of a setup made by hand (Microsoft's guide followed in the portal and PowerShell) that
 * `ExchangeOnlineAutomation` adopts instead of creating: each id is emitted as a Terraform `import` block
 * (Terraform 1.5 or later), so the first plan imports the object and later applies manage it. The README
 * ("Adopting a setup made by hand") shows the commands that find each id.
 */
export interface ExchangeOnlineImports {
  /**
   * ARM id of the Automation account (only when the construct creates the account, not with `existingAccount`).
   * @default - the account is created
   */
  readonly automationAccount?: string;
  /**
   * ARM ids of modules already imported into the account, by module name (`ExchangeOnlineManagement`,
   * `PowerShellGet`, `PackageManagement`).
   * @default - the modules are imported by this stack
   */
  readonly modules?: { [moduleName: string]: string };
  /**
   * ARM id of the PowerShell 7.4 or 7.6 runtime environment (PowerShell 7.4 and 7.6 only).
   * @default - the environment is created
   */
  readonly runtimeEnvironment?: string;
  /**
   * Import id of the Exchange.ManageAsApp grant:
   * `/servicePrincipals/<Office 365 Exchange Online object id>/appRoleAssignedTo/<assignment id>`.
   * @default - the grant is created
   */
  readonly exchangeGrant?: string;
  /**
   * Import ids of directory role assignments, by the role's template id (one of `roles`):
   * `/roleManagement/directory/roleAssignments/<assignment id>`.
   * @default - the role assignments are created
   */
  readonly roleAssignments?: { [roleTemplateId: string]: string };
  /**
   * ARM id of the `Test-ExchangeOnlineConnection` runbook, when it exists already.
   * @default - the runbook is created
   */
  readonly connectionCheckRunbook?: string;
}

/** Properties of {@link ExchangeOnlineAutomation}. */
export interface ExchangeOnlineAutomationProps {
  /**
   * The tenant's initial domain, `<name>.onmicrosoft.com`: the `-Organization` of Connect-ExchangeOnline.
   * Checked at plan time against the tenant's domains (`verifyOrganization`).
   * @default - the initial domain of the tenant the azuread provider signs in to, read at plan time
   */
  readonly organization?: string;
  /**
   * Check at `terraform plan` that `organization` is one of the tenant's domains (`data.azuread_domains`,
   * needs `Domain.Read.All`), so a stack aimed at the wrong tenant stops before anything changes.
   * @default true
   */
  readonly verifyOrganization?: boolean;
  /**
   * An Automation account that exists already (`AutomationAccountWithIdentity.fromAttributes`), to run
   * the runbooks in instead of creating one. The construct then creates no account, and
   * `resourceGroupName`, `location`, `automationAccountName`, `userAssignedIdentity`, `tags`,
   * `preventDestroy` and `cannotDeleteLock` must be left out (they describe the account it would create).
   * @default - an account is created
   */
  readonly existingAccount?: IAutomationAccount;
  /**
   * Resource group for the Automation account (it must exist). Required unless `existingAccount` is set.
   * @default - none; required without `existingAccount`
   */
  readonly resourceGroupName?: string;
  /**
   * Azure region, e.g. `westeurope`. Required unless `existingAccount` is set.
   * @default - none; required without `existingAccount`
   */
  readonly location?: string;
  /**
   * Name of the Automation account (6-50 letters, digits or hyphens). Required unless `existingAccount` is set.
   * @default - none; required without `existingAccount`
   */
  readonly automationAccountName?: string;
  /**
   * A user-assigned identity for the runbooks (created with `UserAssignedIdentity` or imported with
   * `UserAssignedIdentity.fromAttributes`).
   * @default - the Automation account's system-assigned identity
   */
  readonly userAssignedIdentity?: IUserAssignedIdentity;
  /**
   * Microsoft Entra roles for the identity. There is no default: choose the least privilege that does the
   * job (Exchange Recipient Administrator for recipients, Global Reader for reports). Connect-ExchangeOnline
   * fails until the identity holds one of the roles Microsoft supports.
   */
  readonly roles: EntraRole[];
  /**
   * PowerShell runtime of the runbooks.
   * @default PowerShellRuntime.V5_1
   */
  readonly runtime?: PowerShellRuntime;
  /**
   * ExchangeOnlineManagement version (must run on `runtime`).
   * @default - the default version of the runtime (see `ExchangeOnlineModuleImport`)
   */
  readonly exchangeModuleVersion?: string;
  /**
   * Add the guide's low-impact check runbook (`Get-AcceptedDomain | Format-Table Name`), named
   * `Test-ExchangeOnlineConnection`; start it once after deploying to prove the connection works.
   * @default true
   */
  readonly connectionCheckRunbook?: boolean;
  /**
   * Create the tenant's Office 365 Exchange Online service principal when it is missing (never deleted
   * on destroy). The same name as on `ExoAppRoleGrant` and `AppRoleGrant`.
   * @default false
   */
  readonly createServicePrincipalIfMissing?: boolean;
  /**
   * Required when `roles` includes Global Administrator: it gives every runbook full control of the tenant.
   * @default false
   */
  readonly acknowledgeGlobalAdministratorGrantsFullTenantControl?: boolean;
  /**
   * Tags for the Automation account.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * `prevent_destroy` on the Automation account (with its system-assigned identity): destroy stops
   * with an error instead of deleting it.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * A `CanNotDelete` management lock on the Automation account.
   * @default false
   */
  readonly cannotDeleteLock?: boolean;
  /**
   * Objects of a setup made by hand to adopt through Terraform `import` blocks instead of creating them.
   * @default - everything is created
   */
  readonly importExisting?: ExchangeOnlineImports;
}

/** Options of {@link ExchangeOnlineAutomation.addRunbookFromFile}. */
export interface ExchangeRunbookFileOptions {
  /** Runbook name. */
  readonly name: string;
  /** Path of the `.ps1` file (relative to where `cdktf synth` runs). */
  readonly filePath: string;
  /**
   * Parameters of the runbook.
   * @default - none
   */
  readonly parameters?: RunbookParameter[];
  /**
   * When to run it.
   * @default - no schedule
   */
  readonly schedule?: RunbookScheduleOptions;
  /**
   * Description shown in the portal.
   * @default - none
   */
  readonly description?: string;
  /**
   * ARM id of the runbook when it exists already, to adopt with a Terraform `import` block.
   * @default - the runbook is created
   */
  readonly importFrom?: string;
}
