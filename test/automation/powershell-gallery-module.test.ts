// lib/automation/powershell-gallery-module.ts: a PowerShell Gallery module imported for one runtime: the
// resource each runtime needs, the package URL, the runtime environment rules, and EXO16 for PowerShell 7.2.
import { AutomationAccountWithIdentity, PowerShellGalleryModule, PowerShellRuntime, PowerShellRuntimeEnvironment } from '../../lib';
import { annotationsAfterSynth, newStackWithProviders, onlyResource, resourcesOf, synthJson } from '../support/helpers';

function setup() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  return { stack, account };
}

const AZ = { moduleName: 'Az.Accounts', version: '3.0.0' };

describe('PowerShellGalleryModule', () => {
  test('packageUri: the gallery download URL of a name and an exact version', () => {
    expect(PowerShellGalleryModule.packageUri('ExchangeOnlineManagement', '3.10.1-Preview1'))
      .toBe('https://www.powershellgallery.com/api/v2/package/ExchangeOnlineManagement/3.10.1-Preview1');
    expect(() => PowerShellGalleryModule.packageUri('Exchange Online', '3.0.0'))
      .toThrow('PowerShellGalleryModule.packageUri: moduleName "Exchange Online" must be a PowerShell Gallery module name (letters, digits, ".", "-", "_")');
    expect(() => PowerShellGalleryModule.packageUri('Az.Accounts', 'latest'))
      .toThrow('PowerShellGalleryModule.packageUri: version "latest" must be an exact module version such as 3.9.2');
  });

  test('PowerShell 5.1: azurerm_automation_module in the account, by name and resource group', () => {
    const { stack, account } = setup();
    const module = new PowerShellGalleryModule(stack, 'module', { account, runtime: PowerShellRuntime.V5_1, ...AZ });
    expect(module.resource.terraformResourceType).toBe('azurerm_automation_module');
    expect(module.dependables).toEqual([module.resource]);
    expect(module.contentUri).toBe('https://www.powershellgallery.com/api/v2/package/Az.Accounts/3.0.0');
    expect(onlyResource(synthJson(stack), 'azurerm_automation_module')).toEqual(expect.objectContaining({
      name: 'Az.Accounts', resource_group_name: 'rg', module_link: { uri: module.contentUri },
    }));
  });

  test('PowerShell 7.2: azurerm_automation_powershell72_module, by account id', () => {
    const { stack, account } = setup();
    new PowerShellGalleryModule(stack, 'module', { account, runtime: PowerShellRuntime.V7_2, ...AZ });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'azurerm_automation_module')).toEqual({});
    expect(onlyResource(json, 'azurerm_automation_powershell72_module')).toEqual(expect.objectContaining({
      name: 'Az.Accounts', module_link: { uri: 'https://www.powershellgallery.com/api/v2/package/Az.Accounts/3.0.0' },
    }));
  });

  test('PowerShell 7.4: a package of the runtime environment; content_version drops a pre-release label, the URL keeps it', () => {
    const { stack, account } = setup();
    const runtimeEnvironment = new PowerShellRuntimeEnvironment(stack, 'environment', { account, runtime: PowerShellRuntime.V7_4 });
    new PowerShellGalleryModule(stack, 'module', { account, runtime: PowerShellRuntime.V7_4, runtimeEnvironment, moduleName: 'Az.Accounts', version: '3.0.0-preview' });
    expect(onlyResource(synthJson(stack), 'azurerm_automation_runtime_environment_package')).toEqual(expect.objectContaining({
      name: 'Az.Accounts', content_version: '3.0.0', content_uri: 'https://www.powershellgallery.com/api/v2/package/Az.Accounts/3.0.0-preview',
    }));
  });

  test('the runtime environment: required for 7.4 and 7.6, refused for 5.1 and 7.2', () => {
    const { stack, account } = setup();
    expect(() => new PowerShellGalleryModule(stack, 'm1', { account, runtime: PowerShellRuntime.V7_6, ...AZ }))
      .toThrow('test/m1: runtimeEnvironment (missing) is required for PowerShell 7.6: its modules are packages of a runtime environment');
    const runtimeEnvironment = new PowerShellRuntimeEnvironment(stack, 'environment', { account, runtime: PowerShellRuntime.V7_4 });
    expect(() => new PowerShellGalleryModule(stack, 'm2', { account, runtime: PowerShellRuntime.V7_2, runtimeEnvironment, ...AZ }))
      .toThrow('test/m2: runtimeEnvironment "test/environment" must not be set for PowerShell 7.2, which imports modules into the account');
    const other = new AutomationAccountWithIdentity(stack, 'other', { name: 'aa-exo-other', resourceGroupName: 'rg', location: 'westeurope' });
    expect(() => new PowerShellGalleryModule(stack, 'm3', { account: other, runtime: PowerShellRuntime.V7_4, runtimeEnvironment, ...AZ }))
      .toThrow('test/m3: runtimeEnvironment "test/environment" must belong to the module\'s Automation account test/other');
  });

  test('a PowerShellGalleryModule of its own on PowerShell 7.2 reports EXO16', () => {
    const { stack, account } = setup();
    const module = new PowerShellGalleryModule(stack, 'module', {
      account, runtime: PowerShellRuntime.V7_2, moduleName: 'Az.Accounts', version: '2.12.1',
    });
    expect(annotationsAfterSynth(module, 'warn').join('\n')).toContain('[EXO16] The runtime is PowerShell 7.2');
  });
  test('a module on a supported runtime reports no EXO16', () => {
    const { stack, account } = setup();
    const module = new PowerShellGalleryModule(stack, 'module', { account, runtime: PowerShellRuntime.V5_1, ...AZ });
    expect(annotationsAfterSynth(module, 'warn')).toEqual([]);
  });
});
