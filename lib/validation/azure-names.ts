// Azure naming rules shared by several constructs.
import { IConstruct } from 'constructs';
import { requirePattern } from './values';

// Resource group names, by azurerm's rule (resourcegroups.ValidateName in go-azure-helpers
// resourcemanager/resourcegroups/validate.go, vendored in azurerm v4.0.0-v5.2.0): `^[-\w._()]+$` (ASCII),
// at most 90 characters, not ending with a period.
export const RESOURCE_GROUP_NAME = /^[-\w.()]{0,89}[-\w()]$/;

/** A resource group name within Azure's rules. */
export function requireResourceGroupName(scope: IConstruct | string, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, RESOURCE_GROUP_NAME,
    'must be 1-90 letters, digits, underscores, hyphens, periods or parentheses, and must not end with a period');
}

// Locations, by azurerm's rule (location.EnhancedValidate in go-azure-helpers resourcemanager/location):
// offline it is StringIsNotEmpty after normalizing (lower case, spaces removed), so `westeurope` and
// `West Europe` are the same region. Whether the region exists is Azure's to say at apply time.
const LOCATION = /\S/;

/** An Azure region name, as azurerm accepts it. */
export function requireLocation(scope: IConstruct | string, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, LOCATION,
    'must name an Azure region, e.g. "westeurope" or "West Europe" (azurerm refuses an empty one)');
}

// Automation account names, by azurerm's rule (validate.AutomationAccount in
// internal/services/automation/validate/account_name.go, v4.0.0-v5.2.0): 6-50 characters.
export const AUTOMATION_ACCOUNT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{4,48}[a-zA-Z0-9]$/;

/** An Automation account name within Azure's rules. */
export function requireAutomationAccountName(scope: IConstruct | string, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, AUTOMATION_ACCOUNT_NAME,
    'must be 6-50 letters, digits or hyphens, starting with a letter or digit and ending with a letter or digit');
}

// azurerm does not validate identity names (`name` of azurerm_user_assigned_identity has no ValidateFunc,
// internal/services/managedidentity/user_assigned_identity_resource.go, v4.0.0-v5.2.0); this is Azure's
// rule, which the API enforces at apply time: 3-128 alphanumerics, hyphens and underscores, starting with a
// letter or number (https://learn.microsoft.com/azure/templates/microsoft.managedidentity/userassignedidentities).
export const IDENTITY_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/;

/** A user-assigned identity name within Azure's rules. */
export function requireUserAssignedIdentityName(scope: IConstruct | string, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, IDENTITY_NAME, 'must be 3-128 letters, digits, hyphens or underscores, starting with a letter or digit');
}

/**
 * The name a runtime environment gets when none is given: `PowerShell-7-4` for PowerShell 7.4,
 * `PowerShell-7-6` for 7.6. Every dot becomes a hyphen: Azure's names allow no dots.
 */
export function defaultRuntimeEnvironmentName(runtime: { version: string }): string {
  return `PowerShell-${runtime.version.split('.').join('-')}`;
}
