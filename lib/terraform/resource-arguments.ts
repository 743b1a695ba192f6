// Reading a provider resource's configured arguments without knowing its class: the policy checks and the
// collision check recognize resources by `terraformResourceType`, so they work with cdktf's generated
// bindings, the CDK Terrain ones, this package's hand-written ones and a second copy of any of them. The
// one place that reaches into a binding's `synthesizeAttributes` (protected in cdktf) and `rawOverrides`.
import { TerraformDataSource, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';

/** The node's Terraform resource type, or undefined when it is not a resource. */
export function resourceTypeOf(node: IConstruct): string | undefined {
  return TerraformResource.isTerraformResource(node) ? node.terraformResourceType : undefined;
}

/**
 * The configured value of argument `name` (camelCase) of a resource: the `<name>Input` getter every
 * generated and hand-written binding has, else the argument as the binding synthesizes it.
 */
export function argumentOf(resource: TerraformResource, name: string): unknown {
  const getter = `${name}Input`;
  if (getter in resource) {
    return (resource as unknown as { [key: string]: unknown })[getter];
  }
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return synthesizedArguments(resource)[snake];
}

/** Arguments by their Terraform (snake_case) names. */
export type ConfiguredArguments = { [name: string]: unknown };

/**
 * The arguments as the binding synthesizes them, by Terraform name, before token resolution.
 * `synthesizeAttributes` is what every binding (generated or hand-written) implements; calling it directly
 * skips the metadata and merging of a full `toTerraform()`. Each call builds them anew.
 */
function synthesizedArguments(element: TerraformResource | TerraformDataSource): ConfiguredArguments {
  return (element as unknown as { synthesizeAttributes(): ConfiguredArguments }).synthesizeAttributes();
}

/**
 * The configured arguments of a resource or data source, by Terraform name (before token resolution), with
 * its top-level overrides (`addOverride('name', ...)`) applied. Each call builds them anew: a caller that
 * reads them more than once keeps them.
 */
export function configuredArguments(element: TerraformResource | TerraformDataSource): ConfiguredArguments {
  const overrides = (element as unknown as { rawOverrides?: ConfiguredArguments }).rawOverrides ?? {};
  return { ...synthesizedArguments(element), ...overrides };
}
