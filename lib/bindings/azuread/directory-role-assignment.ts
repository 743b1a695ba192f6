// `azuread_directory_role_assignment` (docs/resources/directory_role_assignment.md): assigns a directory
// role (by its template id) to a principal at a scope. All arguments force a new assignment.
import { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { Arguments, AZUREAD, elementConfig, HandWrittenResource } from '../hand-written';

export interface DirectoryRoleAssignmentConfig extends TerraformMetaArguments {
  /** `role_id`: template id of a built-in role, or object id of a custom role definition. */
  readonly roleId: string;
  /** `principal_object_id`: object id of the principal. */
  readonly principalObjectId: string;
  /** `directory_scope_id`: `/` for the tenant, or `/administrativeUnits/<id>`. */
  readonly directoryScopeId?: string;
}

export class DirectoryRoleAssignmentResource extends HandWrittenResource {
  public static readonly tfResourceType = 'azuread_directory_role_assignment';

  constructor(scope: Construct, id: string, private readonly config: DirectoryRoleAssignmentConfig) {
    super(scope, id, elementConfig(DirectoryRoleAssignmentResource.tfResourceType, AZUREAD, config));
  }


  protected arguments(): Arguments {
    return {
      directory_scope_id: this.config.directoryScopeId,
      principal_object_id: this.config.principalObjectId,
      role_id: this.config.roleId,
    };
  }
}
