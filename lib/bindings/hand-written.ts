// Plumbing for the package's hand-written provider bindings (lib/bindings/azuread/*, the PowerShell 7.4
// resources): typed classes over cdktf's generic TerraformResource / TerraformDataSource that list their
// arguments once and derive both the JSON and the HCL output from that list, in the format the generated
// bindings use. Hand-written bindings work unchanged on cdktf and on CDK Terrain, which has no prebuilt
// azuread provider (no @cdktn/provider-azuread on npm). The azuread ones (lib/bindings/azuread) were checked
// against hashicorp/terraform-provider-azuread docs/ from 3.0.0 to 3.9.0 and the generated
// @cdktf/provider-azuread 14 (azuread 3.7.0); test/repository/provider-schemas.test.ts checks every written argument
// and every read attribute against the latter.
import {
  booleanToHclTerraform, booleanToTerraform, hashMapper, hashMapperHcl, stringToHclTerraform, stringToTerraform,
  TerraformDataSource, TerraformMetaArguments, TerraformResource,
} from 'cdktf';

/** Arguments by Terraform name: strings, booleans and string maps are all these bindings have. */
export type Arguments = { [terraformName: string]: string | boolean | { [key: string]: string } | undefined };

/**
 * The settings every binding passes to its base class: type, provider name and meta-arguments. With no
 * provider name, cdktf does not require a provider construct for the element: used for azuread, which a
 * CDK Terrain project may configure without bindings (environment variables, or no provider block).
 */
export function elementConfig(terraformResourceType: string, providerName: string | undefined, config: TerraformMetaArguments) {
  return {
    terraformResourceType,
    terraformGeneratorMetadata: providerName === undefined ? undefined : { providerName },
    provider: config.provider,
    dependsOn: config.dependsOn,
    count: config.count,
    lifecycle: config.lifecycle,
    forEach: config.forEach,
  };
}

/** The arguments as `synthesizeAttributes` returns them (JSON output). */
export function jsonAttributes(args: Arguments): { [name: string]: unknown } {
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [name,
    typeof value === 'boolean' ? booleanToTerraform(value)
      : typeof value === 'object' ? hashMapper(stringToTerraform)(value) : stringToTerraform(value)]));
}

/** The arguments as `synthesizeHclAttributes` returns them (HCL output). */
export function hclAttributes(args: Arguments): { [name: string]: unknown } {
  return Object.fromEntries(Object.entries(args)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name,
      typeof value === 'boolean' ? { value: booleanToHclTerraform(value), isBlock: false, type: 'simple', storageClassType: 'boolean' }
        : typeof value === 'object' ? { value: hashMapperHcl(stringToHclTerraform)(value), isBlock: false, type: 'map', storageClassType: 'stringMap' }
          : { value: stringToHclTerraform(value), isBlock: false, type: 'simple', storageClassType: 'string' }]));
}

/**
 * The provider name the azuread bindings declare: none. cdktf then requires no azuread provider construct
 * in the stack (a CDK Terrain project has no azuread bindings to make one); Terraform configures azuread
 * from a provider block when there is one and from ARM_* environment variables otherwise. The stack's
 * required_providers entry for azuread comes from TerraformRequirements.
 */
export const AZUREAD: string | undefined = undefined;

/** A hand-written resource: it lists its arguments once (`arguments()`); the JSON and HCL output derive from them. */
export abstract class HandWrittenResource extends TerraformResource {
  /** The configured arguments by Terraform name (undefined ones are left out). */
  protected abstract arguments(): Arguments;

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return jsonAttributes(this.arguments());
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes(this.arguments());
  }
}

/** A hand-written data source, as HandWrittenResource. */
export abstract class HandWrittenDataSource extends TerraformDataSource {
  /** The configured arguments by Terraform name (undefined ones are left out). */
  protected abstract arguments(): Arguments;

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return jsonAttributes(this.arguments());
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes(this.arguments());
  }
}
