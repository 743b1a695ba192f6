// ExchangeOnlineAutomation: Microsoft's whole procedure composed from the library's constructs. The props
// are checked first (adoption in exchange-online-adoption.ts, roles by the one role-list check), then the
// account, module, grant, role bindings, outputs and runbooks are made, in that order, all wired to one identity.
import { ITerraformDependable, TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { AppRoleGrantSet } from './app-role-grant-set';
import { ExchangeOnlineConnection } from './connect-command';
import { requireExchangeModuleVersion, requireExchangeRuntime } from './exchange-module-checks';
import { checkExistingAccount, checkImports } from './exchange-online-adoption';
import { ExchangeOnlineAutomationProps, ExchangeOnlineImports, ExchangeRunbookFileOptions } from './exchange-online-automation-props';
import { ExchangeOnlineModuleImport } from './exchange-online-module';
import { ExchangeOnlineRunbook, ExchangeRunbookOptions } from './exchange-runbook';
import { ExoAppRoleGrant } from './exo-app-role-grant';
import { requireOrganization } from '../validation/organization';
import { RunbookScript } from './runbook-script';
import { AutomationAccountWithIdentity } from '../automation/automation-account';
import { IAutomationAccount } from '../automation/automation-account-interface';
import { ApiServicePrincipal } from '../entra/api-service-principal';
import { AppRoleGrant } from '../entra/app-role-grant';
import { EntraRole } from '../entra/entra-role';
import { EntraRoleBinding } from '../entra/entra-role-binding';
import { TenantDomains } from '../entra/tenant-domains';
import { IManagedIdentity } from '../identity/managed-identity';
import { requireAutomationAccountName, requireLocation, requireResourceGroupName } from '../validation/azure-names';
import { recordFinding } from '../rules/findings';
import { markAs } from '../validation/markers';
import { NO_ROLES_RULE } from '../rules/exo11-no-roles';
import { registerStackChecks } from '../stack/stack-checks';
import { accountNamesOf, LiteralNames } from '../terraform/literal-names';
import { requireAppRoleValue } from '../validation/entra-names';
import { checkRoleList } from '../entra/role-rules';
import { requireOptionalBoolean, requireOptionalString, requireUserAssignedIdentity } from '../validation/shapes';
import { readScriptFile } from '../validation/script-files';
import { fail, requireGuid, requireObject, requireString, requireTags } from '../validation/values';
import { EXCHANGE_MANAGE_AS_APP_ROLE, EXCHANGE_ONLINE_APP_ID, MICROSOFT_GRAPH_APP_ID } from '../reference/well-known-ids';

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
  private readonly appRoleGrants = new AppRoleGrantSet(this);

  constructor(scope: Construct, id: string, props: ExchangeOnlineAutomationProps) {
    super(scope, id);
    // Checks first, in a function of their own (ARCHITECTURE.md, "Props in": why).
    const { organization, verifyOrganization, roles, runtime, version, existing, imports } = checkAutomation(this, id, props);
    this.organization = organization;
    this.verifyOrganization = verifyOrganization;
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
    this.appRoleGrants.add(EXCHANGE_ONLINE_APP_ID, EXCHANGE_MANAGE_AS_APP_ROLE, this.exchangeGrant.grant);

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
    // Every grant on one API shares its service principal, which must be created or read the same way.
    const createServicePrincipalIfMissing = sameApi(EXCHANGE_ONLINE_APP_ID) ? this.createServicePrincipalIfMissing : undefined;
    return roles.map((role) => this.appRoleGrants.grant(role, { principal: this.identity, resourceAppId, resourceDisplayName, createServicePrincipalIfMissing }));
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

/**
 * Checks every prop of `automation` before anything is created, including those handed to inner constructs,
 * so a message names the prop as typed. Returns what the constructor needs to create its parts.
 */
function checkAutomation(automation: ExchangeOnlineAutomation, id: string, props: ExchangeOnlineAutomationProps) {
  markAs(automation, 'ExchangeOnlineAutomation');
  requireObject(automation, 'props', props);
  registerStackChecks(automation);
  if (!OUTPUT_PREFIX.test(id)) {
    fail(automation, 'id', id, 'must start with a letter or underscore and contain only letters, digits, underscores and hyphens: '
      + 'it names the Terraform outputs (<id>_connect_command, ...)');
  }
  const verifyOrganization = requireOptionalBoolean(automation, 'verifyOrganization', props.verifyOrganization) ?? true;
  let organization: string;
  if (props.organization === undefined) {
    organization = TenantDomains.of(automation).initialDomain;
  } else {
    organization = requireOrganization(automation, 'organization', props.organization);
    if (verifyOrganization) {
      TenantDomains.of(automation).requireOrganization(organization);
    }
  }
  const roles = checkRoles(automation, props);
  const runtime = requireExchangeRuntime(automation, 'runtime', props.runtime);
  const version = requireExchangeModuleVersion(automation, 'exchangeModuleVersion', props.exchangeModuleVersion, runtime);
  for (const flag of ['connectionCheckRunbook', 'createServicePrincipalIfMissing', 'preventDestroy', 'cannotDeleteLock'] as const) {
    requireOptionalBoolean(automation, flag, props[flag]);
  }
  // The account as the user described it, checked before anything is created: import ids are compared
  // with its literal names (a created account's `name` is a reference, which the inner constructs cannot compare).
  const existing = props.existingAccount === undefined ? undefined : checkExistingAccount(automation, props);
  const where = existing === undefined ? checkAccountToCreate(automation, props) : accountNamesOf(existing);
  const imports = checkImports(automation, props, roles, runtime, where, ExchangeOnlineAutomation.CONNECTION_CHECK_RUNBOOK_NAME);
  return { organization, verifyOrganization, roles, runtime, version, existing, imports };
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

/** The roles, each an EntraRole, none twice, Global Administrator only when acknowledged. */
function checkRoles(scope: Construct, props: ExchangeOnlineAutomationProps): EntraRole[] {
  if (!Array.isArray(props.roles)) {
    fail(scope, 'roles', props.roles, 'must be a list of EntraRole (e.g. [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR]); there is no default');
  }
  requireOptionalBoolean(scope, 'acknowledgeGlobalAdministratorGrantsFullTenantControl', props.acknowledgeGlobalAdministratorGrantsFullTenantControl);
  // Spread first, so a hole in the list is checked as undefined rather than skipped.
  const roles = [...props.roles];
  checkRoleList(scope, roles, props.acknowledgeGlobalAdministratorGrantsFullTenantControl, {
    propOf: () => 'roles',
    expected: 'a list of EntraRole values, e.g. EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR or EntraRole.fromTemplateId(...)',
  });
  if (props.roles.length === 0) {
    recordFinding(scope, NO_ROLES_RULE, 'roles: []');
  }
  return roles;
}

