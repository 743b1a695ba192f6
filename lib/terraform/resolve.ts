// Reading configured values back for the policy checks: tokens resolve to the Terraform expression they
// stand for, so two references to the same resource compare equal.
import { DefaultTokenResolver, StringConcat, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';

const RESOLVER = new DefaultTokenResolver(new StringConcat());

/** The value as it will be synthesized (references become `${type.name.attr}` strings). */
export function resolveIn(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope, preparing: false, resolver: RESOLVER });
}

/**
 * Which resource of `type` a value points at: `type.<name>` for a reference to any attribute of it,
 * otherwise the literal value (a name or id typed by hand).
 */
export function terraformAddressOf(scope: IConstruct, value: unknown, type: string): string | undefined {
  const resolved = resolveIn(scope, value);
  if (typeof resolved !== 'string') {
    return undefined;
  }
  const match = new RegExp(`^\\$\\{${type}\\.([^.}]+)\\.`).exec(resolved);
  return match ? `${type}.${match[1]}` : resolved;
}
