import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { EntraRole } from './entra-role';
import { IManagedIdentity } from '../identity/managed-identity';
import { recordFinding } from '../rules/findings';
import { SECURITY_ADMINISTRATOR_LIMITS_RULE } from '../rules/exo08-security-administrator-limits';
import { UNSUPPORTED_ROLE_RULE } from '../rules/exo09-unsupported-role';
import { ADMINISTRATIVE_UNIT_SCOPE_RULE } from '../rules/exo10-administrative-unit-scope';
import { registerStackChecks } from '../stack/stack-checks';
import { makeWaitFor } from '../terraform/dependents';
import { DirectoryRoleAssignmentResource } from '../bindings/azuread/directory-role-assignment';
import { adoptExisting } from '../stack/adopt-existing';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { isMarked, markAs } from '../validation/markers';
import { requireKind, requireOptionalBoolean, requirePrincipal } from '../validation/shapes';
import { globalAdministratorRefusal } from './role-rules';
import { fail, lowerGuid, requireGuid, requireObject } from '../validation/values';
import { dependOn } from '../terraform/dependencies';

/** Properties of {@link EntraRoleBinding}. */
export interface EntraRoleBindingProps {
  /** The identity that receives the role; its principal (object) id is what gets assigned. */
  readonly principal: IManagedIdentity;
  /** The directory role, e.g. `EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR`. */
  readonly role: EntraRole;
  /**
   * Object id of an administrative unit to scope the assignment to. Microsoft documents only
   * tenant-wide assignments for Exchange Online PowerShell with a managed identity, so a warning says so.
   * @default - the whole tenant (`/`)
   */
  readonly administrativeUnitId?: string;
  /**
   * Required to assign Global Administrator: it gives the identity (and every runbook that signs in as
   * it) full control of the tenant. Microsoft recommends it only when no other role works.
   * @default false - Global Administrator is refused
   */
  readonly acknowledgeGlobalAdministratorGrantsFullTenantControl?: boolean;
  /**
   * Import id of the role assignment when it exists already (made by hand with
   * `New-MgRoleManagementDirectoryRoleAssignment`), to adopt with a Terraform `import` block:
   * `/roleManagement/directory/roleAssignments/<assignment id>`.
   * @default - the assignment is created
   */
  readonly importFrom?: string;
}

/**
 * Assigns a Microsoft Entra directory role to a managed identity (`azuread_directory_role_assignment`):
 * step 5 of Microsoft's procedure (`New-MgRoleManagementDirectoryRoleAssignment -DirectoryScopeId "/"`).
 * The assignment names the identity's principal (object) id and the role's template id.
 */
export class EntraRoleBinding extends Construct {
  /** True when `x` is an EntraRoleBinding (from any copy of this package). */
  public static isEntraRoleBinding(x: unknown): x is EntraRoleBinding {
    return isMarked(x, 'EntraRoleBinding');
  }

  /** The `azuread_directory_role_assignment` resource. */
  public readonly assignment: TerraformResource;
  /** The role assigned. */
  public readonly role: EntraRole;
  /** The identity the role is assigned to. */
  public readonly principal: IManagedIdentity;

  constructor(scope: Construct, id: string, props: EntraRoleBindingProps) {
    super(scope, id);
    // Checks first, in a function of their own (ARCHITECTURE.md, "Props in": why).
    const { role, scopeId } = checkRoleBinding(this, props);
    this.role = role;
    this.principal = props.principal;
    this.assignment = new DirectoryRoleAssignmentResource(this, 'resource', {
      roleId: lowerGuid(role.templateId),
      principalObjectId: lowerGuid(props.principal.principalId),
      directoryScopeId: scopeId,
    });
    dependOn(this.assignment, props.principal.readyForGrants ? [props.principal.readyForGrants] : undefined);
    adoptExisting(this, 'importFrom', props.importFrom, this.assignment, IMPORT_ID_FORMATS.directoryRoleAssignment);
  }

  /** What dependents must wait for: the role assignment. Put it in a resource's `dependsOn`. */
  public get dependables(): ITerraformDependable[] {
    return [this.assignment];
  }

  /** Makes every resource in `dependents` wait until the role is assigned (e.g. a runbook's schedule). */
  public applyBefore(...dependents: IConstruct[]): void {
    makeWaitFor(this, [this.assignment], dependents);
  }
}

/** Checks `props` of `binding` before anything is created and records the advice the rules report; returns the role and its directory scope. */
function checkRoleBinding(binding: EntraRoleBinding, props: EntraRoleBindingProps) {
  markAs(binding, 'EntraRoleBinding');
  requireObject(binding, 'props', props);
  requirePrincipal(binding, 'principal', props.principal);
  requireKind<EntraRole>(binding, 'role', props.role, 'EntraRole',
    'an EntraRole, e.g. EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR or EntraRole.fromTemplateId(...)');
  requireOptionalBoolean(binding, 'acknowledgeGlobalAdministratorGrantsFullTenantControl', props.acknowledgeGlobalAdministratorGrantsFullTenantControl);
  // Lower case: `directory_scope_id` is ForceNew and Graph returns it in lower case (see lowerGuid).
  const administrativeUnitId = props.administrativeUnitId === undefined ? undefined
    : requireGuid(binding, 'administrativeUnitId', props.administrativeUnitId);
  const role = props.role;
  const refusal = globalAdministratorRefusal(role, props.acknowledgeGlobalAdministratorGrantsFullTenantControl);
  if (refusal) {
    fail(binding, 'role', role.displayName, refusal);
  }
  const scopeId = administrativeUnitId === undefined ? '/' : `/administrativeUnits/${administrativeUnitId}`;
  registerStackChecks(binding);

  // Advice, reported at synthesis under a rule id that PolicySuppressions accepts (lib/rules/all-rules.ts).
  if (role.templateId === EntraRole.SECURITY_ADMINISTRATOR.templateId) {
    recordFinding(binding, SECURITY_ADMINISTRATOR_LIMITS_RULE, `role: ${role.displayName}`);
  }
  if (!role.supportedForExchangeOnline) {
    recordFinding(binding, UNSUPPORTED_ROLE_RULE, `role: "${role.displayName}" (${role.templateId})`);
  }
  if (props.administrativeUnitId !== undefined) {
    recordFinding(binding, ADMINISTRATIVE_UNIT_SCOPE_RULE, `administrativeUnitId: ${administrativeUnitId}`);
  }
  return { role, scopeId };
}
