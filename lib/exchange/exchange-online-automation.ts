import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { ExchangeOnlineConnection } from './connect-command';
import { ExchangeOnlineModuleImport } from './exchange-online-module';
import { ExchangeOnlineRunbook, ExchangeRunbookOptions, RunbookParameter } from './exchange-runbook';
import { ExoAppRoleGrant } from './exo-app-role-grant';
import { requireOrganization } from './organization';
import { RunbookScript } from './runbook-script';
import { AutomationAccountWithIdentity } from '../automation/automation-account';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { RunbookScheduleOptions } from '../automation/runbook-schedule';
import { AppRoleGrant } from '../entra/app-role-grant';
import { EntraRole } from '../entra/entra-role';
import { EntraRoleBinding } from '../entra/entra-role-binding';
import { TenantDomains } from '../entra/tenant-domains';
import { IManagedIdentity, IUserAssignedIdentity } from '../identity/managed-identity';
import { Annotations } from 'cdktf';
import { fail, requireGuid, requireObject } from '../private/validation';
import { MICROSOFT_GRAPH_APP_ID } from '../private/well-known-ids';

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
  /** Resource group for the Automation account (it must exist). */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /** Name of the Automation account (6-50 letters, digits or hyphens). */
  readonly automationAccountName: string;
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
   * @default - 3.9.2; 3.4.0 on PowerShell 7.2
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
   * on destroy).
   * @default false
   */
  readonly createExchangeServicePrincipalIfMissing?: boolean;
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
}

/**
 * Microsoft's whole procedure in one construct: an Automation account with a managed identity, the
 * ExchangeOnlineManagement module for the runbooks' runtime, the Exchange.ManageAsApp grant, the chosen
 * Entra roles, and runbooks that connect with `Connect-ExchangeOnline -ManagedIdentity`. Emits the
 * identity's ids and the exact connect command as Terraform outputs.
 */
export class ExchangeOnlineAutomation extends Construct {
  /** Name of the check runbook added by default. */
  public static readonly CONNECTION_CHECK_RUNBOOK_NAME: string = 'Test-ExchangeOnlineConnection';

  /** The Automation account. */
  public readonly account: AutomationAccountWithIdentity;
  /** The identity the runbooks sign in as. */
  public readonly identity: IManagedIdentity;
  /** The Exchange.ManageAsApp grant. */
  public readonly exchangeGrant: ExoAppRoleGrant;
  /** The Entra role bindings, in the order of `roles`. */
  public readonly roleBindings: EntraRoleBinding[];
  /** The module import for the runtime. */
  public readonly modules: ExchangeOnlineModuleImport;
  /** The tenant domain the runbooks connect to. */
  public readonly organization: string;
  /** The exact Connect-ExchangeOnline command for the identity (may contain a Terraform reference). */
  public readonly connectCommand: string;
  private readonly verifyOrganization: boolean;
  private readonly runbookList: ExchangeOnlineRunbook[] = [];
  private readonly appRoleGrants = new Map<string, AppRoleGrant>();

