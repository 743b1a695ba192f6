// The ExchangeOnlineManagement / PowerShell table (lib/exchange/exchange-module-support.ts), one test per
// row and runtime: which versions load in which Azure Automation runtime, and the defaults. Expected
// outcomes are written out here, not derived from the table, so a wrong edit of the table fails.
import {
  AutomationAccountWithIdentity, ExchangeOnlineAutomation, ExchangeOnlineModuleImport, PowerShellRuntime, EntraRole,
} from '../../lib';
import { EXCHANGE_MODULE_SUPPORT } from '../../lib/exchange/exchange-module-support';
import { newStackWithProviders } from '../support/helpers';

function importWith(runtime: PowerShellRuntime, version?: string): ExchangeOnlineModuleImport {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  return new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime, version });
}

describe('ExchangeOnlineManagement versions per Azure Automation runtime', () => {
  test('the table has the rows of Microsoft\'s supported-versions tables', () => {
    expect(EXCHANGE_MODULE_SUPPORT.map((row) => [row.from, row.through, row.powerShell7Min, row.powerShell7Max])).toEqual([
      ['3.0.0', '3.4.0', '7.2.0', '7.3.7'],
      ['3.5.0', '3.9.2', '7.4.0', undefined],
      ['3.10.0', undefined, '7.6.0', undefined],
    ]);
  });

  // [table row, runtime, version, undefined when it loads, else the text of the error]
  test.each([
    ['3.0.0-3.4.0', PowerShellRuntime.V5_1, '3.0.0', undefined],
    ['3.0.0-3.4.0', PowerShellRuntime.V7_2, '3.0.0', undefined],
    ['3.0.0-3.4.0', PowerShellRuntime.V7_2, '3.4.0', undefined],
    ['3.0.0-3.4.0', PowerShellRuntime.V7_4, '3.4.0', 'version "3.4.0" does not load on PowerShell 7.4: ExchangeOnlineManagement 3.0.0 to 3.4.0 support PowerShell 7.2.0 to 7.3.7 (.NET 6.0). Use version 3.9.2 on PowerShell 7.4, or runtime PowerShellRuntime.V7_2 or V5_1 with this version'],
    ['3.5.0-3.9.2', PowerShellRuntime.V5_1, '3.9.2', undefined],
    ['3.5.0-3.9.2', PowerShellRuntime.V7_2, '3.5.0', 'version "3.5.0" does not load on PowerShell 7.2: ExchangeOnlineManagement 3.5.0 to 3.9.2 need PowerShell 7.4.0 or later (.NET 8.0). Use version 3.4.0 on PowerShell 7.2, or runtime PowerShellRuntime.V7_6 or V7_4 or V5_1 with this version'],
    ['3.5.0-3.9.2', PowerShellRuntime.V7_4, '3.5.0', undefined],
    ['3.5.0-3.9.2', PowerShellRuntime.V7_4, '3.9.2', undefined],
    ['3.10.0-', PowerShellRuntime.V5_1, '3.10.0', undefined],
    ['3.10.0-', PowerShellRuntime.V5_1, '3.10.1', undefined],
    ['3.10.0-', PowerShellRuntime.V5_1, '3.11.0', undefined],
    ['3.10.0-', PowerShellRuntime.V7_2, '3.10.1', 'version "3.10.1" does not load on PowerShell 7.2: ExchangeOnlineManagement 3.10.0 and later need PowerShell 7.6.0 or later (.NET 10.0). Use version 3.4.0 on PowerShell 7.2, or runtime PowerShellRuntime.V7_6 or V5_1 with this version'],
    ['3.10.0-', PowerShellRuntime.V7_4, '3.10.0', 'version "3.10.0" does not load on PowerShell 7.4: ExchangeOnlineManagement 3.10.0 and later need PowerShell 7.6.0 or later (.NET 10.0). Use version 3.9.2 on PowerShell 7.4, or runtime PowerShellRuntime.V7_6 or V5_1 with this version'],
    ['3.0.0-3.4.0', PowerShellRuntime.V7_6, '3.4.0', 'version "3.4.0" does not load on PowerShell 7.6: ExchangeOnlineManagement 3.0.0 to 3.4.0 support PowerShell 7.2.0 to 7.3.7 (.NET 6.0). Use version 3.10.1 on PowerShell 7.6, or runtime PowerShellRuntime.V7_2 or V5_1 with this version'],
    ['3.5.0-3.9.2', PowerShellRuntime.V7_6, '3.9.2', undefined],
    ['3.10.0-', PowerShellRuntime.V7_6, '3.10.0', undefined],
    ['3.10.0-', PowerShellRuntime.V7_6, '3.10.1', undefined],
  ])('%s on %s: %s', (_row, runtime, version, error) => {
    if (error === undefined) {
      expect(importWith(runtime, version).version).toBe(version);
    } else {
      expect(() => importWith(runtime, version)).toThrow(`test/modules: ${error}`);
    }
  });

  test.each([
    [PowerShellRuntime.V5_1, '3.10.1'],
    [PowerShellRuntime.V7_2, '3.4.0'],
    [PowerShellRuntime.V7_4, '3.9.2'],
    [PowerShellRuntime.V7_6, '3.10.1'],
  ])('the default on %s is %s, the newest release that loads there', (runtime, version) => {
    expect(importWith(runtime).version).toBe(version);
  });

  test('the whole procedure names its own prop in the error', () => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, 'exo', {
      organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod',
      roles: [EntraRole.GLOBAL_READER], runtime: PowerShellRuntime.V7_4, exchangeModuleVersion: '3.10.1',
    })).toThrow('test/exo: exchangeModuleVersion "3.10.1" does not load on PowerShell 7.4');
  });

  test('the constants name the current release and the newest per runtime', () => {
    expect(ExchangeOnlineModuleImport.DEFAULT_VERSION).toBe('3.10.1');
    expect(ExchangeOnlineModuleImport.LAST_VERSION_FOR_POWERSHELL_7_2).toBe('3.4.0');
    expect(ExchangeOnlineModuleImport.LAST_VERSION_FOR_POWERSHELL_7_4).toBe('3.9.2');
    expect(ExchangeOnlineModuleImport.LAST_VERSION_FOR_POWERSHELL_7_6).toBe('3.10.1');
  });
});
