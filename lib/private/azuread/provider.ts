// The `azuread` provider block (docs/index.md of hashicorp/terraform-provider-azuread), hand-written like the
// other azuread bindings so it runs on cdktf and on CDK Terrain. Only the argument the package sets:
// `tenant_id`, so that each tenant's stack signs in to its own tenant. Everything else (OIDC, client id)
// comes from ARM_* environment variables, as the pipelines pass them.
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { hclAttributes, jsonAttributes } from '../bindings';

export interface AzureadProviderBlockConfig {
  /** `tenant_id`: the tenant to sign in to. */
  readonly tenantId: string;
}

export class AzureadProviderBlock extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly config: AzureadProviderBlockConfig) {
    super(scope, id, {
      terraformResourceType: 'azuread',
      terraformGeneratorMetadata: { providerName: 'azuread' },
      terraformProviderSource: 'hashicorp/azuread',
    });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return jsonAttributes({ tenant_id: this.config.tenantId });
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes({ tenant_id: this.config.tenantId });
  }
}
