import type { UserAssignedIdentity as UserAssignedIdentityResource } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { EntraReplicationWait } from './entra-replication-wait';
import { addCannotDeleteLock } from '../terraform/delete-lock';
import { IUserAssignedIdentity, ManagedIdentityKind } from './managed-identity';
import {
  fail, isUnresolved, requireGuid, requireObject, requireTags,
} from '../validation/values';
import { requireLocation, requireResourceGroupName, requireUserAssignedIdentityName } from '../validation/azure-names';
import { registerStackChecks } from '../stack/stack-checks';
import { requireOptionalBoolean, requireUserAssignedIdentityId } from '../validation/shapes';
import { adoptExisting } from '../stack/adopt-existing';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const userAssignedIdentityModule = (): typeof import('@cdktf/provider-azurerm/lib/user-assigned-identity') => require('@cdktf/provider-azurerm/lib/user-assigned-identity');

/** Properties of {@link UserAssignedIdentity}. */
export interface UserAssignedIdentityProps {
  /** Name of the identity: 3-128 letters, digits, hyphens or underscores, starting with a letter or digit. */
  readonly name: string;
  /** Resource group the identity is created in (it must exist). */
  readonly resourceGroupName: string;
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /**
   * Tags for the identity resource.
   * @default - no tags
   */
  readonly tags?: { [key: string]: string };
  /**
   * Add `lifecycle { prevent_destroy = true }`: `terraform destroy` (or a change that replaces the identity)
   * stops with an error instead of deleting it, and with it every grant that names its principal id.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * Add a `CanNotDelete` management lock, so nobody (Terraform, the portal, the API) deletes the identity
   * until the lock is removed. Needs Owner or User Access Administrator for whoever applies.
   * @default false
   */
  readonly cannotDeleteLock?: boolean;
  /**
   * ARM id of an identity that exists already, to adopt with a Terraform `import` block instead of
   * creating it (`/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>`).
   * Its name and resource group must match `name` and `resourceGroupName`.
   * @default - the identity is created
   */
  readonly importFrom?: string;
}

/** Attributes of a user-assigned identity that already exists (see {@link UserAssignedIdentity.fromAttributes}). */
export interface UserAssignedIdentityAttributes {
  /** Object id of the identity's service principal (the `principalId` Azure shows). */
  readonly principalId: string;
  /** Client (application) id of the identity (the `clientId` Azure shows). */
  readonly clientId: string;
  /** ARM resource id of the identity, in the case Azure returns it (azurerm compares it case-sensitively). */
  readonly resourceId: string;
}

// The resource id is case-sensitive, as azurerm parses it: `identity_ids` of azurerm_automation_account is
// validated by commonids.ValidateUserAssignedIdentityID (go-azure-helpers, resourcemanager/commonids), which
// matches the segments `resourceGroups`, `providers`, `Microsoft.ManagedIdentity`, `userAssignedIdentities`
// exactly (requireUserAssignedIdentityId).

/**
 * A user-assigned managed identity (`azurerm_user_assigned_identity`). Attach it to an
 * `AutomationAccountWithIdentity` (or a VM) and grant it Exchange access; its runbooks then connect with
 * `Connect-ExchangeOnline -ManagedIdentity -ManagedIdentityAccountId <clientId>`.
 */
export class UserAssignedIdentity extends Construct implements IUserAssignedIdentity {
  /**
   * An identity created elsewhere (another stack, the portal). Returns the interface only: nothing is
   * created or managed.
   */
  public static fromAttributes(scope: Construct, id: string, attrs: UserAssignedIdentityAttributes): IUserAssignedIdentity {
    return new ImportedUserAssignedIdentity(scope, id, attrs);
  }

  /** Object id of the service principal; what grants and role assignments name. */
  public readonly principalId: string;
  /**
   * Client (application) id; what `-ManagedIdentityAccountId` takes. Always set for a user-assigned
   * identity (typed optional only because `IManagedIdentity.clientId` is, which jsii requires).
   */
  public readonly clientId?: string;
  /** Tenant the identity lives in. */
  public readonly tenantId: string;
  /** ARM resource id, what an Automation account's `identity_ids` lists. */
  public readonly resourceId: string;
  public readonly kind = ManagedIdentityKind.USER_ASSIGNED;
  /** The underlying `azurerm_user_assigned_identity` resource (escape hatch). */
  public readonly resource: UserAssignedIdentityResource;
  /** Grants on this identity wait for this (Microsoft Entra replication of the new identity). */
  public readonly readyForGrants?: ITerraformDependable;

  constructor(scope: Construct, id: string, props: UserAssignedIdentityProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    registerStackChecks(this);
    requireUserAssignedIdentityName(this, 'name', props.name);
    requireResourceGroupName(this, 'resourceGroupName', props.resourceGroupName);
    requireLocation(this, 'location', props.location);
    requireTags(this, 'tags', props.tags);
    requireOptionalBoolean(this, 'preventDestroy', props.preventDestroy);
    requireOptionalBoolean(this, 'cannotDeleteLock', props.cannotDeleteLock);

    this.resource = new (userAssignedIdentityModule().UserAssignedIdentity)(this, 'resource', {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      tags: props.tags,
      lifecycle: props.preventDestroy ? { preventDestroy: true } : undefined,
    });
    adoptExisting(this, 'importFrom', props.importFrom, this.resource, IMPORT_ID_FORMATS.userAssignedIdentity,
      { name: props.name, resourceGroup: props.resourceGroupName });
    this.principalId = this.resource.principalId;
    this.clientId = this.resource.clientId;
    this.tenantId = this.resource.tenantId;
    this.resourceId = this.resource.id;
    this.readyForGrants = new EntraReplicationWait(this, 'entra-replication-wait', this.principalId).resource;
    if (props.cannotDeleteLock) {
      addCannotDeleteLock(this, props.name, this.resourceId, 'user-assigned identity');
    }
  }
}

class ImportedUserAssignedIdentity extends Construct implements IUserAssignedIdentity {
  public readonly principalId: string;
  public readonly clientId: string;
  public readonly resourceId: string;
  public readonly kind = ManagedIdentityKind.USER_ASSIGNED;

  constructor(scope: Construct, id: string, attrs: UserAssignedIdentityAttributes) {
    super(scope, id);
    requireObject(this, 'attrs', attrs);
    this.principalId = requireGuid(this, 'principalId', attrs.principalId);
    this.clientId = requireGuid(this, 'clientId', attrs.clientId);
    const resourceId = requireUserAssignedIdentityId(this, 'resourceId', attrs.resourceId);
    if (!isUnresolved(attrs.principalId) && !isUnresolved(attrs.clientId)
      && attrs.principalId.toLowerCase() === attrs.clientId.toLowerCase()) {
      fail(this, 'clientId', attrs.clientId,
        'must differ from principalId: the client (application) id and the principal (object) id of an identity are two different GUIDs');
    }
    this.resourceId = resourceId;
  }
}