  constructor(scope: Construct, id: string, props: ExchangeOnlineAutomationProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    const verify = props.verifyOrganization ?? true;
    if (props.organization === undefined) {
      this.organization = TenantDomains.of(this).initialDomain;
    } else {
      this.organization = requireOrganization(this, 'organization', props.organization);
      if (verify) {
        TenantDomains.of(this).requireOrganization(this.organization);
      }
    }
    this.verifyOrganization = verify;
    if (!Array.isArray(props.roles)) {
      fail(this, 'roles', props.roles, 'must be a list of EntraRole (e.g. [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]); there is no default');
    }
    for (const role of props.roles) {
      if (!(role instanceof EntraRole)) {
        fail(this, 'roles', role, 'must contain EntraRole values, e.g. EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR or EntraRole.fromTemplateId(...)');
      }
    }
    if (props.roles.length === 0) {
      Annotations.of(this).addWarning(`${this.node.path}: roles is empty, so no Microsoft Entra role is assigned here; Connect-ExchangeOnline fails `
        + 'with "The role assigned to application ... isn\'t supported in this scenario" until the identity holds a supported role.');
    }

    this.account = new AutomationAccountWithIdentity(this, 'account', {
      name: props.automationAccountName,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      userAssignedIdentities: props.userAssignedIdentity ? [props.userAssignedIdentity] : undefined,
      tags: props.tags,
      preventDestroy: props.preventDestroy,
      cannotDeleteLock: props.cannotDeleteLock,
    });
    this.identity = this.account.identity;

    this.modules = new ExchangeOnlineModuleImport(this, 'exchange-modules', {
      account: this.account,
      runtime: props.runtime,
      version: props.exchangeModuleVersion,
    });
    this.exchangeGrant = new ExoAppRoleGrant(this, 'exchange-grant', {
      principal: this.identity,
      createServicePrincipalIfMissing: props.createExchangeServicePrincipalIfMissing,
    });
    // Ids derive from the role's template id, not its position, so reordering `roles` renames nothing.
    this.roleBindings = props.roles.map((role) => new EntraRoleBinding(this, `role-${role.templateId}`, {
      principal: this.identity,
      role,
      acknowledgeGlobalAdministratorGrantsFullTenantControl: props.acknowledgeGlobalAdministratorGrantsFullTenantControl,
    }));

    this.connectCommand = ExchangeOnlineConnection.commandFor(this.identity, this.organization);
    new TerraformOutput(this, 'principal_id', {
      value: this.identity.principalId,
      description: 'Object id of the identity\'s service principal (what grants and role assignments name)',
    });
    if (this.identity.clientId !== undefined) {
      new TerraformOutput(this, 'client_id', {
        value: this.identity.clientId,
        description: 'Client id of the user-assigned identity (Connect-ExchangeOnline -ManagedIdentityAccountId)',
      });
    }
    new TerraformOutput(this, 'connect_command', {
      value: this.connectCommand,
      description: 'The Connect-ExchangeOnline command the runbooks use',
    });

    if (props.connectionCheckRunbook ?? true) {
      this.addRunbook('connection-check', {
        name: ExchangeOnlineAutomation.CONNECTION_CHECK_RUNBOOK_NAME,
        description: 'Low-impact check from Microsoft\'s guide: lists the accepted domains.',
        script: RunbookScript.fromInline('Get-AcceptedDomain | Format-Table Name\n'),
      });
    }
  }

  /** The runbooks added so far (including the connection check). */
  public get runbooks(): ExchangeOnlineRunbook[] {
    return [...this.runbookList];
  }

  /** Adds a runbook that connects as the identity and runs `options.script`, optionally on a schedule. */
  public addRunbook(id: string, options: ExchangeRunbookOptions): ExchangeOnlineRunbook {
    requireObject(this, `addRunbook("${id}") options`, options);
    const runbook = new ExchangeOnlineRunbook(this, id, {
      ...options,
      account: this.account,
      modules: this.modules,
      organization: this.organization,
      verifyOrganization: this.verifyOrganization,
      identity: this.identity,
      waitFor: [this.exchangeGrant.assignment, ...this.roleBindings.map((binding) => binding.assignment)],
    });
    this.runbookList.push(runbook);
    return runbook;
  }

  /** Adds a runbook whose script is read from a `.ps1` file at synth time. */
  public addRunbookFromFile(id: string, options: ExchangeRunbookFileOptions): ExchangeOnlineRunbook {
    requireObject(this, `addRunbookFromFile("${id}") options`, options);
    return this.addRunbook(id, {
      name: options.name,
      script: RunbookScript.fromFile(options.filePath),
      parameters: options.parameters,
      schedule: options.schedule,
      description: options.description,
    });
  }

  /**
   * Grants Microsoft Graph application permissions (by value, e.g. `User.Read.All`) to the same identity,
   * for runbooks that use the Graph PowerShell SDK next to Exchange. Granting a role twice is a no-op.
   */
  public grantMicrosoftGraphAppRoles(roles: string[]): AppRoleGrant[] {
    return this.grantAppRoles(MICROSOFT_GRAPH_APP_ID, roles, 'Microsoft Graph');
  }

  /**
   * Grants app roles of any API (by its application id) to the identity. Granting a role twice is a no-op;
   * returns the grants for the roles (one grant per role).
   */
  public grantAppRoles(resourceAppId: string, roles: string[], resourceDisplayName?: string): AppRoleGrant[] {
    requireGuid(this, 'resourceAppId', resourceAppId);
    if (!Array.isArray(roles)) {
      fail(this, 'roles', roles, 'must be a list of app role values, e.g. ["User.Read.All"]');
    }
    return roles.map((role) => {
      const key = `${resourceAppId.toLowerCase()}/${role}`;
      let grant = this.appRoleGrants.get(key);
      if (!grant) {
        grant = new AppRoleGrant(this, `app-role-${resourceAppId.toLowerCase()}-${role}`, {
          principal: this.identity, resourceAppId, roles: [role], resourceDisplayName,
        });
        this.appRoleGrants.set(key, grant);
      }
      return grant;
    });
  }
}
