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
//
// The plan identity (`planObjectId`) runs only `terraform plan`, which reads: each data source, and each
// resource's refresh. The read permissions are the data sources' own (Application.Read.All for
// data.azuread_service_principal, Domain.Read.All for data.azuread_domains) and those of the Graph calls a
// refresh makes: GET /servicePrincipals/{id} and .../appRoleAssignedTo/{id} (Application.Read.All), GET
// /roleManagement/directory/roleAssignments/{id} (RoleManagement.Read.Directory, the permission the azuread
// docs name for reading role management, data-sources/directory_roles.md). Azure: Reader.
import type { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import type { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { AppRoleGrant } from './app-role-grant';
import { IManagedIdentity, ManagedIdentityKind } from '../identity/managed-identity';
import { requireLocation, requireResourceGroupName } from '../validation/azure-names';
import { requireOptionalBoolean } from '../validation/shapes';
import { fail, isUnresolved, requireArray, requireGuid, requireObject, requireTrimmed } from '../validation/values';
import { MICROSOFT_GRAPH_APP_ID } from '../reference/well-known-ids';
import { dependOn } from '../terraform/dependencies';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const roleAssignmentModule = (): typeof import('@cdktf/provider-azurerm/lib/role-assignment') => require('@cdktf/provider-azurerm/lib/role-assignment');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const resourceGroupModule = (): typeof import('@cdktf/provider-azurerm/lib/resource-group') => require('@cdktf/provider-azurerm/lib/resource-group');

/** Props of {@link DeployerPermissions}. */
export interface DeployerPermissionsProps {
  /**
   * Object id of the service principal the pipeline signs in as (for workload identity federation: the
   * app registration's service principal, `az ad sp show --id <client id> --query id -o tsv`, or a
   * user-assigned identity's principal id). Not the client id.
   */
  readonly deployerObjectId: string;
  /**
   * Object id of a second, read-only service principal that pull requests sign in as to run `terraform
   * plan` (`cdktf diff`): it gets only the Microsoft Graph read permissions a plan of this package needs
   * (Application.Read.All, Domain.Read.All, RoleManagement.Read.Directory) and Reader on each of
   * `azureScopes`. Must differ from `deployerObjectId`: a pull request must never sign in as the deploy
   * identity (docs/pipelines.md, "Two identities").
   * @default - no plan identity
   */
  readonly planObjectId?: string;
  /**
   * Also grant Application.ReadWrite.All, which `createServicePrincipalIfMissing: true` needs to create
   * the tenant's Office 365 Exchange Online service principal. The plan identity needs nothing more for
   * it: reading a service principal is Application.Read.All.
   * @default false
   */
  readonly createServicePrincipalIfMissing?: boolean;
  /**
   * ARM ids of the resource groups (or subscriptions) the pipeline deploys into: the deployer gets
   * Contributor on each, the plan identity Reader (`azurerm_role_assignment`).
   *
   * A resource group scope must exist when the bootstrap is applied (or set `createResourceGroupsIn`),
   * and Contributor on a group does not let the deployer create that group: a stack that creates its own
   * resource group (`TenantStack`, the examples) needs the subscription scope, `/subscriptions/<id>`.
   * @default - no Azure role assignment (grant Contributor yourself)
   */
  readonly azureScopes?: string[];
  /**
   * Create each resource group of `azureScopes` (`azurerm_resource_group`, in this region and in the
   * subscription of the stack's azurerm provider) before assigning the roles on it. For deploy stacks that
   * deploy into the group by name (`resourceGroupName`) and do not create it themselves: a stack that
   * also declares the group would fail to create it (it already exists).
   * @default - the resource groups of `azureScopes` must already exist
   */
  readonly createResourceGroupsIn?: string;
}

/**
 * What each Terraform type the package writes needs, for the deploy identity and for a plan (read-only),
 * and when (README: "Microsoft Graph permissions for whoever runs `terraform apply`").
 */
const PERMISSIONS: ReadonlyArray<{ readonly deploy: string[]; readonly plan: string[]; readonly onlyToCreateServicePrincipal?: boolean }> = [
  /* data.azuread_service_principal */ { deploy: ['Application.Read.All'], plan: ['Application.Read.All'] },
  /* azuread_app_role_assignment */ { deploy: ['AppRoleAssignment.ReadWrite.All', 'Application.Read.All'], plan: ['Application.Read.All'] },
  /* azuread_directory_role_assignment */ { deploy: ['RoleManagement.ReadWrite.Directory'], plan: ['RoleManagement.Read.Directory'] },
  /* data.azuread_domains */ { deploy: ['Domain.Read.All'], plan: ['Domain.Read.All'] },
  /* azuread_service_principal */ { deploy: ['Application.ReadWrite.All'], plan: ['Application.Read.All'], onlyToCreateServicePrincipal: true },
];

/** The permissions of one column, without duplicates, in the table's order. */
function permissionsFor(column: 'deploy' | 'plan', createServicePrincipal: boolean): string[] {
  const rows = PERMISSIONS.filter((row) => createServicePrincipal || row.onlyToCreateServicePrincipal !== true);
  return [...new Set(rows.flatMap((row) => row[column]))];
}
const ARM_SCOPE = /^\/subscriptions\/[^/]+(\/resourceGroups\/[^/]+)?$/;

/**
 * Grants the service principal that runs `terraform apply` for this package exactly the Microsoft Graph
 * application permissions the package needs (and, with `azureScopes`, Contributor where it deploys), so
 * an admin sets up a pipeline in one bootstrap apply instead of clicks. With `planObjectId`, a second,
 * read-only service principal gets what a `terraform plan` needs (Graph read permissions, Reader), for
 * pull requests. No directory role is assigned: a service principal needs none for these resources.
 */
export class DeployerPermissions extends Construct {
  /** The Microsoft Graph application permissions granted to the deployer, by value (e.g. `Domain.Read.All`). */
  public readonly applicationPermissions: string[];
  /** The grant of the Graph app roles to the deployer. */
  public readonly graphGrant: AppRoleGrant;
  /** The deployer's Contributor assignments, one per scope in `azureScopes`. */
  public readonly azureRoleAssignments: RoleAssignment[];
  /** The read-only Microsoft Graph application permissions granted to the plan identity (empty without `planObjectId`). */
  public readonly planApplicationPermissions: string[];
  /** The grant of the Graph app roles to the plan identity (undefined without `planObjectId`). */
  public readonly planGraphGrant?: AppRoleGrant;
  /** The plan identity's Reader assignments, one per scope in `azureScopes` (empty without `planObjectId`). */
  public readonly planRoleAssignments: RoleAssignment[];
  /** The resource groups created for `azureScopes` (empty without `createResourceGroupsIn`). */
  public readonly resourceGroups: ResourceGroup[];

  constructor(scope: Construct, id: string, props: DeployerPermissionsProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    // Lower case: both go into ForceNew principal ids that Azure and Graph return in lower case (see lowerGuid).
    const deployerObjectId = requireGuid(this, 'deployerObjectId', props.deployerObjectId);
    const planObjectId = props.planObjectId === undefined ? undefined : requireGuid(this, 'planObjectId', props.planObjectId);
    if (planObjectId !== undefined) {
      if (!isUnresolved(planObjectId) && !isUnresolved(deployerObjectId) && planObjectId === deployerObjectId) {
        fail(this, 'planObjectId', props.planObjectId,
          'must differ from deployerObjectId: the plan identity is the read-only one that pull requests sign in as');
      }
    }
    requireOptionalBoolean(this, 'createServicePrincipalIfMissing', props.createServicePrincipalIfMissing);
    requireArray(this, 'azureScopes', props.azureScopes);
    const scopes = props.azureScopes ?? [];
    for (const armScope of scopes) {
      if (typeof armScope === 'string') {
        requireTrimmed(this, 'azureScopes', armScope);
      }
      if (typeof armScope !== 'string' || (!isUnresolved(armScope) && !ARM_SCOPE.test(armScope))) {
        fail(this, 'azureScopes', armScope, 'must list ARM ids of resource groups or subscriptions, e.g. /subscriptions/<id>/resourceGroups/<name>');
      }
    }
    if (new Set(scopes).size !== scopes.length) {
      fail(this, 'azureScopes', scopes, 'must not list the same scope twice');
    }
    // The groups to create, by scope; each role assignment on one waits for it. The assignment keeps the
    // scope as given: a group created in another subscription than the one named fails the assignment at
    // apply, rather than granting on an unintended group.
    const groups = new Map<string, ResourceGroup>();
    if (props.createResourceGroupsIn !== undefined) {
      const location = requireLocation(this, 'createResourceGroupsIn', props.createResourceGroupsIn);
      for (const armScope of scopes.filter((s) => !isUnresolved(s) && s.split('/').length === 5)) {
        const name = requireResourceGroupName(this, 'azureScopes resource group', armScope.split('/')[4]);
        groups.set(armScope, new (resourceGroupModule().ResourceGroup)(this, `group-${name}`, { name, location }));
      }
      if (groups.size === 0) {
        fail(this, 'createResourceGroupsIn', props.createResourceGroupsIn,
          'needs a resource group in azureScopes (/subscriptions/<id>/resourceGroups/<name>): there is no group to create');
      }
    }
    this.resourceGroups = [...groups.values()];

    const createServicePrincipal = props.createServicePrincipalIfMissing === true;
    this.applicationPermissions = permissionsFor('deploy', createServicePrincipal);
    const deployer = new DeployerPrincipal(this, 'deployer', deployerObjectId);
    this.graphGrant = new AppRoleGrant(this, 'graph', {
      principal: deployer,
      resourceAppId: MICROSOFT_GRAPH_APP_ID,
      resourceDisplayName: 'Microsoft Graph',
      roles: this.applicationPermissions,
    });
    // Construct ids (so Terraform addresses) follow the scope, not its position in the list.
    this.azureRoleAssignments = scopes.map((armScope, index) => this.assignRole(`contributor-${scopeKey(armScope, index)}`, armScope, 'Contributor', deployerObjectId, groups.get(armScope)));

    if (planObjectId === undefined) {
      this.planApplicationPermissions = [];
      this.planRoleAssignments = [];
      return;
    }
    this.planApplicationPermissions = permissionsFor('plan', createServicePrincipal);
    // The Microsoft Graph service principal is looked up once per stack (ApiServicePrincipal), so both
    // grants share one data source.
    this.planGraphGrant = new AppRoleGrant(this, 'plan-graph', {
      principal: new DeployerPrincipal(this, 'plan', planObjectId),
      resourceAppId: MICROSOFT_GRAPH_APP_ID,
      resourceDisplayName: 'Microsoft Graph',
      roles: this.planApplicationPermissions,
    });
    this.planRoleAssignments = scopes.map((armScope, index) => this.assignRole(`plan-reader-${scopeKey(armScope, index)}`, armScope, 'Reader', planObjectId, groups.get(armScope)));
  }

  private assignRole(id: string, armScope: string, roleDefinitionName: string, principalId: string, group: ResourceGroup | undefined): RoleAssignment {
    const assignment = new (roleAssignmentModule().RoleAssignment)(this, id, {
      scope: armScope,
      roleDefinitionName,
      principalId,
      principalType: 'ServicePrincipal',
    });
    dependOn(assignment, group ? [group] : undefined);
    return assignment;
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
