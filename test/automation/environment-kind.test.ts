// lib/automation/environment-kind.ts: the one check that a prop holds a PowerShellRuntimeEnvironment.
import { PowerShellRuntimeEnvironment } from '../../lib';
import { requireRuntimeEnvironment } from '../../lib/automation/environment-kind';

describe('requireRuntimeEnvironment', () => {
  test('returns a runtime environment of any copy of the package (marked by Symbol.for)', () => {
    const copy = {};
    Object.defineProperty(copy, Symbol.for('cdktf-exo-managed-identity.PowerShellRuntimeEnvironment'), { value: true });
    expect(PowerShellRuntimeEnvironment.isPowerShellRuntimeEnvironment(copy)).toBe(true);
    expect(requireRuntimeEnvironment('test/x', 'runtimeEnvironment', copy)).toBe(copy);
  });

  test('refuses anything else, naming the prop', () => {
    expect(() => requireRuntimeEnvironment('test/x', 'runtimeEnvironment', 'PowerShell-7-4'))
      .toThrow('test/x: runtimeEnvironment "PowerShell-7-4" must be a PowerShellRuntimeEnvironment');
    expect(() => requireRuntimeEnvironment('test/x', 'runtimeEnvironment', undefined))
      .toThrow('test/x: runtimeEnvironment (missing) must be a PowerShellRuntimeEnvironment');
  });
});
