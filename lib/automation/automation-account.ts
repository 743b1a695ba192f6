import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { Construct } from 'constructs';
import { checkUserAssignedIdentities, runbookIdentityOf } from './account-identities';
import { isAutomationAccount, markAsAutomationAccount } from './account-kind';
import { AutomationAccountAttributes, IAutomationAccount } from './automation-account-interface';
import { ImportedAutomationAccount } from './imported-automation-account';
import { IManagedIdentity, IUserAssignedIdentity } from '../identity/managed-identity';
import { SystemAssignedIdentity } from '../identity/system-assigned-identity';
import { requireAutomationAccountName, requireLocation, requireResourceGroupName } from '../validation/azure-names';
import { addCannotDeleteLock } from '../terraform/delete-lock';
import { adoptExisting } from '../stack/adopt-existing';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { recordLiteralNames } from '../terraform/literal-names';
import { requireOptionalBoolean } from '../validation/shapes';
import { fail, requireObject, requireTags } from '../validation/values';
import { registerStackChecks } from '../stack/stack-checks';

/** Properties of {@link AutomationAccountWithIdentity}. */
export interface AutomationAccountWithIdentityProps {
  /**
   * Name of the Automation account: 6-50 letters, digits or hyphens, starting with a letter or digit
   * and ending with a letter or digit.
   */
  readonly name: string;
  /** Resource group the account is created in (it must exist). */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /**
   * Turn on the account's system-assigned managed identity.
   * @default - true when no user-assigned identity is given, false otherwise
   */
  readonly systemAssignedIdentity?: boolean;
  /**
   * User-assigned identities to attach to the account.
   * @default - none
   */
  readonly userAssignedIdentities?: IUserAssignedIdentity[];
  /**
   * The identity the account's runbooks sign in as, when more than one is attached. Must be the
   * system-assigned identity's owner (leave unset) or one of `userAssignedIdentities`.
   * @default - the system-assigned identity when it is on, otherwise the first user-assigned identity
   */
  readonly runbookIdentity?: IUserAssignedIdentity;
  /**
   * Allow the account's shared keys (local authentication). A managed identity needs none, so the
   * default turns them off.
   * @default false
   */
  readonly localAuthenticationEnabled?: boolean;
  /**
   * Allow access to the account's endpoints from public networks. Cloud jobs run either way; turn it
   * off only with private endpoints in place for webhooks and hybrid workers.
   * @default true
   */
  readonly publicNetworkAccessEnabled?: boolean;
  /**
   * Tags for the account.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * Add `lifecycle { prevent_destroy = true }`: `terraform destroy` (or a change that replaces the account)
   * stops with an error instead of deleting the account, its runbooks and its system-assigned identity.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * Add a `CanNotDelete` management lock on the account. Needs Owner or User Access Administrator for
   * whoever applies.
   * @default false
   */
  readonly cannotDeleteLock?: boolean;
  /**
   * ARM id of an Automation account that exists already (made by hand, following Microsoft's guide) to
   * adopt: emitted as a Terraform `import` block, so the first plan imports the account instead of
   * creating it. Its name and resource group must match `name` and `resourceGroupName`.
   * @default - the account is created
   */
  readonly importFrom?: string;
}

/**
 * An Automation account (`azurerm_automation_account`) with a managed identity for its runbooks:
 * step 1 of Microsoft's procedure. Local authentication is off by default.
 *
 * Identity rule: `identity` is the system-assigned identity when it is on; otherwise the first of
 * `userAssignedIdentities`. Set `runbookIdentity` to choose another attached user-assigned identity.
 */
export class AutomationAccountWithIdentity extends Construct implements IAutomationAccount {
  /**
   * An Automation account that exists already (created by hand or by another stack), with the identities
   * its runbooks use. Returns the interface only: nothing is created or managed. Module imports, runbooks
   * and `ExchangeOnlineAutomation` (`existingAccount`) accept it.
   */
  public static fromAttributes(scope: Construct, id: string, attrs: AutomationAccountAttributes): IAutomationAccount {
    return new ImportedAutomationAccount(scope, id, attrs);
  }

  /** True when `x` is an Automation account of this package (created or imported), from any copy of it. */
  public static isAutomationAccount(x: unknown): x is IAutomationAccount {
    return isAutomationAccount(x);
  }

