// Wrong-shape guards: what JavaScript and JSON-fed callers pass where TypeScript would have refused it (a
// string where a runtime, a role, an account or a flag is expected, a list where an object is, an object
// that only looks like an identity). Every public entry point checks each prop with these, so the message
// names the construct path, the prop and what to pass instead, never a TypeError from deep inside. Kind
// checks test the markers of lib/validation/markers.ts, so an instance from a second copy of the package
// passes. Values that are Terraform tokens are not judged.
import { Construct, IConstruct } from 'constructs';
import { IMPORT_ID_FORMATS } from './import-ids';
import { isMarked } from './markers';
import { fail, isUnresolved, requireArray, requireGuid, requireObject, requirePattern, requireTrimmed } from './values';

/** Shows a wrong value in messages: a construct by its path, anything else as it is. */
function shown(value: unknown): unknown {
  const path = (value as IConstruct | null | undefined)?.node?.path;
  return typeof path === 'string' ? path : value;
}

/** Requires `value` to be marked as `kind`; `expected` says in words what to pass. */
export function requireKind<T>(scope: IConstruct | string, prop: string, value: unknown, kind: string, expected: string): T {
  if (!isMarked(value, kind)) {
    fail(scope, prop, shown(value), `must be ${expected}`);
  }
  return value as T;
}

/** An optional boolean flag: JavaScript callers can pass `'yes'` or `1`. */
export function requireOptionalBoolean(scope: IConstruct | string, prop: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    fail(scope, prop, value, 'must be true or false');
  }
  return value as boolean | undefined;
}

/** An optional string (a description, a display name): any text, or a token. */
export function requireOptionalString(scope: IConstruct | string, prop: string, value: unknown): string | undefined {
  if (value !== undefined && !isUnresolved(value) && typeof value !== 'string') {
    fail(scope, prop, value, 'must be a string');
  }
  return value as string | undefined;
}

/** A value that must be one of a few literal strings (`'system-assigned'`, `'user-assigned'`). */
export function requireOneOf(scope: IConstruct | string, prop: string, value: unknown, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    fail(scope, prop, value, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  }
  return value;
}

/** A construct (a scope to add to, a construct to annotate). */
export function requireConstruct(scope: IConstruct | string, prop: string, value: unknown): IConstruct {
  if (!Construct.isConstruct(value)) {
    fail(scope, prop, shown(value), 'must be a construct (a stack, or a construct in one)');
  }
  return value;
}

/** An optional map of strings by key (`{ [key: string]: string }`): a plain object whose values are strings. */
export function requireOptionalStringMap(scope: IConstruct | string, prop: string, value: unknown): { [key: string]: string } | undefined {
  if (value === undefined || isUnresolved(value)) {
    return value as undefined;
  }
  requireObject(scope, prop, value);
  for (const [key, item] of Object.entries(value as object)) {
    if (!isUnresolved(item) && typeof item !== 'string') {
      fail(scope, `${prop}["${key}"]`, item, 'must be a string');
    }
  }
  return value as { [key: string]: string };
}

/**
 * True when `item` has a string `fqn`, judged without calling an accessor: cdktf's elements compute `fqn`
 * on first read (a reference token, whose creation captures a whole V8 stack trace, and the logical id).
 * Reading it here, in every constructor, put those captures under the package's constructors (issue 17);
 * synthesis reads it once anyway. A data property must hold a string; an accessor is taken as cdktf's.
 */
function hasFqn(item: object): boolean {
  for (let holder: object | null = item; holder !== null; holder = Object.getPrototypeOf(holder)) {
    const descriptor = Object.getOwnPropertyDescriptor(holder, 'fqn');
    if (descriptor !== undefined) {
      return descriptor.get !== undefined || typeof descriptor.value === 'string';
    }
  }
  return false;
}

/** An optional list of things to wait for (`ITerraformDependable[]`: resources, data sources, modules). */
export function requireOptionalDependables(scope: IConstruct | string, prop: string, value: unknown): void {
  requireArray(scope, prop, value);
  ((value ?? []) as unknown[]).forEach((item, index) => {
    if (!item || typeof item !== 'object' || !hasFqn(item)) {
      fail(scope, `${prop}[${index}]`, shown(item), 'must be a Terraform resource or data source (an ITerraformDependable)');
    }
  });
}

/**
 * True when `value` looks like an identity: an object with a construct node and each of `members` set
 * (`principalId`; a user-assigned identity's `resourceId` too).
 */
function isIdentityShaped(value: unknown, members: readonly string[]): value is { [member: string]: unknown } {
  return !!value && typeof value === 'object' && (value as { node?: unknown }).node !== undefined
    && members.every((member) => (value as { [member: string]: unknown })[member] !== undefined);
}

const PRINCIPAL_MEMBERS = ['principalId'] as const;
const USER_ASSIGNED_MEMBERS = ['principalId', 'resourceId'] as const;

/** A principal must look like an IManagedIdentity: a construct with a principal id. */
export function requirePrincipal(scope: IConstruct | string, prop: string, value: unknown): void {
  if (!isIdentityShaped(value, PRINCIPAL_MEMBERS)) {
    fail(scope, prop, shown(value),
      'must be an IManagedIdentity (UserAssignedIdentity, an account\'s identity, or SystemAssignedIdentity)');
  }
  requireGuid(scope, `${prop}.principalId`, value.principalId);
}

/**
 * A user-assigned identity (IUserAssignedIdentity): a construct with a principal id and an ARM resource id in
 * the exact case azurerm parses (`identity_ids` of azurerm_automation_account, commonids.ValidateUserAssignedIdentityID).
 */
export function requireUserAssignedIdentity(scope: IConstruct | string, prop: string, value: unknown): void {
  if (!isIdentityShaped(value, USER_ASSIGNED_MEMBERS)) {
    fail(scope, prop, shown(value),
      'must be a user-assigned identity (UserAssignedIdentity or UserAssignedIdentity.fromAttributes)');
  }
  requireGuid(scope, `${prop}.principalId`, value.principalId);
  requireUserAssignedIdentityId(scope, `${prop}.resourceId`, value.resourceId);
}

/** The ARM id of a user-assigned identity, in the case Azure writes it (azurerm parses it case-sensitively). */
export function requireUserAssignedIdentityId(scope: IConstruct | string, prop: string, value: unknown): string {
  requireTrimmed(scope, prop, value);
  return requirePattern(scope, prop, value, IMPORT_ID_FORMATS.userAssignedIdentity.pattern,
    'must be /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>, with that exact case (azurerm parses identity ids case-sensitively; `az identity show --query id` prints it so)');
}
