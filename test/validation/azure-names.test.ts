// lib/validation/azure-names.ts: Azure's naming rules for resource groups, locations, Automation accounts
// and user-assigned identities, each refused with its rule in words; and the default runtime environment name.
import {
  defaultRuntimeEnvironmentName, requireAutomationAccountName, requireLocation, requireResourceGroupName, requireUserAssignedIdentityName,
} from '../../lib/validation/azure-names';

describe('resource group names', () => {
  test.each([['rg'], ['rg-exo_(prod).1'], ['a'.repeat(90)], ['x)']])('accepts %j', (name) => {
    expect(requireResourceGroupName('f', 'resourceGroupName', name)).toBe(name);
  });

  test.each([['rg.'], ['a'.repeat(91)], ['rg exo'], ['rg/exo'], ['rgé'], ['']])('refuses %j', (name) => {
    expect(() => requireResourceGroupName('f', 'resourceGroupName', name)).toThrow(name === ''
      ? 'f: resourceGroupName "" must not be empty'
      : `f: resourceGroupName ${JSON.stringify(name)} must be 1-90 letters, digits, underscores, hyphens, periods or parentheses, and must not end with a period`);
  });
});

describe('locations', () => {
  test('any non-blank region name, in either spelling; blank is refused', () => {
    expect(requireLocation('f', 'location', 'westeurope')).toBe('westeurope');
    expect(requireLocation('f', 'location', 'West Europe')).toBe('West Europe');
    expect(() => requireLocation('f', 'location', ' ')).toThrow('f: location " " must not be empty');
    expect(() => requireLocation('f', 'location', 7)).toThrow('f: location 7 must be a string');
  });
});

describe('Automation account names', () => {
  test.each([['abcdef'], ['1-automation'], ['a'.repeat(50)], ['A1-b2-C3']])('accepts %j', (name) => {
    expect(requireAutomationAccountName('f', 'name', name)).toBe(name);
  });

  test.each([['abcde'], ['a'.repeat(51)], ['-abcdef'], ['abcdef-'], ['abc_def'], ['abc.def']])('refuses %j', (name) => {
    expect(() => requireAutomationAccountName('f', 'name', name))
      .toThrow(`f: name ${JSON.stringify(name)} must be 6-50 letters, digits or hyphens, starting with a letter or digit and ending with a letter or digit`);
  });
});

describe('user-assigned identity names', () => {
  test.each([['id1'], ['id-exo_prod'], ['a'.repeat(128)], ['1-_']])('accepts %j', (name) => {
    expect(requireUserAssignedIdentityName('f', 'name', name)).toBe(name);
  });

  test.each([['id'], ['a'.repeat(129)], ['_id-exo'], ['-id-exo'], ['id.exo']])('refuses %j', (name) => {
    expect(() => requireUserAssignedIdentityName('f', 'name', name))
      .toThrow(`f: name ${JSON.stringify(name)} must be 3-128 letters, digits, hyphens or underscores, starting with a letter or digit`);
  });
});

test('the default runtime environment name replaces every dot of the version with a hyphen', () => {
  expect(defaultRuntimeEnvironmentName({ version: '7.4' })).toBe('PowerShell-7-4');
  expect(defaultRuntimeEnvironmentName({ version: '7.6' })).toBe('PowerShell-7-6');
  expect(defaultRuntimeEnvironmentName({ version: '7.10.1' })).toBe('PowerShell-7-10-1');
});
