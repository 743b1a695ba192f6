// The identity abstraction that grants and role bindings accept. A managed identity has two ids that
// must never be confused (Microsoft's own guide stores the client id in `$MI_ID` and then uses it for
// grants): the principal (object) id names the service principal in app-role grants and directory-role
// assignments; the client (application) id is what `Connect-ExchangeOnline -ManagedIdentityAccountId`
// takes for a user-assigned identity.
import { ITerraformDependable } from 'cdktf';
import { IConstruct } from 'constructs';

/** Which kind of managed identity a principal is. */
export enum ManagedIdentityKind {
  /** Tied to one Azure resource (Automation account, VM, ...); Connect-ExchangeOnline needs no account id. */
  SYSTEM_ASSIGNED = 'SystemAssigned',
  /** A standalone Azure resource attached to other resources; Connect-ExchangeOnline needs its client id. */
  USER_ASSIGNED = 'UserAssigned',
}

/** A managed identity (or any service principal) that can receive grants and directory roles. */
export interface IManagedIdentity extends IConstruct {
  /**
   * Object id of the identity's service principal in Microsoft Entra ID. App-role grants
   * (`principal_object_id`) and directory-role assignments name this id.
   */
  readonly principalId: string;

  /**
   * Client (application) id of the identity: what `Connect-ExchangeOnline -ManagedIdentityAccountId`
   * takes. Undefined for a system-assigned identity, which Connect-ExchangeOnline selects without it.
   * @default - undefined for a system-assigned identity
   */
  readonly clientId?: string;

  /** Whether the identity is system-assigned or user-assigned. */
  readonly kind: ManagedIdentityKind;

  /**
   * What a grant or role assignment on this identity must wait for: set when the identity is created in
   * the same stack, so assignments do not race Microsoft Entra replication. Undefined for identities
   * that already exist.
   * @default - undefined: nothing to wait for
   */
  readonly readyForGrants?: ITerraformDependable;
}

/** A user-assigned managed identity: an Azure resource that can be attached to Automation accounts and VMs. */
export interface IUserAssignedIdentity extends IManagedIdentity {
  /**
   * ARM resource id (`/subscriptions/.../providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>`),
   * what a resource's `identity.identity_ids` lists.
   */
  readonly resourceId: string;
}
