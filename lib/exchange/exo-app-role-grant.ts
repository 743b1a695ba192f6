import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ApiServicePrincipal } from '../entra/api-service-principal';
import { AppRoleGrant } from '../entra/app-role-grant';
import { IManagedIdentity } from '../identity/managed-identity';
import { makeWaitFor } from '../terraform/dependents';
import { checkImportId, IMPORT_ID_FORMATS } from '../validation/import-ids';
import { requireOptionalBoolean, requirePrincipal } from '../validation/shapes';
import { requireObject } from '../validation/values';
import {
  EXCHANGE_MANAGE_AS_APP_ROLE, EXCHANGE_MANAGE_AS_APP_ROLE_ID, EXCHANGE_ONLINE_APP_ID,
} from '../reference/well-known-ids';

const EXCHANGE_ONLINE_DISPLAY_NAME = 'Office 365 Exchange Online';

/** Properties of {@link ExoAppRoleGrant}. */
export interface ExoAppRoleGrantProps {
  /** The identity that will run Exchange Online PowerShell. */
  readonly principal: IManagedIdentity;
  /**
   * Create the tenant's "Office 365 Exchange Online" service principal when it is missing (the guide's
   * "not available in Microsoft Entra ID" case). It is adopted if it exists and is never deleted by
   * `terraform destroy` (`prevent_destroy`). Needs `Application.ReadWrite.All` for whoever applies.
   * @default false - read the existing service principal; plan fails clearly if it is missing
   */
  readonly createServicePrincipalIfMissing?: boolean;
  /**
   * Import id of the grant when it exists already (Step 4 of Microsoft's guide done by hand), to adopt it
   * with a Terraform `import` block instead of creating a duplicate that Entra ID refuses ("Permission
   * being assigned already exists on the object"):
   * `/servicePrincipals/<object id of Office 365 Exchange Online in the tenant>/appRoleAssignedTo/<assignment id>`.
   * @default - the grant is created
   */
  readonly importFrom?: string;
}

/**
 * Grants the `Exchange.ManageAsApp` app role of the tenant's "Office 365 Exchange Online" service
 * principal (application id 00000002-0000-0ff1-ce00-000000000000) to a managed identity: step 4 of
 * Microsoft's procedure. Plan-time checks confirm the role exists with its documented id.
 */
export class ExoAppRoleGrant extends Construct {
  /** The `azuread_app_role_assignment` resource. */
  public readonly assignment: TerraformResource;
  /** The tenant's Office 365 Exchange Online service principal. */
  public readonly servicePrincipal: ApiServicePrincipal;
  /** The identity that was granted. */
  public readonly principal: IManagedIdentity;
  /** The underlying grant (one app role of one API). */
  public readonly grant: AppRoleGrant;

  constructor(scope: Construct, id: string, props: ExoAppRoleGrantProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    requirePrincipal(this, 'principal', props.principal);
    requireOptionalBoolean(this, 'createServicePrincipalIfMissing', props.createServicePrincipalIfMissing);
    if (props.importFrom !== undefined) {
      checkImportId(this, 'importFrom', props.importFrom, IMPORT_ID_FORMATS.appRoleAssignment);
    }
    // Asked for here first, so a createServicePrincipalIfMissing that conflicts with another grant on the
    // same API names this construct and its prop, not the inner grant.
    ApiServicePrincipal.forApp(this, EXCHANGE_ONLINE_APP_ID, {
      createServicePrincipalIfMissing: props.createServicePrincipalIfMissing, displayName: EXCHANGE_ONLINE_DISPLAY_NAME,
    });
    const grant = new AppRoleGrant(this, 'grant', {
      principal: props.principal,
      resourceAppId: EXCHANGE_ONLINE_APP_ID,
      resourceDisplayName: EXCHANGE_ONLINE_DISPLAY_NAME,
      roles: [EXCHANGE_MANAGE_AS_APP_ROLE],
      expectedAppRoleIds: { [EXCHANGE_MANAGE_AS_APP_ROLE]: EXCHANGE_MANAGE_AS_APP_ROLE_ID },
      createServicePrincipalIfMissing: props.createServicePrincipalIfMissing,
      importFrom: props.importFrom === undefined ? undefined : { [EXCHANGE_MANAGE_AS_APP_ROLE]: props.importFrom },
    });
    this.grant = grant;
    this.assignment = grant.assignments[0];
    this.servicePrincipal = grant.servicePrincipal;
    this.principal = props.principal;
  }

  /** What dependents must wait for: the Exchange.ManageAsApp assignment. */
  public get dependables(): ITerraformDependable[] {
    return this.grant.dependables;
  }

  /** Makes every resource in `dependents` wait until the grant exists. */
  public applyBefore(...dependents: IConstruct[]): void {
    makeWaitFor(this, this.grant.assignments, dependents);
  }
}
