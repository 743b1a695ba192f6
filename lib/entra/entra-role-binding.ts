import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole } from './entra-role';
import { IManagedIdentity } from '../identity/managed-identity';
import { claimUnique } from '../private/uniqueness';
import { fail, isUnresolved, requireGuid, requireObject, requirePrincipal } from '../private/validation';

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
}

/**
 * Assigns a Microsoft Entra directory role to a managed identity (`azuread_directory_role_assignment`):
 * step 5 of Microsoft's procedure (`New-MgRoleManagementDirectoryRoleAssignment -DirectoryScopeId "/"`).
 * The assignment names the identity's principal (object) id and the role's template id.
 */
export class EntraRoleBinding extends Construct {
  /** The `azuread_directory_role_assignment` resource. */
  public readonly assignment: DirectoryRoleAssignment;
  /** The role assigned. */
  public readonly role: EntraRole;
  /** The identity the role is assigned to. */
  public readonly principal: IManagedIdentity;

  constructor(scope: Construct, id: string, props: EntraRoleBindingProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    requirePrincipal(this, 'principal', props.principal);
    if (!(props.role instanceof EntraRole)) {
      fail(this, 'role', props.role, 'must be an EntraRole, e.g. EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR or EntraRole.fromTemplateId(...)');
    }
    if (props.administrativeUnitId !== undefined) {
      requireGuid(this, 'administrativeUnitId', props.administrativeUnitId);
    }
    const role = props.role;
    if (role === EntraRole.GLOBAL_ADMINISTRATOR && props.acknowledgeGlobalAdministratorGrantsFullTenantControl !== true) {
      fail(this, 'role', role.displayName,
        'is refused by default: Global Administrator gives the identity full control of the tenant. Use a least-privilege role '
        + '(Exchange Recipient Administrator, Exchange Administrator, Global Reader) or set '
        + 'acknowledgeGlobalAdministratorGrantsFullTenantControl: true');
    }
    const scopeId = props.administrativeUnitId === undefined ? '/' : `/administrativeUnits/${props.administrativeUnitId}`;
    claimUnique(this, `directory-role|${props.principal.node.path}|${isUnresolved(role.templateId) ? role.displayName : role.templateId}|${scopeId}`,
      'role', role.displayName, `the assignment of ${role.displayName} to ${props.principal.node.path} at scope ${scopeId}`);

    const warn = (message: string) => Annotations.of(this).addWarning(`${this.node.path}: ${message}`);
    if (role === EntraRole.SECURITY_ADMINISTRATOR) {
      warn('Security Administrator lacks the Exchange Online permissions for recipient management and for security and protection '
        + 'features (anti-spam, anti-malware, anti-phishing); Microsoft recommends Exchange Administrator for those tasks.');
    }
    if (!role.supportedForExchangeOnline) {
      warn(`role "${role.displayName}" (${role.templateId}) is not one of the roles Microsoft supports for Exchange Online PowerShell `
        + 'with a managed identity; Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario" '
        + 'unless the identity also holds a supported role.');
    }
    if (props.administrativeUnitId !== undefined) {
      warn('Microsoft documents only tenant-wide role assignments for Exchange Online PowerShell with a managed identity; '
        + 'an administrative-unit scope may not limit (or may break) what the runbooks can do.');
    }

    this.role = role;
    this.principal = props.principal;
    this.assignment = new DirectoryRoleAssignment(this, 'resource', {
      roleId: role.templateId,
      principalObjectId: props.principal.principalId,
      directoryScopeId: scopeId,
      dependsOn: props.principal.readyForGrants ? [props.principal.readyForGrants] : undefined,
    });
  }
}
