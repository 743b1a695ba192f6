// lib/exchange/exchange-module-checks.ts: the runtime and ExchangeOnlineManagement version of a module import
// (the version must load on the runtime; a preview is reported as EXO13), and the import ids of the modules
// and runtime environment that exist already, each under the prop its user typed.
import { Construct } from 'constructs';
import { AutomationAccountWithIdentity, ExchangeOnlineModuleImport, PowerShellRuntime } from '../../lib';
import {
  checkModuleImports, checkRuntimeEnvironmentImport, requireExchangeModuleVersion, requireExchangeRuntime,
} from '../../lib/exchange/exchange-module-checks';
import { recordedFindings } from '../../lib/rules/findings';
import { LiteralNames } from '../../lib/terraform/literal-names';
import { annotationsAfterSynth, newStack, newStackWithProviders } from '../support/helpers';

function setup() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  return { stack, account };
}

const ACCOUNT = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.Automation/automationAccounts/aa-exo';
const WHERE = { account: 'aa-exo', resourceGroup: 'rg-exo' };

describe('version and runtime rules', () => {
  test.each([
    [PowerShellRuntime.V5_1, '3.0.0'], [PowerShellRuntime.V5_1, '3.9.2'], [PowerShellRuntime.V5_1, '3.10.1'],
    [PowerShellRuntime.V7_2, '3.0.0'], [PowerShellRuntime.V7_2, '3.4.0'],
    [PowerShellRuntime.V7_4, '3.5.0'], [PowerShellRuntime.V7_4, '3.9.2'],
    [PowerShellRuntime.V7_6, '3.9.2'], [PowerShellRuntime.V7_6, '3.10.0'], [PowerShellRuntime.V7_6, '3.10.1'],
  ])('%s accepts ExchangeOnlineManagement %s', (runtime, version) => {
    const { stack, account } = setup();
    expect(() => new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime, version })).not.toThrow();
  });

  test.each([['3.5.0'], ['3.9.2'], ['4.0.0']])('PowerShell 7.2 refuses %s and says which combination works', (version) => {
    const { stack, account } = setup();
    expect(() => new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_2, version }))
      .toThrow(new RegExp(`^test/modules: version "${version.replace(/\./g, '\\.')}" does not load on PowerShell 7\\.2: .* Use version 3\\.4\\.0 on PowerShell 7\\.2, or runtime PowerShellRuntime\\.V`));
  });

  test('refuses the V2 module, which cannot connect with a managed identity', () => {
    const { stack, account } = setup();
    expect(() => new ExchangeOnlineModuleImport(stack, 'modules', { account, version: '2.0.5' }))
      .toThrow('test/modules: version "2.0.5" is older than 3.0.0: Connect-ExchangeOnline -ManagedIdentity needs the V3 module');
  });

  test('refuses text that is not a version', () => {
    const { stack, account } = setup();
    expect(() => new ExchangeOnlineModuleImport(stack, 'modules', { account, version: 'latest' }))
      .toThrow('test/modules: version "latest" must be an ExchangeOnlineManagement version such as 3.10.1');
  });

  test('warns about a preview version', () => {
    const { stack, account } = setup();
    const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account, version: '3.10.1-Preview1' });
    expect(annotationsAfterSynth(modules, 'warn').join('\n')).toContain('[EXO13] The ExchangeOnlineManagement version is a preview release; Microsoft recommends General Availability versions for production runbooks. (version: 3.10.1-Preview1)');
  });
});

describe('requireExchangeRuntime', () => {
  test('a runtime as given, PowerShell 5.1 when none is; anything else is refused with the four runtimes', () => {
    expect(requireExchangeRuntime('f', 'runtime', PowerShellRuntime.V7_4)).toBe(PowerShellRuntime.V7_4);
    expect(requireExchangeRuntime('f', 'runtime', undefined)).toBe(PowerShellRuntime.V5_1);
    expect(() => requireExchangeRuntime('f', 'runtime', '7.4'))
      .toThrow('f: runtime "7.4" must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6');
  });
});

