import { IConstruct } from 'constructs';
import { requirePattern } from './values';

// The tenant's initial domain: one DNS label (letters, digits, hyphens) followed by .onmicrosoft.com.
// Connect-ExchangeOnline -ManagedIdentity needs -Organization; Microsoft's guide uses this domain
// (https://learn.microsoft.com/powershell/exchange/connect-exo-powershell-managed-identity).
const ORGANIZATION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.onmicrosoft\.com$/i;

// The same rule as a Terraform expression, for a value known only at plan time (a variable): lower-cased
// first, as the /i above; `[.]` instead of `\\.` so the pattern needs no escaping in JSON or HCL strings,
// and the label's 63 characters as a length (at most 63 + 16 for ".onmicrosoft.com"), because cdktf ends an
// expression at the first `}` even inside a quoted string, so `{0,61}` would cut it short.
const ORGANIZATION_TERRAFORM = '^[a-z0-9]([a-z0-9-]*[a-z0-9])?[.]onmicrosoft[.]com$';
const ORGANIZATION_MAX_LENGTH = 63 + '.onmicrosoft.com'.length;

/** The message both checks give, after the value. */
export const ORGANIZATION_RULE = 'must be the tenant\'s initial domain, <name>.onmicrosoft.com (e.g. contoso.onmicrosoft.com), as Connect-ExchangeOnline -Organization expects';

/**
 * A Terraform condition (without `${}`) that is true when `expression` (e.g. `var.organization`) is of the
 * form `requireOrganization` accepts; test/entra/tenant-domains.test.ts has Terraform evaluate both on the
 * same cases.
 */
export function organizationFormatCondition(expression: string): string {
  return `can(regex("${ORGANIZATION_TERRAFORM}", lower(${expression}))) && try(length(${expression}) <= ${ORGANIZATION_MAX_LENGTH}, false)`;
}

/** Validates the `-Organization` value: the tenant's `<name>.onmicrosoft.com` domain. */
export function requireOrganization(scope: IConstruct | string, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, ORGANIZATION, ORGANIZATION_RULE);
}
