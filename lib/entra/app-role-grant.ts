import { AppRoleAssignment } from '@cdktf/provider-azuread/lib/app-role-assignment';
import { Construct } from 'constructs';
import { ApiServicePrincipal } from './api-service-principal';
import { IManagedIdentity } from '../identity/managed-identity';
import { claimUnique } from '../private/uniqueness';
import { fail, isUnresolved, requireGuid, requireObject, requirePrincipal } from '../private/validation';

/** Properties of {@link AppRoleGrant}. */
export interface AppRoleGrantProps {
  /** The identity that receives the app roles; its principal (object) id is what gets granted. */
  readonly principal: IManagedIdentity;
  /** Application (client) id of the API whose roles are granted, e.g. Microsoft Graph's. */
  readonly resourceAppId: string;
  /**
   * App roles to grant, by value, e.g. `['User.Read.All']`. Each is resolved to its id through the
   * tenant's service principal of the API (`app_role_ids`) and checked at plan time.
   */
  readonly roles: string[];
  /**
   * Create the API's service principal when the tenant lacks it (never deleted on destroy).
   * @default false
   */
  readonly createServicePrincipalIfMissing?: boolean;
  /**
   * Readable name of the API for messages.
   * @default - the application id
   */
  readonly resourceDisplayName?: string;
  /**
   * Known ids of app roles, by value, checked at plan time against the tenant (for well-known APIs).
   * @default - only that each role exists
   */
  readonly expectedAppRoleIds?: { [value: string]: string };
}

// App role values: letters, digits and . - _ : (no spaces), as Microsoft Entra allows.
const APP_ROLE_VALUE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * Grants application permissions (app roles) of any API to a managed identity
 * (`azuread_app_role_assignment`, one per role): what `New-MgServicePrincipalAppRoleAssignment` does in
 * Microsoft's guide. The grant names the identity's principal (object) id, never its client id.
 */
export class AppRoleGrant extends Construct {
  /** The API's service principal (shared by every grant on the same API in the stack). */
  public readonly servicePrincipal: ApiServicePrincipal;
  /** The assignments, one per role, in the order given. */
  public readonly assignments: AppRoleAssignment[];
  /** The identity that was granted. */
  public readonly principal: IManagedIdentity;
  /** Application id of the API. */
  public readonly resourceAppId: string;
  /** The app role values granted. */
  public readonly roles: string[];

  constructor(scope: Construct, id: string, props: AppRoleGrantProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    requirePrincipal(this, 'principal', props.principal);
    requireGuid(this, 'resourceAppId', props.resourceAppId);
    if (!Array.isArray(props.roles) || props.roles.length === 0) {
      fail(this, 'roles', props.roles, 'must list at least one app role value, e.g. ["User.Read.All"]');
    }
    for (const role of props.roles) {
      if (isUnresolved(role) || typeof role !== 'string' || !APP_ROLE_VALUE.test(role)) {
        fail(this, 'roles', role, 'must contain app role values such as "User.Read.All" (letters, digits, ".", "-", "_" or ":", no spaces)');
      }
    }
    if (new Set(props.roles).size !== props.roles.length) {
      fail(this, 'roles', props.roles, 'must not list the same app role twice');
    }

    this.principal = props.principal;
    this.resourceAppId = props.resourceAppId;
    this.roles = [...props.roles];
    this.servicePrincipal = ApiServicePrincipal.forApp(this, props.resourceAppId, {
      createIfMissing: props.createServicePrincipalIfMissing,
      displayName: props.resourceDisplayName,
    });
    this.assignments = props.roles.map((role) => {
      claimUnique(this, `app-role|${props.principal.node.path}|${props.resourceAppId.toLowerCase()}|${role}`,
        'roles', role, `the grant of ${role} to ${props.principal.node.path}`);
      return new AppRoleAssignment(this, role, {
        appRoleId: this.servicePrincipal.appRoleId(role, props.expectedAppRoleIds?.[role]),
        principalObjectId: props.principal.principalId,
        resourceObjectId: this.servicePrincipal.objectId,
        dependsOn: props.principal.readyForGrants ? [props.principal.readyForGrants] : undefined,
      });
    });
  }
}
