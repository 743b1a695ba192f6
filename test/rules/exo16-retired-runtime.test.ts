// EXO16 (lib/rules/exo16-retired-runtime.ts): recorded by module imports on PowerShell 7.2.
import { AutomationAccountWithIdentity, ExchangeOnlineModuleImport, PowerShellRuntime } from '../../lib';
import { RETIRED_RUNTIME_RULE } from '../../lib/rules/exo16-retired-runtime';
import { newStackWithProviders } from '../support/helpers';
import { expectConstructRule } from '../support/policy';

function modulesOn(runtime: PowerShellRuntime) {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  return new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime });
}

describe('EXO16: retired runtime', () => {
  test('is a construct rule of ExchangeOnlineModuleImport and PowerShellGalleryModule', () => {
    expectConstructRule(RETIRED_RUNTIME_RULE, 'EXO16', ['ExchangeOnlineModuleImport', 'PowerShellGalleryModule']);
    expect(RETIRED_RUNTIME_RULE.description).toContain('retired in Azure Automation on 2026-09-30');
  });

  test('an import on PowerShell 7.2 records it with the runtime; 7.4 does not', () => {
    expect(RETIRED_RUNTIME_RULE.check(modulesOn(PowerShellRuntime.V7_2))).toEqual(['runtime: 7.2']);
    expect(RETIRED_RUNTIME_RULE.check(modulesOn(PowerShellRuntime.V7_4))).toEqual([]);
  });
});