  /** The identity the account's runbooks sign in as (see the class documentation for the rule). */
  public readonly identity: IManagedIdentity;
  /** The account's system-assigned identity; undefined when it is off. */
  public readonly systemAssignedIdentity?: IManagedIdentity;
  /** The user-assigned identities attached to the account. */
  public readonly userAssignedIdentities: IUserAssignedIdentity[];
  /** Name of the account, as a reference to the account resource (dependents are created after it). */
  public readonly name: string;
  /** Resource group of the account. */
  public readonly resourceGroupName: string;
  /** Region of the account. */
  public readonly location: string;
  /** The underlying `azurerm_automation_account` resource (escape hatch). */
  public readonly resource: AutomationAccount;
  /** ARM id of the account. */
  public readonly accountId: string;

  constructor(scope: Construct, id: string, props: AutomationAccountWithIdentityProps) {
    super(scope, id);
    // Checks first, in a function of their own (ARCHITECTURE.md, "Props in": why).
    const { userAssigned, systemOn } = checkAccount(this, props);
    this.resourceGroupName = props.resourceGroupName;
    this.location = props.location;
    this.userAssignedIdentities = userAssigned;
    this.resource = new AutomationAccount(this, 'resource', {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      skuName: 'Basic',
      localAuthenticationEnabled: props.localAuthenticationEnabled ?? false,
      publicNetworkAccessEnabled: props.publicNetworkAccessEnabled ?? true,
      identity: {
        type: identityType(systemOn, userAssigned.length > 0),
        identityIds: userAssigned.length > 0 ? userAssigned.map((identity) => identity.resourceId) : undefined,
      },
      tags: props.tags,
      lifecycle: props.preventDestroy ? { preventDestroy: true } : undefined,
    });
    this.accountId = this.resource.id;
    recordLiteralNames(this, { account: props.name, resourceGroup: props.resourceGroupName });
    this.name = this.resource.name;
    adoptExisting(this, 'importFrom', props.importFrom, this.resource, IMPORT_ID_FORMATS.automationAccount,
      { account: props.name, resourceGroup: props.resourceGroupName });
    if (props.cannotDeleteLock) {
      addCannotDeleteLock(this, props.name, this.accountId, 'Automation account');
    }

    if (systemOn) {
      this.systemAssignedIdentity = new SystemAssignedIdentity(this, 'system-identity', {
        principalId: this.resource.identity.principalId,
        waitForEntraReplication: true,
      });
    }
    this.identity = runbookIdentityOf(props.runbookIdentity, this.systemAssignedIdentity, userAssigned);
  }
}

/** The `identity.type` string azurerm expects for the combination of identities. */
function identityType(systemAssigned: boolean, userAssigned: boolean): string {
  if (systemAssigned && userAssigned) {
    return 'SystemAssigned, UserAssigned';
  }
  return systemAssigned ? 'SystemAssigned' : 'UserAssigned';
}

/** Checks `props` of `account` before anything is created: its user-assigned identities, and whether the system-assigned one is on. */
function checkAccount(account: AutomationAccountWithIdentity, props: AutomationAccountWithIdentityProps): { userAssigned: IUserAssignedIdentity[]; systemOn: boolean } {
  markAsAutomationAccount(account);
  requireObject(account, 'props', props);
  registerStackChecks(account);
  requireAutomationAccountName(account, 'name', props.name);
  requireResourceGroupName(account, 'resourceGroupName', props.resourceGroupName);
  requireLocation(account, 'location', props.location);
  requireTags(account, 'tags', props.tags);
  for (const flag of ['systemAssignedIdentity', 'localAuthenticationEnabled', 'publicNetworkAccessEnabled', 'preventDestroy', 'cannotDeleteLock'] as const) {
    requireOptionalBoolean(account, flag, props[flag]);
  }

  const userAssigned = checkUserAssignedIdentities(account, props.userAssignedIdentities, props.runbookIdentity);
  const systemOn = props.systemAssignedIdentity ?? userAssigned.length === 0;
  if (!systemOn && userAssigned.length === 0) {
    fail(account, 'userAssignedIdentities', userAssigned,
      'must list at least one identity when systemAssignedIdentity is false: the account\'s runbooks need an identity to sign in as');
  }
  return { userAssigned, systemOn };
}
