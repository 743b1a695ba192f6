// The `azuread` provider block (docs/index.md of hashicorp/terraform-provider-azuread; the azuread 3.7.0
// provider schema as generated in @cdktf/provider-azuread 14, lib/provider), hand-written like the other
// azuread bindings so it runs on cdktf and on CDK Terrain. `azureadProviderArguments` maps the settings the
// package supports to Terraform names, for the public `AzureAdProvider` (lib/entra/azuread-provider.ts)
// and for `AzureadProviderBlock`, which the tenants stacks use to sign each one in to its own tenant.
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { Arguments, hclAttributes, jsonAttributes } from '../hand-written';

/** The provider arguments the package writes, by their cdktf names. */
export interface AzureadProviderArguments {
  readonly tenantId?: string;
  readonly clientId?: string;
  readonly clientIdFilePath?: string;
  readonly useOidc?: boolean;
  readonly oidcTokenFilePath?: string;
  readonly adoPipelineServiceConnectionId?: string;
  readonly useMsi?: boolean;
  readonly useCli?: boolean;
  readonly useAksWorkloadIdentity?: boolean;
  readonly clientCertificatePath?: string;
  readonly environment?: string;
}

/** The arguments by Terraform name; unset ones are left out of the block. */
export function azureadProviderArguments(args: AzureadProviderArguments): Arguments {
  const all: Arguments = {
    tenant_id: args.tenantId,
    client_id: args.clientId,
    client_id_file_path: args.clientIdFilePath,
    use_oidc: args.useOidc,
    oidc_token_file_path: args.oidcTokenFilePath,
    ado_pipeline_service_connection_id: args.adoPipelineServiceConnectionId,
    use_msi: args.useMsi,
    use_cli: args.useCli,
    use_aks_workload_identity: args.useAksWorkloadIdentity,
    client_certificate_path: args.clientCertificatePath,
    environment: args.environment,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

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
    return jsonAttributes(azureadProviderArguments({ tenantId: this.config.tenantId }));
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes(azureadProviderArguments({ tenantId: this.config.tenantId }));
  }
}
