import {
  AutomationAccountWithIdentity, ExchangeOnlineModuleImport, PowerShellRuntime, PowerShellRuntimeEnvironment,
} from '../../lib';
import { Testing } from 'cdktf';
import { annotationsAfterSynth, newStackWithProviders, resourcesOf, synthJson } from '../helpers';

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
    test.each([
      [PowerShellRuntime.V5_1, '3.0.0'], [PowerShellRuntime.V5_1, '3.9.2'], [PowerShellRuntime.V5_1, '3.10.1'],
      [PowerShellRuntime.V7_2, '3.0.0'], [PowerShellRuntime.V7_2, '3.4.0'],
      [PowerShellRuntime.V7_4, '3.5.0'], [PowerShellRuntime.V7_4, '3.9.2'],
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
