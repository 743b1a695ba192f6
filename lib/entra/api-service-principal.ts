import { Postcondition, TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { requireConstruct, requireOptionalBoolean, requireOptionalString } from '../validation/shapes';
import { TerraformRequirements } from '../stack/terraform-requirements';
import {
  IServicePrincipalAttributes, mapKey, ServicePrincipalDataSource, ServicePrincipalResource,
} from '../bindings/azuread/service-principal';
import { requireAppRoleValue } from '../validation/entra-names';
import { fail, requireGuid, requireObject } from '../validation/values';

/** Options of {@link ApiServicePrincipal.forApp}. */
export interface ApiServicePrincipalOptions {
  /**
   * Create the API's service principal in the tenant when it is missing (Microsoft's "not available in
   * Microsoft Entra ID" case). The resource adopts an existing one (`use_existing`) and carries
   * `prevent_destroy`, so `terraform destroy` never deletes a tenant's first-party service principal.
   * @default false - only read the tenant's existing service principal
   */
  readonly createServicePrincipalIfMissing?: boolean;
  /**
   * A readable name for the API, used in messages and plan-time check errors.
   * @default - the application id
   */
  readonly displayName?: string;
}

/**
 * The service principal of an API (a resource application such as Office 365 Exchange Online or
 * Microsoft Graph) in the tenant. One per application id per stack: every grant on the same API shares
 * it, and each app role a grant needs is checked at plan time (a `postcondition`).
 */
export class ApiServicePrincipal extends Construct {
  /** The stack's service principal for `appId`, created on first use. */
  public static forApp(scope: IConstruct, appId: string, options: ApiServicePrincipalOptions = {}): ApiServicePrincipal {
    requireConstruct('ApiServicePrincipal.forApp', 'scope', scope);
    appId = requireGuid(scope, 'appId', appId);
    requireObject(scope, 'options', options);
    requireOptionalBoolean(scope, 'createServicePrincipalIfMissing', options.createServicePrincipalIfMissing);
    requireOptionalString(scope, 'displayName', options.displayName);
    const stack = TerraformStack.of(scope);
    const id = `api-service-principal-${appId.toLowerCase()}`;
    const existing = stack.node.tryFindChild(id) as ApiServicePrincipal | undefined;
    const createIfMissing = options.createServicePrincipalIfMissing ?? false;
    if (existing) {
      if (existing.createServicePrincipalIfMissing !== createIfMissing) {
        fail(scope, 'createServicePrincipalIfMissing', createIfMissing,
          `must match the other grants on application ${appId} in this stack (${existing.requestedBy} set it to ${existing.createServicePrincipalIfMissing})`);
      }
      return existing;
    }
    return new ApiServicePrincipal(stack, id, appId, createIfMissing, options.displayName ?? appId, scope.node.path);
  }

  /** Application (client) id of the API. */
  public readonly appId: string;
  /** Object id of the API's service principal in this tenant: what app-role assignments name as resource. */
  public readonly objectId: string;
  /** Whether the stack creates the service principal when the tenant lacks it. */
  public readonly createServicePrincipalIfMissing: boolean;
  /** The `azuread_service_principal` data source, when the principal is only read (escape hatch). */
  public readonly lookup?: TerraformDataSource;
  /** The `azuread_service_principal` resource, when `createServicePrincipalIfMissing` is set (escape hatch). */
  public readonly resource?: TerraformResource;
  private readonly principal: IServicePrincipalAttributes & (TerraformResource | TerraformDataSource);
  private readonly displayName: string;
  private readonly requestedBy: string;
  private readonly checkedRoles = new Map<string, string | undefined>();
  /** The reference to each app role id handed out, by role value (`appRoleId`). */
  private readonly roleIds = new Map<string, string>();

  private constructor(scope: Construct, id: string, appId: string, createIfMissing: boolean, displayName: string, requestedBy: string) {
    super(scope, id);
    this.appId = appId;
    this.createServicePrincipalIfMissing = createIfMissing;
    this.displayName = displayName;
    this.requestedBy = requestedBy;
    if (createIfMissing) {
      const resource = new ServicePrincipalResource(this, 'resource', {
        clientId: appId,
        useExisting: true,
        // use_existing still deletes on destroy (it only ignores a failed delete); a tenant's first-party
        // service principal must never go with this stack.
        lifecycle: { preventDestroy: true },
      });
      this.resource = resource;
      this.principal = resource;
    } else {
      const lookup = new ServicePrincipalDataSource(this, 'lookup', { clientId: appId });
      this.lookup = lookup;
      this.principal = lookup;
    }
    this.objectId = this.principal.objectId;
  }

  /**
   * The id of the app role whose value is `value` (e.g. `User.Read.All`), read from the tenant's
   * service principal. Adds a plan-time check that the role exists (and has `expectedId` when given).
   */
  public appRoleId(value: string, expectedId?: string): string {
    requireAppRoleValue(this, 'appRoleId() value', value);
    if (expectedId !== undefined) {
      expectedId = requireGuid(this, 'appRoleId() expectedId', expectedId, { allowNil: true });
    }
    if (!this.checkedRoles.has(value)) {
      this.checkedRoles.set(value, expectedId);
      this.applyPostconditions();
    }
    // One reference per role: the service principal is shared by every grant of the stack, and each new
    // reference is a token for which cdktf captures the whole call stack (issue 17).
    let id = this.roleIds.get(value);
    if (id === undefined) {
      id = this.principal.appRoleIdOf(value);
      this.roleIds.set(value, id);
    }
    return id;
  }

  private applyPostconditions(): void {
    TerraformRequirements.of(this).requireTerraform('1.2.0', 'plan-time postconditions');
    const postcondition: Postcondition[] = [];
    for (const [value, expectedId] of this.checkedRoles) {
      const key = mapKey(value);
      postcondition.push(expectedId === undefined
        ? {
          condition: `\${contains(keys(self.app_role_ids), ${key})}`,
          errorMessage: `The service principal of ${this.displayName} (application ${this.appId}) has no app role ${key}. Check the role's value (case-sensitive) in the API's app roles.`,
        }
        : {
          condition: `\${lookup(self.app_role_ids, ${key}, "") == "${expectedId}"}`,
          errorMessage: `The service principal of ${this.displayName} (application ${this.appId}) must expose app role ${key} with id ${expectedId}, as Microsoft documents. If the principal is missing or incomplete, see the README's troubleshooting section.`,
        });
    }
    this.principal.lifecycle = { ...(this.principal.lifecycle ?? {}), postcondition };
  }
}
