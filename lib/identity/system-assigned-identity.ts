import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { EntraReplicationWait } from './entra-replication-wait';
import { IManagedIdentity, ManagedIdentityKind } from './managed-identity';
import { requireOptionalBoolean } from '../validation/shapes';
import { requireGuid, requireObject } from '../validation/values';

/** Properties of {@link SystemAssignedIdentity}. */
export interface SystemAssignedIdentityProps {
  /**
   * Object id of the resource's system-assigned service principal, usually a reference such as
   * `vm.identity.principalId` or `account.identity.principalId`.
   */
  readonly principalId: string;

  /**
   * Make grants wait for Microsoft Entra replication: set it when the resource that owns the identity
   * is created in the same stack (a new VM, a new account).
   * @default false - the identity already exists
   */
  readonly waitForEntraReplication?: boolean;
}

/**
 * The system-assigned identity of any Azure resource: an Automation account, a virtual machine, a
 * Function App, or an existing service principal known by its object id. Wrap one so that
 * `ExoAppRoleGrant` and `EntraRoleBinding` can grant to it.
 *
 * @example
 * const vmIdentity = new SystemAssignedIdentity(this, 'vm-identity', { principalId: vm.identity.principalId });
 */
export class SystemAssignedIdentity extends Construct implements IManagedIdentity {
  public readonly principalId: string;
  /** Always undefined: Connect-ExchangeOnline picks the system-assigned identity without an account id. */
  public readonly clientId?: string = undefined;
  public readonly kind = ManagedIdentityKind.SYSTEM_ASSIGNED;
  public readonly readyForGrants?: ITerraformDependable;

  constructor(scope: Construct, id: string, props: SystemAssignedIdentityProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    this.principalId = requireGuid(this, 'principalId', props.principalId);
    if (requireOptionalBoolean(this, 'waitForEntraReplication', props.waitForEntraReplication)) {
      this.readyForGrants = new EntraReplicationWait(this, 'entra-replication-wait', this.principalId).resource;
    }
  }
}
