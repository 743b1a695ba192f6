// lib/validation/entra-names.ts: app role values as Microsoft Entra allows them (no spaces).
import { requireAppRoleValue } from '../../lib/validation/entra-names';

describe('app role values', () => {
  test.each([['User.Read.All'], ['Exchange.ManageAsApp'], ['a'], ['Role_1:read-write']])('accepts %j', (value) => {
    expect(requireAppRoleValue('f', 'roles[0]', value)).toBe(value);
  });

  test.each([['User Read'], ['.User'], ['-x'], ['Mail/Send'], ['Rôle']])('refuses %j with the rule', (value) => {
    expect(() => requireAppRoleValue('f', 'roles[0]', value))
      .toThrow(`f: roles[0] ${JSON.stringify(value)} must be an app role value such as "User.Read.All" (letters, digits, ".", "-", "_" or ":", no spaces)`);
  });

  test('an empty or missing value is refused as a string first', () => {
    expect(() => requireAppRoleValue('f', 'role', '')).toThrow('f: role "" must not be empty');
    expect(() => requireAppRoleValue('f', 'role', undefined)).toThrow('f: role (missing) must be a string');
  });
});
