// lib/automation/powershell-runtime.ts: the runtimes a runbook runs on, and what each decides (the runbook
// type, whether modules go into a runtime environment).
import { PowerShellRuntime } from '../../lib/automation/powershell-runtime';

describe('PowerShellRuntime', () => {
  test('all() lists 5.1, 7.2, 7.4 and 7.6 with their runbook type and module import', () => {
    expect(PowerShellRuntime.all().map((r) => [r.version, r.runbookType, r.usesRuntimeEnvironment, r.toString()])).toEqual([
      ['5.1', 'PowerShell', false, 'PowerShell 5.1'],
      ['7.2', 'PowerShell72', false, 'PowerShell 7.2'],
      ['7.4', 'PowerShell', true, 'PowerShell 7.4'],
      ['7.6', 'PowerShell', true, 'PowerShell 7.6'],
    ]);
    expect(PowerShellRuntime.all()).toEqual([PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4, PowerShellRuntime.V7_6]);
  });

  test('each runtime is one object, and reads as its name in a message', () => {
    expect(PowerShellRuntime.all()[2]).toBe(PowerShellRuntime.V7_4);
    expect(`runs on ${PowerShellRuntime.V7_6}`).toBe('runs on PowerShell 7.6');
  });

  test('isPowerShellRuntime: true for the runtimes, also from a second copy of the package; false for look-alikes', () => {
    for (const runtime of PowerShellRuntime.all()) {
      expect(PowerShellRuntime.isPowerShellRuntime(runtime)).toBe(true);
    }
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second copy needs a fresh require inside isolateModules
      const copy = require('../../lib/automation/powershell-runtime') as typeof import('../../lib/automation/powershell-runtime');
      expect(copy.PowerShellRuntime.V7_4).not.toBe(PowerShellRuntime.V7_4);
      expect(PowerShellRuntime.isPowerShellRuntime(copy.PowerShellRuntime.V7_4)).toBe(true);
    });
    for (const lookAlike of ['7.4', { version: '7.4', runbookType: 'PowerShell', usesRuntimeEnvironment: true }, null, undefined]) {
      expect(PowerShellRuntime.isPowerShellRuntime(lookAlike)).toBe(false);
    }
  });
});
