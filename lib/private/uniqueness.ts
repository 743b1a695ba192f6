// Remembers, per stack, which grants and role bindings exist, so that a duplicate is reported at
// synth time (naming both constructs) instead of failing at apply time with azuread's
// "Permission being assigned already exists on the object".
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { fail } from './validation';

const claims = new WeakMap<TerraformStack, Map<string, string>>();

/** Records that `owner` creates the thing named by `key`; throws if another construct already does. */
export function claimUnique(owner: IConstruct, key: string, prop: string, value: unknown, what: string): void {
  const stack = TerraformStack.of(owner);
  let seen = claims.get(stack);
  if (!seen) {
    seen = new Map();
    claims.set(stack, seen);
  }
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    fail(owner, prop, value, `duplicates ${earlier}: ${what} may exist only once per stack (Microsoft Entra ID rejects the second copy at apply time)`);
  }
  seen.set(key, owner.node.path);
}
