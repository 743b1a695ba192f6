// The app-role grants of one identity, at most one per API and role: asking again for a role granted here
// returns the grant made before (grant methods are idempotent, as in aws-iam). ExchangeOnlineAutomation
// keeps its grants in one, so grantAppRoles and grantMicrosoftGraphAppRoles never grant a role twice.
import { Construct } from 'constructs';
import { AppRoleGrant } from '../entra/app-role-grant';
import { IManagedIdentity } from '../identity/managed-identity';
import { isUnresolved } from '../validation/values';

/** What a new grant of one role is made with. */
export interface AppRoleGrantRequest {
  readonly principal: IManagedIdentity;
  readonly resourceAppId: string;
  readonly resourceDisplayName?: string;
  readonly createServicePrincipalIfMissing?: boolean;
}

/** The grants made so far under one scope, by API (any case) and role value. */
export class AppRoleGrantSet {
  private readonly appRoleGrants = new Map<string, AppRoleGrant>();

  /** `scope` holds the grants this set makes. */
  constructor(private readonly scope: Construct) {}

  /** Records a grant made elsewhere (the Exchange.ManageAsApp grant), so asking for its role returns it. */
  public add(resourceAppId: string, role: string, grant: AppRoleGrant): void {
    this.appRoleGrants.set(grantKey(resourceAppId, role), grant);
  }

  /** The grant of `role` on `request.resourceAppId`: the one made before, or a new one under the scope. */
  public grant(role: string, request: AppRoleGrantRequest): AppRoleGrant {
    const { principal, resourceAppId, resourceDisplayName, createServicePrincipalIfMissing } = request;
    const key = grantKey(resourceAppId, role);
    let grant = this.appRoleGrants.get(key);
    if (!grant) {
      // A role given as a reference (a Terraform variable) has no text to name the construct by: it is
      // numbered among this API's references instead, in the order they were granted.
      const name = isUnresolved(role) ? `reference-${this.referenceGrantCount(resourceAppId)}` : role;
      grant = new AppRoleGrant(this.scope, `app-role-${resourceAppId.toLowerCase()}-${name}`, {
        principal, resourceAppId, roles: [role], resourceDisplayName, createServicePrincipalIfMissing,
      });
      this.appRoleGrants.set(key, grant);
    }
    return grant;
  }

  /** How many grants of references (tokens) on `resourceAppId` exist here already. */
  private referenceGrantCount(resourceAppId: string): number {
    return [...this.appRoleGrants.values()].filter((grant) => grant.resourceAppId === resourceAppId && grant.roles.some(isUnresolved)).length;
  }
}

/** The key of an app-role grant of the identity: the API (any case) and the role value. */
function grantKey(resourceAppId: string, role: string): string {
  return `${resourceAppId.toLowerCase()}/${role}`;
}
