// `azuread_app_role_assignment` (docs/resources/app_role_assignment.md): grants an app role of a resource
// service principal to a principal. All three arguments force a new assignment.
import { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { Arguments, AZUREAD, elementConfig, HandWrittenResource } from '../hand-written';

export interface AppRoleAssignmentConfig extends TerraformMetaArguments {
  /** `app_role_id`: id of the app role (not its value). */
  readonly appRoleId: string;
  /** `principal_object_id`: object id of the principal (user, group or service principal) granted the role. */
  readonly principalObjectId: string;
  /** `resource_object_id`: object id of the service principal that exposes the role. */
  readonly resourceObjectId: string;
}

export class AppRoleAssignmentResource extends HandWrittenResource {
  public static readonly tfResourceType = 'azuread_app_role_assignment';

  constructor(scope: Construct, id: string, private readonly config: AppRoleAssignmentConfig) {
    super(scope, id, elementConfig(AppRoleAssignmentResource.tfResourceType, AZUREAD, config));
  }


  protected arguments(): Arguments {
    return {
      app_role_id: this.config.appRoleId,
      principal_object_id: this.config.principalObjectId,
      resource_object_id: this.config.resourceObjectId,
    };
  }
}
