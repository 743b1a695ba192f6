// The one error every refusal of this package throws: a prop, a tenants file, an output folder or a stack
// setting that the package will not build from. Internal (not exported from lib/index.ts); `fail` and
// `describeProblem` (values.ts) write its usual message, `<construct path or factory>: <prop> <value> <rule>`.
//
// Users see it exactly as they saw the plain `Error` it replaces: `name` is 'Error' (inherited from
// Error.prototype), so `String(error)` and the stack's first line read `Error: <message>`; and the class
// itself is named 'Error' too, because Node prints an uncaught error (and `util.inspect`, `console.log`)
// under its constructor's name when that differs (`ConfigurationError: <message>` otherwise).
// `error instanceof Error` holds; no constructor of its own, so the stack starts where it is thrown.

/** A refusal: input that this package will not build from. The message names where, what and the rule. */
export class ConfigurationError extends Error {}
Object.defineProperty(ConfigurationError, 'name', { value: 'Error' });

/**
 * Throws for a fault of this package itself (a rule id or a data row it lacks, a constant that does not
 * parse): a bug to report, not a refusal of the user's input, so it is a plain `Error`.
 */
export function internalError(message: string): never {
  throw new Error(message);
}
