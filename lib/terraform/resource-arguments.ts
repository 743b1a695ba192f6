// Reading a provider resource's configured arguments without knowing its class: the policy checks
// recognize resources by `terraformResourceType`, so they work with cdktf's generated bindings, the
// CDK Terrain ones, this package's hand-written ones and a second copy of any of them.
import { TerraformResource } from 'cdktf';
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
  const attributes = (resource as unknown as { synthesizeAttributes(): { [key: string]: unknown } }).synthesizeAttributes();
  return attributes[snake];
}
