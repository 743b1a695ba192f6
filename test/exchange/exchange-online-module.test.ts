import {
  AutomationAccountWithIdentity, ExchangeOnlineModuleImport, PowerShellGalleryModule, PowerShellRuntime, PowerShellRuntimeEnvironment,
} from '../../lib';
import { Testing } from 'cdktf';
import { annotationsAfterSynth, newStackWithProviders, resourcesOf, synthJson } from '../support/helpers';

function setup() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  return { stack, account };
}

const gallery = (name: string, version: string) => `https://www.powershellgallery.com/api/v2/package/${name}/${version}`;

describe('ExchangeOnlineModuleImport', () => {
  test('PowerShell 5.1: azurerm_automation_module for PackageManagement, PowerShellGet, then ExchangeOnlineManagement 3.10.1, chained', () => {
    const { stack, account } = setup();
    new ExchangeOnlineModuleImport(stack, 'modules', { account });
    const json = synthJson(stack);
    const modules = resourcesOf(json, 'azurerm_automation_module');
    const byName = Object.fromEntries(Object.entries(modules).map(([id, m]: [string, any]) => [m.name, { id, ...m }]));
    expect(Object.keys(byName).sort()).toEqual(['ExchangeOnlineManagement', 'PackageManagement', 'PowerShellGet']);
    expect(byName.PackageManagement.module_link.uri).toBe(gallery('PackageManagement', '1.4.8.1'));
    expect(byName.PowerShellGet.module_link.uri).toBe(gallery('PowerShellGet', '2.2.5'));
    expect(byName.ExchangeOnlineManagement.module_link.uri).toBe(gallery('ExchangeOnlineManagement', '3.10.1'));
    expect(byName.PackageManagement.depends_on).toBeUndefined();
    expect(byName.PowerShellGet.depends_on).toEqual([`azurerm_automation_module.${byName.PackageManagement.id}`]);
    expect(byName.ExchangeOnlineManagement.depends_on).toEqual([`azurerm_automation_module.${byName.PowerShellGet.id}`]);
    expect(byName.ExchangeOnlineManagement.automation_account_name).toMatch(/^\$\{azurerm_automation_account\.[^.]+\.name\}$/);
    expect(resourcesOf(json, 'azurerm_automation_powershell72_module')).toEqual({});
  });

  test('PowerShell 7.2: azurerm_automation_powershell72_module, ExchangeOnlineManagement defaults to 3.4.0', () => {
    const { stack, account } = setup();
    const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_2 });
    const json = synthJson(stack);
    const imported = Object.values(resourcesOf(json, 'azurerm_automation_powershell72_module')) as any[];
    expect(imported.map((m) => m.name).sort()).toEqual(['ExchangeOnlineManagement', 'PackageManagement', 'PowerShellGet']);
    const exchange = imported.find((m) => m.name === 'ExchangeOnlineManagement');
    expect(exchange.module_link.uri).toBe(gallery('ExchangeOnlineManagement', '3.4.0'));
    expect(exchange.automation_account_id).toMatch(/^\$\{azurerm_automation_account\.[^.]+\.id\}$/);
    expect(exchange.depends_on).toHaveLength(1);
    expect(modules.version).toBe('3.4.0');
    expect(resourcesOf(json, 'azurerm_automation_module')).toEqual({});
  });

  test('PowerShell 7.4: a runtime environment with one ExchangeOnlineManagement package, and azurerm >= 4.75', () => {
    const { stack, account } = setup();
    const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_4 });
    const json = synthJson(stack);
    const environments = Object.entries(resourcesOf(json, 'azurerm_automation_runtime_environment'));
    expect(environments).toHaveLength(1);
    const [environmentId, environment] = environments[0] as [string, any];
    expect(environment).toMatchObject({ name: 'PowerShell-7-4', runtime_language: 'PowerShell', runtime_version: '7.4' });
    expect(environment.automation_account_id).toMatch(/^\$\{azurerm_automation_account\.[^.]+\.id\}$/);
    const packages = Object.values(resourcesOf(json, 'azurerm_automation_runtime_environment_package')) as any[];
    expect(packages).toEqual([expect.objectContaining({
      name: 'ExchangeOnlineManagement',
      automation_runtime_environment_id: `\${azurerm_automation_runtime_environment.${environmentId}.id}`,
      content_uri: gallery('ExchangeOnlineManagement', '3.9.2'),
      content_version: '3.9.2',
    })]);
    expect(json.terraform.required_providers.azurerm).toEqual({ source: 'azurerm', version: '>= 4.75.0, < 6.0.0' });
    expect(modules.runtimeEnvironment).toBeDefined();
  });

  test('PowerShell 7.6: a runtime environment PowerShell-7-6 (no dot) with ExchangeOnlineManagement 3.10.1 only, and azurerm >= 4.75', () => {
    const { stack, account } = setup();
    const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_6 });
    const json = synthJson(stack);
    const environments = Object.entries(resourcesOf(json, 'azurerm_automation_runtime_environment'));
    expect(environments).toHaveLength(1);
    const [environmentId, environment] = environments[0] as [string, any];
    expect(environment).toMatchObject({ name: 'PowerShell-7-6', runtime_language: 'PowerShell', runtime_version: '7.6' });
    // PowerShell 7.6 ships PowerShellGet and PackageManagement: only the Exchange package is imported.
    const packages = Object.values(resourcesOf(json, 'azurerm_automation_runtime_environment_package')) as any[];
    expect(packages).toEqual([expect.objectContaining({
      name: 'ExchangeOnlineManagement',
      automation_runtime_environment_id: `\${azurerm_automation_runtime_environment.${environmentId}.id}`,
      content_uri: gallery('ExchangeOnlineManagement', '3.10.1'),
      content_version: '3.10.1',
    })]);
    expect(json.terraform.required_providers.azurerm).toEqual({ source: 'azurerm', version: '>= 4.75.0, < 6.0.0' });
    expect(modules.version).toBe('3.10.1');
    expect(annotationsAfterSynth(modules, 'warn')).toEqual([]);
  });

  test('PowerShell 7.4 and 7.6 side by side: one environment each, named apart', () => {
    const { stack, account } = setup();
    new ExchangeOnlineModuleImport(stack, 'modules-74', { account, runtime: PowerShellRuntime.V7_4 });
    new ExchangeOnlineModuleImport(stack, 'modules-76', { account, runtime: PowerShellRuntime.V7_6 });
    const environments = Object.values(resourcesOf(synthJson(stack), 'azurerm_automation_runtime_environment')) as any[];
    expect(environments.map((e) => [e.name, e.runtime_version]).sort()).toEqual([['PowerShell-7-4', '7.4'], ['PowerShell-7-6', '7.6']]);
  });

  test('a module for one runtime refuses the environment of another', () => {
    const { stack, account } = setup();
    const environment = new PowerShellRuntimeEnvironment(stack, 'environment', { account, runtime: PowerShellRuntime.V7_4 });
    expect(() => new PowerShellGalleryModule(stack, 'module', {
      account, runtime: PowerShellRuntime.V7_6, runtimeEnvironment: environment, moduleName: 'ExchangeOnlineManagement', version: '3.10.1',
    })).toThrow('test/module: runtimeEnvironment "test/environment" must provide PowerShell 7.6, the module\'s runtime (it provides PowerShell 7.4)');
    expect(() => new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_6, runtimeEnvironment: environment }))
      .toThrow('test/modules: runtimeEnvironment "test/environment" must provide PowerShell 7.6, the runtime of the runbooks');
  });

  test('PowerShell 7.2 is reported once per import as EXO16 (retired 2026-09-30), pointing to 7.4 and 7.6; 5.1, 7.4 and 7.6 are not', () => {
    const { stack, account } = setup();
    const retired = new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_2 });
    const warnings = annotationsAfterSynth(retired, 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('[EXO16] The runtime is PowerShell 7.2, which Microsoft retired in Azure Automation on 2026-09-30');
    expect(warnings[0]).toContain('Move to PowerShell 7.6, or 7.4');
    expect(warnings[0]).toContain('(runtime: 7.2)');
    // The three module imports under it report nothing of their own.
    expect(retired.modules.flatMap((m) => annotationsAfterSynth(m, 'warn'))).toEqual([]);
    for (const runtime of [PowerShellRuntime.V5_1, PowerShellRuntime.V7_4, PowerShellRuntime.V7_6]) {
      const other = setup();
      const modules = new ExchangeOnlineModuleImport(other.stack, 'modules', { account: other.account, runtime });
      expect(annotationsAfterSynth(modules, 'warn')).toEqual([]);
    }
  });

  test('a PowerShellRuntimeEnvironment refuses 5.1 and 7.2 and names both runtimes that use environments', () => {
    const { stack, account } = setup();
    expect(() => new PowerShellRuntimeEnvironment(stack, 'bad', { account, runtime: PowerShellRuntime.V7_2 }))
      .toThrow('test/bad: runtime "PowerShell 7.2" must be a runtime that uses runtime environments (PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6)');
    const environment = new PowerShellRuntimeEnvironment(stack, 'ps76', { account, runtime: PowerShellRuntime.V7_6 });
    expect(Object.values(resourcesOf(synthJson(stack), 'azurerm_automation_runtime_environment'))).toEqual([
      expect.objectContaining({ name: 'PowerShell-7-6', runtime_version: '7.6' })]);
    expect(environment.runtime).toBe(PowerShellRuntime.V7_6);
  });

  test('5.1 and 7.2 stacks admit every azurerm 4.x and 5.x release, not the prebuilt provider\'s exact pin', () => {
    const { stack, account } = setup();
    new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_2 });
    expect(synthJson(stack).terraform.required_providers.azurerm.version).toBe('>= 4.0.0, < 6.0.0');
  });

  test('the 7.4 runtime environment also renders in HCL', () => {
    const { stack, account } = setup();
    new ExchangeOnlineModuleImport(stack, 'modules', { account, runtime: PowerShellRuntime.V7_4 });
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toContain('resource "azurerm_automation_runtime_environment" "modules_runtime-environment_resource_');
    expect(hcl).toContain('runtime_version = "7.4"');
    expect(hcl).toContain('content_uri = "https://www.powershellgallery.com/api/v2/package/ExchangeOnlineManagement/3.9.2"');
    expect(hcl).toContain('version = ">= 4.75.0, < 6.0.0"');
  });

  describe('version and runtime rules', () => {
    test('a runtime environment must match the runtime, and is refused for 5.1', () => {
      const { stack, account } = setup();
      const environment = new PowerShellRuntimeEnvironment(stack, 'environment', { account });
      expect(() => new ExchangeOnlineModuleImport(stack, 'modules', { account, runtimeEnvironment: environment }))
        .toThrow('test/modules: runtimeEnvironment "test/environment" must provide PowerShell 5.1, the runtime of the runbooks');
      expect(() => new PowerShellRuntimeEnvironment(stack, 'bad', { account, runtime: PowerShellRuntime.V5_1 }))
        .toThrow('test/bad: runtime "PowerShell 5.1" must be a runtime that uses runtime environments');
    });
  });
});
