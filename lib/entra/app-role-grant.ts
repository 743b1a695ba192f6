import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ApiServicePrincipal } from './api-service-principal';
import { IManagedIdentity } from '../identity/managed-identity';
import { registerStackChecks } from '../stack/stack-checks';
import { makeWaitFor } from '../terraform/dependents';
import { AppRoleAssignmentResource } from '../bindings/azuread/app-role-assignment';
import { adoptExisting } from '../stack/adopt-existing';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { APP_ROLE_VALUE } from '../validation/entra-names';
import { isMarked, markAs } from '../validation/markers';
import { requireOptionalBoolean, requireOptionalString, requireOptionalStringMap, requirePrincipal } from '../validation/shapes';
import { fail, isUnresolved, lowerGuid, requireGuid, requireObject } from '../validation/values';
import { dependOn } from '../terraform/dependencies';

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
  /**
   * Import ids of grants that exist already (made by hand with `New-MgServicePrincipalAppRoleAssignment`),
   * by app role value, to adopt with Terraform `import` blocks instead of creating duplicates that Entra ID
   * refuses ("Permission being assigned already exists on the object"). Format:
   * `/servicePrincipals/<object id of the API's service principal>/appRoleAssignedTo/<assignment id>`.
   * @default - every grant is created
   */
  readonly importFrom?: { [role: string]: string };
}


/**
 * Grants application permissions (app roles) of any API to a managed identity
 * (`azuread_app_role_assignment`, one per role): what `New-MgServicePrincipalAppRoleAssignment` does in
 * Microsoft's guide. The grant names the identity's principal (object) id, never its client id.
 */
export class AppRoleGrant extends Construct {
  /** True when `x` is an AppRoleGrant (from any copy of this package). */
  public static isAppRoleGrant(x: unknown): x is AppRoleGrant {
    return isMarked(x, 'AppRoleGrant');
  }

  /** The API's service principal (shared by every grant on the same API in the stack). */
  public readonly servicePrincipal: ApiServicePrincipal;
  /** The assignments, one per role, in the order given. */
  public readonly assignments: TerraformResource[];
  /** The identity that was granted. */
  public readonly principal: IManagedIdentity;
  /** Application id of the API. */
  public readonly resourceAppId: string;
  /** The app role values granted. */
  public readonly roles: string[];

  constructor(scope: Construct, id: string, props: AppRoleGrantProps) {
    super(scope, id);
    // Checks first, in a function of their own (ARCHITECTURE.md, "Props in": why).
    const { resourceAppId, expectedAppRoleIds, importFrom } = checkAppRoleGrant(this, props);
    this.principal = props.principal;
    this.resourceAppId = resourceAppId;
    this.roles = [...props.roles];
    this.servicePrincipal = ApiServicePrincipal.forApp(this, resourceAppId, {
      createServicePrincipalIfMissing: props.createServicePrincipalIfMissing,
      displayName: props.resourceDisplayName,
    });
    this.assignments = props.roles.map((role, index) => {
      // A role given as a reference has no stable text to name its construct (and Terraform address) by.
      const assignment = new AppRoleAssignmentResource(this, isUnresolved(role) ? `role-reference-${index}` : role, {
        appRoleId: this.servicePrincipal.appRoleId(role, expectedAppRoleIds[role]),
        principalObjectId: lowerGuid(props.principal.principalId),
        resourceObjectId: this.servicePrincipal.objectId,
      });
      dependOn(assignment, props.principal.readyForGrants ? [props.principal.readyForGrants] : undefined);
      adoptExisting(this, `importFrom["${role}"]`, importFrom[role], assignment, IMPORT_ID_FORMATS.appRoleAssignment);
      return assignment;
    });
  }

  /** What dependents must wait for: the app-role assignments. Put them in a resource's `dependsOn`. */
  public get dependables(): ITerraformDependable[] {
    return [...this.assignments];
  }

  /** Makes every resource in `dependents` wait until the grant exists (e.g. a runbook's schedule). */
  public applyBefore(...dependents: IConstruct[]): void {
    makeWaitFor(this, this.assignments, dependents);
  }
}

/** Checks `props` of `grant` before anything is created; returns the API's app id, the expected app role ids and the ids to adopt, by role. */
function checkAppRoleGrant(grant: AppRoleGrant, props: AppRoleGrantProps) {
  markAs(grant, 'AppRoleGrant');
  requireObject(grant, 'props', props);
  requirePrincipal(grant, 'principal', props.principal);
  requireOptionalBoolean(grant, 'createServicePrincipalIfMissing', props.createServicePrincipalIfMissing);
  const resourceAppId = requireGuid(grant, 'resourceAppId', props.resourceAppId);
  if (!Array.isArray(props.roles) || props.roles.length === 0) {
    fail(grant, 'roles', props.roles, 'must list at least one app role value, e.g. ["User.Read.All"]');
  }
  for (const role of props.roles) {
    // A reference (a Terraform variable) is judged at plan time by the service principal's postcondition.
    if (isUnresolved(role)) {
      continue;
    }
    if (typeof role !== 'string' || !APP_ROLE_VALUE.test(role)) {
      fail(grant, 'roles', role, 'must contain app role values such as "User.Read.All" (letters, digits, ".", "-", "_" or ":", no spaces)');
    }
  }
  if (new Set(props.roles).size !== props.roles.length) {
    fail(grant, 'roles', props.roles, 'must not list the same app role twice');
  }
  requireOptionalString(grant, 'resourceDisplayName', props.resourceDisplayName);
  const expectedAppRoleIds = requireOptionalStringMap(grant, 'expectedAppRoleIds', props.expectedAppRoleIds) ?? {};
  for (const [role, appRoleId] of Object.entries(expectedAppRoleIds)) {
    if (!props.roles.includes(role)) {
      fail(grant, 'expectedAppRoleIds', role, `must name one of the granted roles (${props.roles.join(', ')})`);
    }
    // The nil GUID is a real app role id: the default access role of an API that declares none.
    expectedAppRoleIds[role] = requireGuid(grant, `expectedAppRoleIds["${role}"]`, appRoleId, { allowNil: true });
  }
  const importFrom = requireOptionalStringMap(grant, 'importFrom', props.importFrom) ?? {};
  for (const role of Object.keys(importFrom)) {
    if (!props.roles.includes(role)) {
      fail(grant, 'importFrom', role, `must name one of the granted roles (${props.roles.join(', ')})`);
    }
  }
  registerStackChecks(grant);
  return { resourceAppId, expectedAppRoleIds, importFrom };
}
