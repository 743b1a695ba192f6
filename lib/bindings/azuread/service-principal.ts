// `azuread_service_principal` (docs/resources/service_principal.md) and its data source
// (docs/data-sources/service_principal.md), both found by the application's `client_id` (named
// `application_id` before azuread 3.0). Both expose `object_id` and `app_role_ids` (app role value -> id).
import { Token, TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { Arguments, AZUREAD, elementConfig, HandWrittenDataSource, HandWrittenResource } from '../hand-written';

/** What both the resource and the data source give: the principal's object id and its app role ids. */
export interface IServicePrincipalAttributes {
  /** `object_id`, as a reference. */
  readonly objectId: string;
  /** The id of the app role with value `value`, as a reference to `app_role_ids["<value>"]`. */
  appRoleIdOf(value: string): string;
}

export interface ServicePrincipalConfig extends TerraformMetaArguments {
  /** `client_id`: application (client) id of the app the service principal represents. */
  readonly clientId: string;
  /** `use_existing`: adopt the tenant's service principal when it exists instead of failing. */
  readonly useExisting?: boolean;
}

export class ServicePrincipalResource extends HandWrittenResource implements IServicePrincipalAttributes {
  public static readonly tfResourceType = 'azuread_service_principal';

  constructor(scope: Construct, id: string, private readonly config: ServicePrincipalConfig) {
    super(scope, id, elementConfig(ServicePrincipalResource.tfResourceType, AZUREAD, config));
  }

  public get objectId(): string {
    return this.getStringAttribute('object_id');
  }

  /** The configured `client_id`. */
  public get clientIdInput(): string {
    return this.config.clientId;
  }

  public appRoleIdOf(value: string): string {
    return Token.asString(this.interpolationForAttribute(`app_role_ids[${mapKey(value)}]`));
  }


  protected arguments(): Arguments {
    return { client_id: this.config.clientId, use_existing: this.config.useExisting };
  }
}

export interface ServicePrincipalLookupConfig extends TerraformMetaArguments {
  /** `client_id`: application (client) id of the app. */
  readonly clientId: string;
}

export class ServicePrincipalDataSource extends HandWrittenDataSource implements IServicePrincipalAttributes {
  public static readonly tfResourceType = 'azuread_service_principal';

  constructor(scope: Construct, id: string, private readonly config: ServicePrincipalLookupConfig) {
    super(scope, id, elementConfig(ServicePrincipalDataSource.tfResourceType, AZUREAD, config));
  }

  public get objectId(): string {
    return this.getStringAttribute('object_id');
  }

  public appRoleIdOf(value: string): string {
    return Token.asString(this.interpolationForAttribute(`app_role_ids[${mapKey(value)}]`));
  }

  protected arguments(): Arguments {
    return { client_id: this.config.clientId };
  }
}

/**
 * A map key inside a Terraform expression: a literal is quoted, a reference (token) is written as the
 * expression it stands for (quoting it would make the key the text "var.x").
 */
export function mapKey(value: string): string {
  return Token.isUnresolved(value) ? value : JSON.stringify(value);
}
