import { ITerraformDependable, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { ExchangeOnlineConnection } from './connect-command';
import {
  checkModuleImports, checkRuntimeEnvironmentImport, requireExchangeModuleVersion, requireExchangeRuntime,
} from './exchange-module-checks';
import { ExchangeOnlineModuleImport } from './exchange-online-module';
import { ExchangeOnlineRunbook, ExchangeRunbookOptions, RunbookParameter } from './exchange-runbook';
import { ExoAppRoleGrant } from './exo-app-role-grant';
import { requireOrganization } from '../validation/organization';
import { RunbookScript } from './runbook-script';
import { AutomationAccountWithIdentity } from '../automation/automation-account';
import { IAutomationAccount } from '../automation/automation-account-interface';
import { requireAutomationAccount } from '../automation/account-kind';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { RunbookScheduleOptions } from '../automation/runbook-schedule';
import { ApiServicePrincipal } from '../entra/api-service-principal';
import { AppRoleGrant } from '../entra/app-role-grant';
import { EntraRole } from '../entra/entra-role';
import { EntraRoleBinding } from '../entra/entra-role-binding';
import { TenantDomains } from '../entra/tenant-domains';
import { IManagedIdentity, IUserAssignedIdentity } from '../identity/managed-identity';
import { defaultRuntimeEnvironmentName, requireAutomationAccountName, requireLocation, requireResourceGroupName } from '../validation/azure-names';
import { recordFinding } from '../rules/findings';
import { registerStackChecks } from '../stack/stack-checks';
import { checkImportId, IMPORT_ID_FORMATS } from '../validation/import-ids';
import { accountNamesOf, LiteralNames } from '../terraform/literal-names';
import { requireAppRoleValue } from '../validation/entra-names';
import { globalAdministratorRefusal } from '../entra/role-rules';
import { requireKind, requireOptionalBoolean, requireOptionalString, requireUserAssignedIdentity } from '../validation/shapes';
import { readScriptFile } from '../validation/script-files';
import { fail, isUnresolved, requireGuid, requireObject, requireString, requireTags } from '../validation/values';
import { EXCHANGE_MANAGE_AS_APP_ROLE, EXCHANGE_ONLINE_APP_ID, MICROSOFT_GRAPH_APP_ID } from '../reference/well-known-ids';

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

/**
 * Microsoft's whole procedure in one construct: an Automation account with a managed identity (or an
 * existing account), the ExchangeOnlineManagement module for the runbooks' runtime, the
 * Exchange.ManageAsApp grant, the chosen Entra roles, and runbooks that connect with
 * `Connect-ExchangeOnline -ManagedIdentity`. Emits the identity's ids and the exact connect command as
 * Terraform outputs named `<construct id>_principal_id`, `<construct id>_client_id` (user-assigned
 * identities) and `<construct id>_connect_command`.
 */
export class ExchangeOnlineAutomation extends Construct {
  /** Name of the check runbook added by default. */
  public static readonly CONNECTION_CHECK_RUNBOOK_NAME: string = 'Test-ExchangeOnlineConnection';

  /** The Automation account (created here, or `existingAccount`). */
  public readonly account: IAutomationAccount;
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
  /** Names of the Terraform outputs: `<id>_principal_id`, `<id>_client_id` (user-assigned only), `<id>_connect_command`. */
  public readonly outputNames: string[];
  private readonly verifyOrganization: boolean;
  private readonly createServicePrincipalIfMissing?: boolean;
  private readonly runbookList: ExchangeOnlineRunbook[] = [];
  private readonly appRoleGrants = new Map<string, AppRoleGrant>();

  constructor(scope: Construct, id: string, props: ExchangeOnlineAutomationProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    registerStackChecks(this);
    if (!OUTPUT_PREFIX.test(id)) {
      fail(this, 'id', id, 'must start with a letter or underscore and contain only letters, digits, underscores and hyphens: '
        + 'it names the Terraform outputs (<id>_connect_command, ...)');
    }
    const verify = requireOptionalBoolean(this, 'verifyOrganization', props.verifyOrganization) ?? true;
    if (props.organization === undefined) {
      this.organization = TenantDomains.of(this).initialDomain;
    } else {
      this.organization = requireOrganization(this, 'organization', props.organization);
      if (verify) {
        TenantDomains.of(this).requireOrganization(this.organization);
      }
    }
    this.verifyOrganization = verify;
    const roles = checkRoles(this, props);
    // Every prop handed to an inner construct is checked here first, so a message names the prop as typed.
    const runtime = requireExchangeRuntime(this, 'runtime', props.runtime);
    const version = requireExchangeModuleVersion(this, 'exchangeModuleVersion', props.exchangeModuleVersion, runtime);
    for (const flag of ['connectionCheckRunbook', 'createServicePrincipalIfMissing', 'preventDestroy', 'cannotDeleteLock'] as const) {
      requireOptionalBoolean(this, flag, props[flag]);
    }
    // The account as the user described it, checked before anything is created: import ids are compared
    // with its literal names (a created account's `name` is a reference, which the inner constructs cannot compare).
    const existing = props.existingAccount === undefined ? undefined : checkExistingAccount(this, props);
    const where = existing === undefined ? checkAccountToCreate(this, props) : accountNamesOf(existing);
    const imports = checkImports(this, props, roles, runtime, where);

    this.account = existing ?? this.createAccount(props, imports);
    this.identity = this.account.identity;
    this.createServicePrincipalIfMissing = props.createServicePrincipalIfMissing;

    this.modules = new ExchangeOnlineModuleImport(this, 'exchange-modules', {
      account: this.account,
      runtime,
      version,
      importModulesFrom: imports.modules,
      importRuntimeEnvironmentFrom: imports.runtimeEnvironment,
    });
    // Asked for here first, so a createServicePrincipalIfMissing that conflicts with another grant on
    // Exchange Online in the stack names this construct's prop.
    ApiServicePrincipal.forApp(this, EXCHANGE_ONLINE_APP_ID, {
      createServicePrincipalIfMissing: props.createServicePrincipalIfMissing, displayName: 'Office 365 Exchange Online',
    });
    this.exchangeGrant = new ExoAppRoleGrant(this, 'exchange-grant', {
      principal: this.identity,
      createServicePrincipalIfMissing: props.createServicePrincipalIfMissing,
      importFrom: imports.exchangeGrant,
    });
    // Ids derive from the role's template id, not its position, so reordering `roles` renames nothing.
    this.roleBindings = roles.map((role) => new EntraRoleBinding(this, `role-${role.templateId}`, {
      principal: this.identity,
      role,
      acknowledgeGlobalAdministratorGrantsFullTenantControl: props.acknowledgeGlobalAdministratorGrantsFullTenantControl,
      importFrom: imports.roleAssignments?.[role.templateId.toLowerCase()],
    }));
    // The Exchange.ManageAsApp grant is one of the identity's app-role grants: asking grantAppRoles for it returns it.
    this.appRoleGrants.set(grantKey(EXCHANGE_ONLINE_APP_ID, EXCHANGE_MANAGE_AS_APP_ROLE), this.exchangeGrant.grant);

    this.connectCommand = ExchangeOnlineConnection.commandFor(this.identity, this.organization);
    this.outputNames = [];
    this.output('principal_id', this.identity.principalId, 'Object id of the identity\'s service principal (what grants and role assignments name)');
    if (this.identity.clientId !== undefined) {
      this.output('client_id', this.identity.clientId, 'Client id of the user-assigned identity (Connect-ExchangeOnline -ManagedIdentityAccountId)');
    }
    this.output('connect_command', this.connectCommand, 'The Connect-ExchangeOnline command the runbooks use');

    if (props.connectionCheckRunbook ?? true) {
      this.addRunbook('connection-check', {
        name: ExchangeOnlineAutomation.CONNECTION_CHECK_RUNBOOK_NAME,
        description: 'Low-impact check from Microsoft\'s guide: lists the accepted domains.',
        script: RunbookScript.fromInline('Get-AcceptedDomain | Format-Table Name\n'),
        importFrom: imports.connectionCheckRunbook,
      });
    }
  }

  /** The runbooks added so far (including the connection check). */
  public get runbooks(): ExchangeOnlineRunbook[] {
    return [...this.runbookList];
  }

  /**
   * What a dependent must wait for before the identity can use Exchange Online: the Exchange.ManageAsApp
   * grant and every role binding. Scheduled runbooks added here already wait for them.
   */
  public get dependables(): ITerraformDependable[] {
    return [...this.exchangeGrant.dependables, ...this.roleBindings.flatMap((binding) => binding.dependables)];
  }

  /** Adds a runbook that connects as the identity and runs `options.script`, optionally on a schedule. */
  public addRunbook(id: string, options: ExchangeRunbookOptions): ExchangeOnlineRunbook {
    requireString(this, 'addRunbook() id', id);
    requireObject(this, `addRunbook("${id}") options`, options);
    const runbook = new ExchangeOnlineRunbook(this, id, {
      ...options,
      account: this.account,
      modules: this.modules,
      organization: this.organization,
      verifyOrganization: this.verifyOrganization,
      identity: this.identity,
      waitFor: this.dependables,
    });
    this.runbookList.push(runbook);
    return runbook;
  }

  /** Adds a runbook whose script is read from a `.ps1` file at synth time. */
  public addRunbookFromFile(id: string, options: ExchangeRunbookFileOptions): ExchangeOnlineRunbook {
    requireString(this, 'addRunbookFromFile() id', id);
    requireObject(this, `addRunbookFromFile("${id}") options`, options);
    // Checked here, so a missing file names this method's option rather than RunbookScript.fromFile.
    readScriptFile(this, `addRunbookFromFile("${id}") options.filePath`, options.filePath);
    return this.addRunbook(id, {
      name: options.name,
      script: RunbookScript.fromFile(options.filePath),
      parameters: options.parameters,
      schedule: options.schedule,
      description: options.description,
      importFrom: options.importFrom,
    });
  }

  /**
   * Grants Microsoft Graph application permissions (by value, e.g. `User.Read.All`) to the same identity,
   * for runbooks that use the Graph PowerShell SDK next to Exchange. Asking again for a role already
   * granted here returns the existing grant.
   */
  public grantMicrosoftGraphAppRoles(roles: string[]): AppRoleGrant[] {
    return this.grantAppRoles(MICROSOFT_GRAPH_APP_ID, roles, 'Microsoft Graph');
  }

  /**
   * Grants app roles of any API (by its application id) to the identity, one grant per role. Asking again
   * for a role already granted here returns the existing grant, Exchange.ManageAsApp included (the one rule
   * for grants: methods are idempotent; a second construct for the same grant is a synth error naming both).
   */
  public grantAppRoles(resourceAppId: string, roles: string[], resourceDisplayName?: string): AppRoleGrant[] {
    resourceAppId = requireGuid(this, 'resourceAppId', resourceAppId);
    if (!Array.isArray(roles)) {
      fail(this, 'roles', roles, 'must be a list of app role values, e.g. ["User.Read.All"]');
    }
    roles.forEach((role) => requireAppRoleValue(this, 'roles', role));
    requireOptionalString(this, 'resourceDisplayName', resourceDisplayName);
    const sameApi = (appId: string) => appId.toLowerCase() === resourceAppId.toLowerCase();
    return roles.map((role) => {
      const key = grantKey(resourceAppId, role);
      let grant = this.appRoleGrants.get(key);
      if (!grant) {
        // A role given as a reference (a Terraform variable) has no text to name the construct by: it is
        // numbered among this API's references instead, in the order they were granted.
        const name = isUnresolved(role) ? `reference-${this.referenceGrantCount(resourceAppId)}` : role;
        grant = new AppRoleGrant(this, `app-role-${resourceAppId.toLowerCase()}-${name}`, {
          principal: this.identity, resourceAppId, roles: [role], resourceDisplayName,
          // Every grant on one API shares its service principal, which must be created or read the same way.
          createServicePrincipalIfMissing: sameApi(EXCHANGE_ONLINE_APP_ID) ? this.createServicePrincipalIfMissing : undefined,
        });
        this.appRoleGrants.set(key, grant);
      }
      return grant;
    });
  }

  /** How many grants of references (tokens) on `resourceAppId` exist here already. */
  private referenceGrantCount(resourceAppId: string): number {
    return [...this.appRoleGrants.values()].filter((grant) => grant.resourceAppId === resourceAppId && grant.roles.some(isUnresolved)).length;
  }

  /** The account of `props`, whose props checkAccountToCreate has checked. */
  private createAccount(props: ExchangeOnlineAutomationProps, imports: ExchangeOnlineImports): IAutomationAccount {
    return new AutomationAccountWithIdentity(this, 'account', {
      name: props.automationAccountName!,
      resourceGroupName: props.resourceGroupName!,
      location: props.location!,
      userAssignedIdentities: props.userAssignedIdentity ? [props.userAssignedIdentity] : undefined,
      tags: props.tags,
      preventDestroy: props.preventDestroy,
      cannotDeleteLock: props.cannotDeleteLock,
      importFrom: imports.automationAccount,
    });
  }

  private output(suffix: string, value: string, description: string): void {
    const output = new TerraformOutput(this, suffix, { value, description });
    const name = `${this.node.id}_${suffix}`;
    output.overrideLogicalId(name);
    this.outputNames.push(name);
  }
}

// Terraform identifiers: a letter or underscore, then letters, digits, underscores and hyphens.
const OUTPUT_PREFIX = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The key of an app-role grant of the identity: the API (any case) and the role value. */
function grantKey(resourceAppId: string, role: string): string {
  return `${resourceAppId.toLowerCase()}/${role}`;
}

/** Checks the props that describe the account to create; returns its literal names for import id checks. */
function checkAccountToCreate(scope: Construct, props: ExchangeOnlineAutomationProps): LiteralNames {
  const account = requireAutomationAccountName(scope, 'automationAccountName', props.automationAccountName);
  const resourceGroup = requireResourceGroupName(scope, 'resourceGroupName', props.resourceGroupName);
  requireLocation(scope, 'location', props.location);
  requireTags(scope, 'tags', props.tags);
  if (props.userAssignedIdentity !== undefined) {
    requireUserAssignedIdentity(scope, 'userAssignedIdentity', props.userAssignedIdentity);
  }
  return accountNamesOf({ name: account, resourceGroupName: resourceGroup });
}

/** The props that describe an account to create, which `existingAccount` rules out. */
const ACCOUNT_PROPS = ['resourceGroupName', 'location', 'automationAccountName', 'userAssignedIdentity', 'tags', 'preventDestroy', 'cannotDeleteLock'] as const;

function checkExistingAccount(scope: Construct, props: ExchangeOnlineAutomationProps): IAutomationAccount {
  const account = requireAutomationAccount(scope, 'existingAccount', props.existingAccount,
    'an Automation account (AutomationAccountWithIdentity.fromAttributes, or an AutomationAccountWithIdentity created elsewhere)');
  for (const prop of ACCOUNT_PROPS) {
    if (props[prop] !== undefined) {
      fail(scope, prop, props[prop] as unknown, 'must be left out with existingAccount: it describes an account this construct would create');
    }
  }
  if (props.importExisting?.automationAccount !== undefined) {
    fail(scope, 'importExisting.automationAccount', props.importExisting.automationAccount,
      'must be left out with existingAccount: an existing account is used as it is, not imported');
  }
  return account;
}

/** The roles, each an EntraRole, none twice, Global Administrator only when acknowledged. */
function checkRoles(scope: Construct, props: ExchangeOnlineAutomationProps): EntraRole[] {
  if (!Array.isArray(props.roles)) {
    fail(scope, 'roles', props.roles, 'must be a list of EntraRole (e.g. [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]); there is no default');
  }
  requireOptionalBoolean(scope, 'acknowledgeGlobalAdministratorGrantsFullTenantControl', props.acknowledgeGlobalAdministratorGrantsFullTenantControl);
  const seen = new Set<string>();
  for (const role of props.roles) {
    requireKind<EntraRole>(scope, 'roles', role, 'EntraRole', 'a list of EntraRole values, e.g. EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR or EntraRole.fromTemplateId(...)');
    const key = role.templateId.toLowerCase();
    if (seen.has(key)) {
      fail(scope, 'roles', role.displayName, 'must not list the same role twice');
    }
    seen.add(key);
    const refusal = globalAdministratorRefusal(role, props.acknowledgeGlobalAdministratorGrantsFullTenantControl);
    if (refusal) {
      fail(scope, 'roles', role.displayName, refusal);
    }
  }
  if (props.roles.length === 0) {
    recordFinding(scope, 'EXO11', 'roles: []');
  }
  return [...props.roles];
}

/** `importExisting`, checked under the names the user typed; role keys are normalized to lower case. */
function checkImports(
  scope: Construct, props: ExchangeOnlineAutomationProps, roles: EntraRole[], runtime: PowerShellRuntime, where: LiteralNames,
): ExchangeOnlineImports {
  const given = props.importExisting;
  if (given === undefined) {
    return {};
  }
  requireObject(scope, 'importExisting', given);
  const at = (key: string) => `importExisting.${key}`;
  if (given.automationAccount !== undefined) {
    checkImportId(scope, at('automationAccount'), given.automationAccount, IMPORT_ID_FORMATS.automationAccount, where);
  }
  if (given.exchangeGrant !== undefined) {
    checkImportId(scope, at('exchangeGrant'), given.exchangeGrant, IMPORT_ID_FORMATS.appRoleAssignment);
  }
  if (given.connectionCheckRunbook !== undefined) {
    if (props.connectionCheckRunbook === false) {
      fail(scope, at('connectionCheckRunbook'), given.connectionCheckRunbook, 'must be left out when connectionCheckRunbook is false');
    }
    checkImportId(scope, at('connectionCheckRunbook'), given.connectionCheckRunbook, IMPORT_ID_FORMATS.runbook,
      { ...where, name: ExchangeOnlineAutomation.CONNECTION_CHECK_RUNBOOK_NAME });
  }
  if (given.runtimeEnvironment !== undefined) {
    requireString(scope, at('runtimeEnvironment'), given.runtimeEnvironment);
    if (!runtime.usesRuntimeEnvironment) {
      fail(scope, at('runtimeEnvironment'), given.runtimeEnvironment, `must be left out for ${runtime}, which has no runtime environment`);
    }
    checkRuntimeEnvironmentImport(scope, at('runtimeEnvironment'), given.runtimeEnvironment, defaultRuntimeEnvironmentName(runtime), where);
  }
  const environment = runtime.usesRuntimeEnvironment ? defaultRuntimeEnvironmentName(runtime) : undefined;
  checkModuleImports(scope, at('modules'), given.modules, runtime, { ...where, environment });
  const roleAssignments: { [templateId: string]: string } = {};
  requireObject(scope, at('roleAssignments'), given.roleAssignments ?? {});
  for (const [templateId, id] of Object.entries(given.roleAssignments ?? {})) {
    if (!roles.some((role) => role.templateId.toLowerCase() === templateId.toLowerCase())) {
      fail(scope, at('roleAssignments'), templateId,
        `must be keyed by the template id of one of roles (${roles.map((role) => `${role.displayName}: ${role.templateId}`).join(', ') || 'none'})`);
    }
    roleAssignments[templateId.toLowerCase()] = checkImportId(scope, at(`roleAssignments["${templateId}"]`), id, IMPORT_ID_FORMATS.directoryRoleAssignment);
  }
  return { ...given, roleAssignments };
}
