// What every stack that uses this package gets, registered once per stack by the first construct of the
// package created in it: the collision check (a validation), the version requirements (an aspect), and
// HCL meta-arguments Terraform reads (an aspect over every resource and data source of the stack).
import { Aspects, IAspect, TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkCollisionsOf } from './collisions';
import { fixHclMetaArguments, fixHclTerraformBlock } from './hcl-output';
import { TerraformRequirements } from './terraform-requirements';

const HCL_FIXED = new WeakSet<TerraformStack>();

/** Rewrites each resource's and data source's HCL meta-arguments (see hcl-output.ts). */
class HclMetaArguments implements IAspect {
  public visit(node: IConstruct): void {
    if (TerraformResource.isTerraformResource(node) || TerraformDataSource.isTerraformDataSource(node)) {
      fixHclMetaArguments(node);
    }
  }
}

/** Registers the stack-wide checks of the stack `scope` belongs to (idempotent). */
export function registerStackChecks(scope: IConstruct): void {
  checkCollisionsOf(scope);
  TerraformRequirements.of(scope);
  const stack = TerraformStack.of(scope);
  if (!HCL_FIXED.has(stack)) {
    HCL_FIXED.add(stack);
    Aspects.of(stack).add(new HclMetaArguments());
    fixHclTerraformBlock(stack);
  }
}
