import { IConstruct } from 'constructs';
import { requirePattern } from '../private/validation';

// The tenant's initial domain: one DNS label (letters, digits, hyphens) followed by .onmicrosoft.com.
// Connect-ExchangeOnline -ManagedIdentity needs -Organization; Microsoft's guide uses this domain
// (https://learn.microsoft.com/powershell/exchange/connect-exo-powershell-managed-identity).
const ORGANIZATION = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.onmicrosoft\.com$/i;

/** Validates the `-Organization` value: the tenant's `<name>.onmicrosoft.com` domain. */
export function requireOrganization(scope: IConstruct | string, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, ORGANIZATION,
    'must be the tenant\'s initial domain, <name>.onmicrosoft.com (e.g. contoso.onmicrosoft.com), as Connect-ExchangeOnline -Organization expects');
}
