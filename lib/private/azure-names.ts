// Azure naming rules shared by several constructs.
import { IConstruct } from 'constructs';
import { requirePattern } from './validation';

// Resource group names: 1-90 letters, digits, underscores, hyphens, periods and parentheses, not ending in a period.
const RESOURCE_GROUP_NAME = /^[-\w.()]{0,89}[-\w()]$/u;

/** A resource group name within Azure's rules. */
export function requireResourceGroupName(scope: IConstruct, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, RESOURCE_GROUP_NAME,
    'must be 1-90 letters, digits, underscores, hyphens, periods or parentheses, and must not end with a period');
}

// Region names as ARM spells them (`westeurope`) or as the portal shows them (`West Europe`).
const LOCATION = /^[A-Za-z][A-Za-z0-9 ]{1,40}$/;

/** An Azure region name. */
export function requireLocation(scope: IConstruct, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, LOCATION,
    'must be an Azure region name such as "westeurope" or "West Europe"');
}

// Azure's rule for Automation account names (6-50 characters).
const AUTOMATION_ACCOUNT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{4,48}[a-zA-Z0-9]$/;

/** An Automation account name within Azure's rules. */
export function requireAutomationAccountName(scope: IConstruct, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, AUTOMATION_ACCOUNT_NAME,
    'must be 6-50 letters, digits or hyphens, starting with a letter or digit and ending with a letter or digit');
}
