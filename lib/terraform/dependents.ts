// "Wait for this grant": grants and role bindings say what dependents must wait on (as aws-iam's
// `Grant.applyBefore` does), so callers never reach into their resources.
import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { fail } from '../validation/values';

/** Makes every Terraform resource in `dependents` (and below them) depend on each of `dependencies`. */
export function makeWaitFor(scope: IConstruct, dependencies: TerraformResource[], dependents: IConstruct[]): void {
  for (const dependent of dependents) {
    if (!dependent || typeof dependent !== 'object' || typeof (dependent as IConstruct).node?.findAll !== 'function') {
      fail(scope, 'applyBefore() dependents', dependent, 'must be constructs (e.g. a runbook or a resource) that wait for this grant');
    }
    for (const resource of dependent.node.findAll()) {
      if (TerraformResource.isTerraformResource(resource) && !dependencies.includes(resource)) {
        for (const dependency of dependencies) {
          resource.dependsOn = [...new Set([...(resource.dependsOn ?? []), dependency.fqn])];
        }
      }
    }
  }
}
