// What makes a value an Automation account of this package: the marker both kinds carry (an account
// created here, and one from AutomationAccountWithIdentity.fromAttributes), set, tested and required in
// one place. A marker, not `instanceof`, so an account from a second copy of the package passes
// (lib/validation/markers.ts). Lives beside IAutomationAccount, which the lower layers cannot import.
import { IConstruct } from 'constructs';
import { IAutomationAccount } from './automation-account-interface';
import { isMarked, markAs } from '../validation/markers';
import { requireKind } from '../validation/shapes';

const KIND = 'AutomationAccount';

/** What the message asks for where a construct's `account` prop is not an account. */
const AN_AUTOMATION_ACCOUNT = 'an Automation account (AutomationAccountWithIdentity or AutomationAccountWithIdentity.fromAttributes)';

/** Marks `account` as an Automation account of this package. */
export function markAsAutomationAccount(account: IAutomationAccount): void {
  markAs(account, KIND);
}

/** True when `x` is an Automation account of this package (created or imported), from any copy of it. */
export function isAutomationAccount(x: unknown): x is IAutomationAccount {
  return isMarked(x, KIND);
}

/**
 * Requires `value` to be an Automation account. The message names `prop` and says what to pass:
 * `expected`, after "must be ".
 */
export function requireAutomationAccount(
  scope: IConstruct | string, prop: string, value: unknown, expected: string = AN_AUTOMATION_ACCOUNT,
): IAutomationAccount {
  return requireKind<IAutomationAccount>(scope, prop, value, KIND, expected);
}
