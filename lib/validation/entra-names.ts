// Entra naming rules shared by several constructs.
import { IConstruct } from 'constructs';
import { requirePattern } from './values';

// App role values: letters, digits and . - _ : (no spaces), as Microsoft Entra allows
// (https://learn.microsoft.com/entra/identity-platform/reference-app-manifest#approles-attribute:
// "value ... can't contain spaces").
export const APP_ROLE_VALUE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** An app role value such as `User.Read.All`. */
export function requireAppRoleValue(scope: IConstruct | string, prop: string, value: unknown): string {
  return requirePattern(scope, prop, value, APP_ROLE_VALUE, 'must be an app role value such as "User.Read.All" (letters, digits, ".", "-", "_" or ":", no spaces)');
}
