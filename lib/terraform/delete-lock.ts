// A CanNotDelete management lock: Azure refuses to delete the resource (from Terraform, the portal or
// the API) until the lock is removed. An opt-in on the identity and the Automation account.
import type { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import { Construct } from 'constructs';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const managementLockModule = (): typeof import('@cdktf/provider-azurerm/lib/management-lock') => require('@cdktf/provider-azurerm/lib/management-lock');

/** Adds `azurerm_management_lock` with `lock_level = "CanNotDelete"` on `scopeId`. */
export function addCannotDeleteLock(scope: Construct, name: string, scopeId: string, what: string): ManagementLock {
  return new (managementLockModule().ManagementLock)(scope, 'cannot-delete-lock', {
    name: `${name}-cannot-delete`,
    scope: scopeId,
    lockLevel: 'CanNotDelete',
    notes: `Protects the ${what} that Exchange Online runbooks sign in as (cdktf-exo-managed-identity).`,
  });
}
