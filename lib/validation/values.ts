// Construction-time validation helpers. Every error names the construct path, the prop, the value
// and the rule, e.g. `stack/exo/account: name "ab" must be 6-50 characters ...`. Values that are
// Terraform tokens (references resolved only at apply time) are never judged.
import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ConfigurationError } from './errors';

/** Builds the error message every validator uses, so they all read the same way. */
export function describeProblem(scope: IConstruct | string, prop: string, value: unknown, rule: string): string {
  const where = typeof scope === 'string' ? scope : scope.node.path;
  return `${where}: ${prop} ${formatValue(value)} ${rule}`;
}

/** Throws the standard validation error (a ConfigurationError with describeProblem's message). */
export function fail(scope: IConstruct | string, prop: string, value: unknown, rule: string): never {
  throw new ConfigurationError(describeProblem(scope, prop, value, rule));
}

function formatValue(value: unknown): string {
  if (value === undefined) {
    return '(missing)';
  }
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** True when the value is only known at apply time and must not be validated now. */
export function isUnresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/** A required string: present, a string, and not blank. Returns the value for chaining. */
export function requireString(scope: IConstruct | string, prop: string, value: unknown): string {
  if (isUnresolved(value)) {
    return value as string;
  }
  if (typeof value !== 'string') {
    fail(scope, prop, value, 'must be a string');
  }
  if (value.trim().length === 0) {
    fail(scope, prop, value, 'must not be empty');
  }
  return value;
}

/** A required string that must match a pattern; `rule` says the rule in words. */
export function requirePattern(
  scope: IConstruct | string, prop: string, value: unknown, pattern: RegExp, rule: string,
): string {
  const text = requireString(scope, prop, value);
  if (!isUnresolved(text) && !pattern.test(text)) {
    fail(scope, prop, text, rule);
  }
  return text;
}

// Object ids, client ids and role template ids: azuread validates them with validation.IsUUID (e.g.
// `principal_object_id` of azuread_app_role_assignment and azuread_directory_role_assignment, docs and
// internal/services in hashicorp/terraform-provider-azuread v3.0.0-v3.9.0).
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';

/** True for a GUID in its 8-4-4-4-12 hexadecimal form. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/**
 * A GUID as Azure and Microsoft Graph read it back: lower case. azuread's `principal_object_id`,
 * `app_role_id`, `resource_object_id` (azuread_app_role_assignment), `role_id` and `directory_scope_id`
 * (azuread_directory_role_assignment) and `client_id` (azuread_service_principal) are ForceNew, compared
 * as strings (no case-insensitive DiffSuppressFunc), and set from what Graph returns, which is lower case
 * (app_role_assignment_resource.go, directory_role_assignment_resource.go, service_principal_resource.go,
 * hashicorp/terraform-provider-azuread v3.9.0); azurerm_role_assignment's `principal_id` is the same
 * (role_assignment_resource.go, azurerm v5.2.0). An upper-case GUID there replaces the object on every plan.
 * Tokens are returned as they are.
 */
export function lowerGuid(value: string): string {
  return isUnresolved(value) ? value : value.toLowerCase();
}

/** Options of {@link requireGuid}. */
export interface GuidOptions {
  /**
   * Accept the nil GUID (00000000-0000-0000-0000-000000000000): only where it names something, as the
   * default app role id of an app role assignment.
   * @default false
   */
  readonly allowNil?: boolean;
}

/**
 * A GUID in its 8-4-4-4-12 hexadecimal form (object ids, client ids, template ids), returned in lower case
 * (see lowerGuid). Leading or trailing whitespace and the nil GUID (a placeholder, never an object) are
 * refused with their own messages. Tokens are not judged.
 */
export function requireGuid(scope: IConstruct | string, prop: string, value: unknown, options: GuidOptions = {}): string {
  const text = requireTrimmed(scope, prop, value);
  if (isUnresolved(text)) {
    return text;
  }
  if (!GUID.test(text)) {
    fail(scope, prop, text, 'must be a GUID: 8-4-4-4-12 hexadecimal digits such as 11111111-2222-3333-4444-555555555555 (not the nil GUID)');
  }
  if (text === NIL_GUID && !options.allowNil) {
    fail(scope, prop, text, 'must not be the nil GUID: it names no object (a placeholder left in a variable?); use the id of the object that exists');
  }
  return text.toLowerCase();
}

/**
 * A required string without leading or trailing whitespace (ids: GUIDs, ARM ids, import ids). Azure's
 * ids never begin or end with whitespace; one copied with a trailing space or newline would reach the
 * provider as a different id. Returns the value.
 */
export function requireTrimmed(scope: IConstruct | string, prop: string, value: unknown): string {
  const text = requireString(scope, prop, value);
  if (!isUnresolved(text) && text.trim() !== text) {
    fail(scope, prop, text, 'must not begin or end with whitespace (a space or line break copied with the id?)');
  }
  return text;
}

/** Optional tags: string keys and string values, within Azure's 512/256 character limits. */
// Tags, by the provider's rule (tags.Validate in go-azure-helpers resourcemanager/tags/validate.go, vendored
// in azurerm v4.0.0-v5.2.0): at most 50 tags, keys of at most 512 and values of at most 256, counted with
// Go's len(), which counts UTF-8 bytes. Azure itself also refuses < > % & \ ? / in tag names
// (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations), which the
// provider leaves to the API: checked here so the apply does not fail half-way.
const MAX_TAGS = 50;
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Resource tags within the provider's and Azure's limits. */
export function requireTags(scope: IConstruct, prop: string, tags: unknown): void {
  if (tags === undefined || isUnresolved(tags)) {
    return;
  }
  // A list or a string would pass Object.entries and be written as {"0": ...}.
  requireObject(scope, prop, tags, 'must be an object of tag names to values, e.g. { owner: "exchange-team" }');
  const entries = Object.entries(tags as { [key: string]: unknown });
  if (entries.length > MAX_TAGS) {
    throw new ConfigurationError(`${scope.node.path}: ${prop} (${entries.length} tags) must have at most ${MAX_TAGS} entries (azurerm and Azure allow ${MAX_TAGS} tags per resource)`);
  }
  for (const [key, value] of entries) {
    if (key.length === 0 || utf8Bytes(key) > 512 || /[<>%&\\?/]/.test(key)) {
      fail(scope, `${prop} key`, key, 'must be 1-512 bytes in UTF-8 without < > % & \\ ? /');
    }
    if (!isUnresolved(value) && (typeof value !== 'string' || utf8Bytes(value) > 256)) {
      const size = typeof value === 'string' ? ` (${utf8Bytes(value)} bytes)` : '';
      fail(scope, `${prop}["${key}"]`, value, `must be a string of at most 256 bytes in UTF-8${size}`);
    }
  }
}

/** Props (or a nested options object) must be an object; JavaScript callers can pass anything. */
export function requireObject(scope: IConstruct | string, prop: string, value: unknown,
  rule = 'must be an object with the documented properties'): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(scope, prop, value, rule);
  }
}

/** A list prop must be an array when given. */
export function requireArray(scope: IConstruct | string, prop: string, value: unknown): void {
  if (value !== undefined && !Array.isArray(value)) {
    fail(scope, prop, value, 'must be a list');
  }
}
