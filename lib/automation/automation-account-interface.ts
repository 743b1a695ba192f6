// The Automation account abstraction that module imports, runtime environments and runbooks accept: an
// account this stack creates (AutomationAccountWithIdentity) or one that already exists
// (AutomationAccountWithIdentity.fromAttributes).
import { IConstruct } from 'constructs';
import { IManagedIdentity, IUserAssignedIdentity } from '../identity/managed-identity';

/** An Azure Automation account whose runbooks sign in with a managed identity. */
export interface IAutomationAccount extends IConstruct {
  /**
   * Name of the account. For an account created in this stack it is a reference, so resources that
   * name the account are created after it.
   */
  readonly name: string;
  /** Resource group of the account. */
  readonly resourceGroupName: string;
  /** Azure region of the account, e.g. `westeurope`. */
  readonly location: string;
  /**
   * ARM id of the account
   * (`/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Automation/automationAccounts/<name>`).
   */
  readonly accountId: string;
  /** The identity the account's runbooks sign in as. */
  readonly identity: IManagedIdentity;
  /**
   * The account's system-assigned identity.
   * @default - undefined when the account has none
   */
  readonly systemAssignedIdentity?: IManagedIdentity;
  /** The user-assigned identities attached to the account (may be empty). */
  readonly userAssignedIdentities: IUserAssignedIdentity[];
}

/** Attributes of an Automation account that already exists (see `AutomationAccountWithIdentity.fromAttributes`). */
export interface AutomationAccountAttributes {
  /** Name of the account. */
  readonly name: string;
  /** Resource group of the account. */
  readonly resourceGroupName: string;
  /** Azure region of the account, e.g. `westeurope`. */
  readonly location: string;
  /**
   * ARM id of the account, exactly as Azure writes it (the provider's id parser is case-sensitive):
   * `/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Automation/automationAccounts/<name>`.
   */
  readonly accountId: string;
  /**
   * Object id of the account's system-assigned identity (the portal's "Object (principal) ID" under
   * Identity > System assigned), when it is on.
   * @default - the account has no system-assigned identity
   */
  readonly systemAssignedPrincipalId?: string;
  /**
   * User-assigned identities attached to the account (`UserAssignedIdentity.fromAttributes` or ones created
   * in this stack and attached outside it).
   * @default - none
   */
  readonly userAssignedIdentities?: IUserAssignedIdentity[];
  /**
   * The identity the runbooks sign in as, when more than one is attached; one of `userAssignedIdentities`.
   * @default - the system-assigned identity when given, otherwise the first user-assigned identity
   */
  readonly runbookIdentity?: IUserAssignedIdentity;
}
