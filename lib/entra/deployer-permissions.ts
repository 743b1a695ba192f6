// What the identity that runs `terraform apply` for this package needs, as code: an admin applies it once
// in a bootstrap stack, and the pipeline's service principal can then deploy every construct here.
//
// The Microsoft Graph application permissions are the "API Permissions" sections of the azuread 3.x
// documentation (hashicorp/terraform-provider-azuread docs/, v3.0.0-v3.9.0) for what the package writes,
// taking the least-privileged option each lists for a service principal:
// - azuread_app_role_assignment: AppRoleAssignment.ReadWrite.All and Application.Read.All;
// - data.azuread_service_principal (the Exchange Online and Graph service principals): Application.Read.All;
// - azuread_service_principal (createServicePrincipalIfMissing): Application.ReadWrite.All;
// - azuread_directory_role_assignment: RoleManagement.ReadWrite.Directory;
// - data.azuread_domains (the organization check): Domain.Read.All.
// A service principal needs no directory role for any of these (the docs list directory roles only for a
// user principal: Application Administrator, Privileged Role Administrator). The azurerm resources need
// Contributor on the resource group (management locks, `cannotDeleteLock`, need Owner or User Access
// Administrator, which this construct does not grant). README: "Microsoft Graph permissions for whoever
// runs `terraform apply`" is the same table; test/entra/deployer-permissions.test.ts reads it.
import type { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { AppRoleGrant } from './app-role-grant';
import { IManagedIdentity, ManagedIdentityKind } from '../identity/managed-identity';
import { requireOptionalBoolean } from '../private/shape-checks';
import { fail, isUnresolved, requireArray, requireGuid, requireObject } from '../private/validation';
import { MICROSOFT_GRAPH_APP_ID } from '../private/well-known-ids';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const roleAssignmentModule = (): typeof import('@cdktf/provider-azurerm/lib/role-assignment') => require('@cdktf/provider-azurerm/lib/role-assignment');

/** Props of {@link DeployerPermissions}. */
export interface DeployerPermissionsProps {
  /**
   * Object id of the service principal the pipeline signs in as (for workload identity federation: the
   * app registration's service principal, `az ad sp show --id <client id> --query id -o tsv`, or a
   * user-assigned identity's principal id). Not the client id.
   */
  readonly deployerObjectId: string;
  /**
   * Also grant Application.ReadWrite.All, which `createServicePrincipalIfMissing: true` needs to create
   * the tenant's Office 365 Exchange Online service principal.
   * @default false
   */
  readonly createServicePrincipalIfMissing?: boolean;
  /**
   * ARM ids of the resource groups (or subscriptions) the pipeline deploys into: the deployer gets
   * Contributor on each (`azurerm_role_assignment`).
   * @default - no Azure role assignment (grant Contributor yourself)
   */
  readonly azureScopes?: string[];
}

/** The Graph application permissions every deployment needs. */
const ALWAYS = ['Application.Read.All', 'AppRoleAssignment.ReadWrite.All', 'RoleManagement.ReadWrite.Directory', 'Domain.Read.All'];
/** The one more that creating the Exchange Online service principal needs. */
const CREATE_SERVICE_PRINCIPAL = 'Application.ReadWrite.All';
const ARM_SCOPE = /^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+)?$/;

/**
 * Grants the service principal that runs `terraform apply` for this package exactly the Microsoft Graph
 * application permissions the package needs (and, with `azureScopes`, Contributor where it deploys), so
 * an admin sets up a pipeline in one bootstrap apply instead of clicks. No directory role is assigned: a
 * service principal needs none for these resources.
 */
export class DeployerPermissions extends Construct {
  /** The Microsoft Graph application permissions granted, by value (e.g. `Domain.Read.All`). */
  public readonly applicationPermissions: string[];
  /** The grant of the Graph app roles. */
  public readonly graphGrant: AppRoleGrant;
  /** The Contributor assignments, one per scope in `azureScopes`. */
  public readonly azureRoleAssignments: RoleAssignment[];

  constructor(scope: Construct, id: string, props: DeployerPermissionsProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    requireGuid(this, 'deployerObjectId', props.deployerObjectId);
    requireOptionalBoolean(this, 'createServicePrincipalIfMissing', props.createServicePrincipalIfMissing);
    requireArray(this, 'azureScopes', props.azureScopes);
    const scopes = props.azureScopes ?? [];
    for (const armScope of scopes) {
      if (typeof armScope !== 'string' || (!isUnresolved(armScope) && !ARM_SCOPE.test(armScope))) {
        fail(this, 'azureScopes', armScope, 'must list ARM ids of resource groups or subscriptions, e.g. /subscriptions/<id>/resourceGroups/<name>');
      }
    }
    if (new Set(scopes).size !== scopes.length) {
      fail(this, 'azureScopes', scopes, 'must not list the same scope twice');
    }

    this.applicationPermissions = props.createServicePrincipalIfMissing === true ? [...ALWAYS, CREATE_SERVICE_PRINCIPAL] : [...ALWAYS];
    const deployer = new DeployerPrincipal(this, 'deployer', props.deployerObjectId);
    this.graphGrant = new AppRoleGrant(this, 'graph', {
      principal: deployer,
      resourceAppId: MICROSOFT_GRAPH_APP_ID,
      resourceDisplayName: 'Microsoft Graph',
      roles: this.applicationPermissions,
    });
    // Construct ids (so Terraform addresses) follow the scope, not its position in the list.
    this.azureRoleAssignments = scopes.map((armScope, index) => new (roleAssignmentModule().RoleAssignment)(this, `contributor-${scopeKey(armScope, index)}`, {
      scope: armScope,
      roleDefinitionName: 'Contributor',
      principalId: props.deployerObjectId,
      principalType: 'ServicePrincipal',
    }));
  }
}

/** A stable key for a scope: the resource group or subscription it names; the position for a reference. */
function scopeKey(armScope: string, index: number): string {
  if (isUnresolved(armScope)) {
    return String(index);
  }
  const parts = armScope.split('/');
  return parts.length > 3 ? parts[4] : `subscription-${parts[2]}`;
}

/**
 * The deployer as a principal the grants accept. A pipeline's service principal is not a managed identity
 * of this package's kinds; grants use only its object id (`kind` is never read for them).
 */
class DeployerPrincipal extends Construct implements IManagedIdentity {
  public readonly kind = ManagedIdentityKind.USER_ASSIGNED;

  constructor(scope: Construct, id: string, public readonly principalId: string) {
    super(scope, id);
  }
}