describe('requireExchangeModuleVersion', () => {
  test('the runtime\'s default version when none is given', () => {
    expect(requireExchangeModuleVersion('f', 'version', undefined, PowerShellRuntime.V5_1)).toBe('3.10.1');
    expect(requireExchangeModuleVersion('f', 'version', undefined, PowerShellRuntime.V7_2)).toBe('3.4.0');
    expect(requireExchangeModuleVersion('f', 'version', undefined, PowerShellRuntime.V7_4)).toBe('3.9.2');
  });

  test('names the prop as typed, and another runtime as the caller writes it', () => {
    expect(() => requireExchangeModuleVersion('file', 'exchangeModuleVersion', 'latest', PowerShellRuntime.V5_1))
      .toThrow('file: exchangeModuleVersion "latest" must be an ExchangeOnlineManagement version such as 3.10.1');
    expect(() => requireExchangeModuleVersion('file', 'exchangeModuleVersion', '3.9.2', PowerShellRuntime.V7_2, (r) => `"${r.version}"`))
      .toThrow(/^file: exchangeModuleVersion "3\.9\.2" does not load on PowerShell 7\.2: .*runtime "7\.[46]"/);
  });

  test('a preview records EXO13 on a construct, with the prop; a file (a string scope) records nothing and does not fail', () => {
    const scope = new Construct(newStack(), 'modules');
    expect(requireExchangeModuleVersion(scope, 'exchangeModuleVersion', '3.10.1-Preview1', PowerShellRuntime.V5_1)).toBe('3.10.1-Preview1');
    expect(recordedFindings(scope).map((f) => [f.rule.id, f.detail])).toEqual([['EXO13', 'exchangeModuleVersion: 3.10.1-Preview1']]);
    expect(requireExchangeModuleVersion('tenants.json', 'exchangeModuleVersion', '3.10.1-Preview1', PowerShellRuntime.V5_1)).toBe('3.10.1-Preview1');
    const released = new Construct(newStack(), 'released');
    requireExchangeModuleVersion(released, 'version', '3.10.1', PowerShellRuntime.V5_1);
    expect(recordedFindings(released)).toEqual([]);
  });
});

describe('checkModuleImports', () => {
  const scope = () => new Construct(newStack(), 'exo');

  test('each runtime\'s module id format: modules (5.1), powerShell72Modules (7.2), runtime environment packages (7.4, 7.6)', () => {
    const cases: Array<[PowerShellRuntime, string, LiteralNames]> = [
      [PowerShellRuntime.V5_1, `${ACCOUNT}/modules/ExchangeOnlineManagement`, WHERE],
      [PowerShellRuntime.V7_2, `${ACCOUNT}/powerShell72Modules/ExchangeOnlineManagement`, WHERE],
      [PowerShellRuntime.V7_6, `${ACCOUNT}/runtimeEnvironments/PowerShell-7-6/packages/ExchangeOnlineManagement`, { ...WHERE, environment: 'PowerShell-7-6' }],
    ];
    for (const [runtime, id, where] of cases) {
      expect(checkModuleImports(scope(), 'importModulesFrom', { ExchangeOnlineManagement: id }, runtime, where)).toEqual({ ExchangeOnlineManagement: id });
    }
    expect(() => checkModuleImports(scope(), 'importModulesFrom', { ExchangeOnlineManagement: `${ACCOUNT}/modules/ExchangeOnlineManagement` }, PowerShellRuntime.V7_2, WHERE))
      .toThrow(`test/exo: importModulesFrom["ExchangeOnlineManagement"] "${ACCOUNT}/modules/ExchangeOnlineManagement" must be the import id of an existing azurerm_automation_powershell72_module`);
  });

  test('no map is an empty one; a module not imported for the runtime is refused with those that are', () => {
    expect(checkModuleImports(scope(), 'importModulesFrom', undefined, PowerShellRuntime.V5_1, WHERE)).toEqual({});
    expect(() => checkModuleImports(scope(), 'importModulesFrom', { 'Az.Accounts': `${ACCOUNT}/modules/Az.Accounts` }, PowerShellRuntime.V5_1, WHERE))
      .toThrow('test/exo: importModulesFrom "Az.Accounts" must name a module imported for PowerShell 5.1: PackageManagement, PowerShellGet, ExchangeOnlineManagement');
  });

  test('the module\'s name in the id must be the key, case included', () => {
    expect(() => checkModuleImports(scope(), 'importModulesFrom', { ExchangeOnlineManagement: `${ACCOUNT}/modules/exchangeonlinemanagement` }, PowerShellRuntime.V5_1, WHERE))
      .toThrow('names name "exchangeonlinemanagement", but the configuration says "ExchangeOnlineManagement"');
  });
});

test('checkRuntimeEnvironmentImport: the id of the environment of that name in that account', () => {
  const scope = new Construct(newStack(), 'exo');
  const id = `${ACCOUNT}/runtimeEnvironments/PowerShell-7-4`;
  expect(checkRuntimeEnvironmentImport(scope, 'importFrom', id, 'PowerShell-7-4', WHERE)).toBe(id);
  expect(() => checkRuntimeEnvironmentImport(scope, 'importFrom', id, 'PowerShell-7-6', WHERE))
    .toThrow(`test/exo: importFrom "${id}" names name "PowerShell-7-4", but the configuration says "PowerShell-7-6"`);
  expect(() => checkRuntimeEnvironmentImport(scope, 'importFrom', id, 'PowerShell-7-4', { ...WHERE, account: 'aa-other' }))
    .toThrow('names account "aa-exo", but the configuration says "aa-other"');
});
