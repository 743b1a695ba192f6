// The names a construct of this package was created with, as literals. An Automation account (or a
// runtime environment) created in this stack exposes its name as a reference, so that dependents are
// created after it; an import id check cannot compare a reference, so it reads the literal recorded here.
// A WeakMap keeps the record off the public API and lets the construct be collected with its tree.
import { isUnresolved } from '../validation/values';

/** Named parts of an import id (`account`, `resourceGroup`, `environment`) and their literal values. */
export type LiteralNames = { [part: string]: string | undefined };

const RECORDED = new WeakMap<object, LiteralNames>();

/** Records the literal names `target` was created with. */
export function recordLiteralNames(target: object, names: LiteralNames): void {
  RECORDED.set(target, names);
}

/**
 * The literal account name and resource group of an Automation account: recorded when this package created
 * it, else its own attributes when they are not references (an account from `fromAttributes`).
 */
export function accountNamesOf(account: { name: string; resourceGroupName: string }): LiteralNames {
  const recorded = RECORDED.get(account);
  return {
    account: recorded?.account ?? literal(account.name),
    resourceGroup: recorded?.resourceGroup ?? literal(account.resourceGroupName),
  };
}

/** The literal names recorded for `target` (empty when none were). */
export function literalNamesOf(target: object): LiteralNames {
  return RECORDED.get(target) ?? {};
}

function literal(value: unknown): string | undefined {
  return typeof value === 'string' && !isUnresolved(value) ? value : undefined;
}
