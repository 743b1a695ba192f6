// A public `azuread` provider block that works on cdktf and on CDK Terrain (which has no prebuilt azuread
// bindings: no @cdktn/provider-azuread on npm), so each stack can name its own tenant and sign-in method
// without a raw override. The argument names are the azuread provider's (docs/index.md of
// hashicorp/terraform-provider-azuread; the provider schema of azuread 3.7.0 as generated in
// @cdktf/provider-azuread 14, lib/provider). Secrets (client_secret, client_certificate and its password,
// oidc_token, oidc_request_token) are left out on purpose: a value set here is written in plain text into
// cdk.tf.json; pass them as ARM_* environment variables.
import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { azureadProviderArguments, AzureadProviderArguments } from '../bindings/azuread/provider';
import { hclAttributes, jsonAttributes } from '../bindings/hand-written';
import { requireOptionalBoolean, requireOptionalString } from '../validation/shapes';
import { describeProblem, isUnresolved, requireGuid, requireObject } from '../validation/values';

/** Settings of the `azuread` provider block; anything left out comes from the ARM_* environment variables. */
export interface AzureAdProviderProps {
  /**
   * `tenant_id`: the Microsoft Entra tenant to sign in to.
   * @default - the `ARM_TENANT_ID` environment variable
   */
  readonly tenantId?: string;

  /**
   * `client_id`: the application (client) id to sign in as (a service principal, or a user-assigned
   * identity with `useMsi`).
   * @default - the `ARM_CLIENT_ID` environment variable
   */
  readonly clientId?: string;

  /**
   * `client_id_file_path`: a file that holds the client id.
   * @default - not set
   */
  readonly clientIdFilePath?: string;

  /**
   * `use_oidc`: sign in with an OpenID Connect token (a pipeline's workload identity federation).
   * @default - the `ARM_USE_OIDC` environment variable, else false
   */
  readonly useOidc?: boolean;

  /**
   * `oidc_token_file_path`: a file that holds the OIDC token.
   * @default - not set
   */
  readonly oidcTokenFilePath?: string;

  /**
   * `ado_pipeline_service_connection_id`: the Azure DevOps service connection to request OIDC tokens for.
   * @default - the `ARM_ADO_PIPELINE_SERVICE_CONNECTION_ID` environment variable
   */
  readonly adoPipelineServiceConnectionId?: string;

  /**
   * `use_msi`: sign in with the managed identity of the machine that runs Terraform.
   * @default - the `ARM_USE_MSI` environment variable, else false
   */
  readonly useMsi?: boolean;

  /**
   * `use_cli`: allow the Azure CLI's signed-in account.
   * @default - the `ARM_USE_CLI` environment variable, else true (the provider's default)
   */
  readonly useCli?: boolean;

  /**
   * `use_aks_workload_identity`: sign in with AKS workload identity.
   * @default - the `ARM_USE_AKS_WORKLOAD_IDENTITY` environment variable, else false
   */
  readonly useAksWorkloadIdentity?: boolean;

  /**
   * `client_certificate_path`: a PKCS#12 certificate file for a service principal (its password comes
   * from `ARM_CLIENT_CERTIFICATE_PASSWORD`).
   * @default - not set
   */
  readonly clientCertificatePath?: string;

  /**
   * `environment`: the cloud, as the provider names it (`global`, `usgovernmentl4`, `usgovernmentl5`, `china`).
   * @default - the `ARM_ENVIRONMENT` environment variable, else `global`
   */
  readonly environment?: string;
}

/**
 * The `azuread` provider of one stack, in both flavors of the package (cdktf and CDK Terrain):
 *
 * ```ts
 * new AzureAdProvider(stack, 'azuread', { tenantId: '<tenant id>', useOidc: true });
 * ```
 *
 * One per stack: a second default `azuread` provider (this one or `@cdktf/provider-azuread`'s
 * `AzureadProvider`) fails validation at synth, as Terraform would refuse it.
 */
export class AzureAdProvider extends TerraformProvider {
  private readonly args: AzureadProviderArguments;

  constructor(scope: Construct, id: string, props: AzureAdProviderProps = {}) {
    super(scope, id, {
      terraformResourceType: 'azuread',
      terraformGeneratorMetadata: { providerName: 'azuread' },
      terraformProviderSource: 'hashicorp/azuread',
    });
    requireObject(this, 'props', props);
    const text = (prop: keyof AzureAdProviderProps) => requireOptionalString(this, prop, props[prop]);
    const flag = (prop: keyof AzureAdProviderProps) => requireOptionalBoolean(this, prop, props[prop]);
    const guid = (prop: 'tenantId' | 'clientId') => {
      const value = text(prop);
      return value === undefined || isUnresolved(value) ? value : requireGuid(this, prop, value);
    };
    this.args = {
      tenantId: guid('tenantId'),
      clientId: guid('clientId'),
      clientIdFilePath: text('clientIdFilePath'),
      useOidc: flag('useOidc'),
      oidcTokenFilePath: text('oidcTokenFilePath'),
      adoPipelineServiceConnectionId: text('adoPipelineServiceConnectionId'),
      useMsi: flag('useMsi'),
      useCli: flag('useCli'),
      useAksWorkloadIdentity: flag('useAksWorkloadIdentity'),
      clientCertificatePath: text('clientCertificatePath'),
      environment: text('environment'),
    };
    const stack = TerraformStack.of(this);
    this.node.addValidation({
      validate: () => {
        const others = stack.node.findAll().filter((c) => c !== this && TerraformProvider.isTerraformProvider(c)
          && c.terraformResourceType === 'azuread' && c.alias === undefined);
        return others.map((other) => describeProblem(this, 'id', id,
          `is a second default azuread provider in stack ${stack.node.path} (the other is ${other.node.path}); keep one`));
      },
    });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return jsonAttributes(azureadProviderArguments(this.args));
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes(azureadProviderArguments(this.args));
  }
}
