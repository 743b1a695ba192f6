// What every stack that uses this package gets, registered once per stack by the first construct of the
// package created in it: the collision check (a validation) and the version requirements (an aspect).
import { IConstruct } from 'constructs';
import { checkCollisionsOf } from './collisions';
import { TerraformRequirements } from './terraform-requirements';

/** Registers the stack-wide checks of the stack `scope` belongs to (idempotent). */
export function registerStackChecks(scope: IConstruct): void {
  checkCollisionsOf(scope);
  TerraformRequirements.of(scope);
}
