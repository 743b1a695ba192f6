import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import { AzureAdProvider, EntraRole, ExchangeOnlineAutomation } from '../../lib';
import { newStack, synthJson } from '../support/helpers';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('AzureAdProvider', () => {
  test('writes the azuread provider block of the stack with the settings given, by their Terraform names', () => {
    const stack = newStack();
    new AzureAdProvider(stack, 'azuread', {
      tenantId: TENANT,
      clientId: CLIENT,
      useOidc: true,
      useCli: false,
      adoPipelineServiceConnectionId: 'sc-exo',
      environment: 'global',
    });
    const json = synthJson(stack);
    expect(json.provider.azuread).toEqual([{
      tenant_id: TENANT,
      client_id: CLIENT,
      use_oidc: true,
      use_cli: false,
      ado_pipeline_service_connection_id: 'sc-exo',
      environment: 'global',
    }]);
    expect(json.terraform.required_providers.azuread.source).toBe('hashicorp/azuread');
  });

  test('with no settings, an empty block (Terraform reads ARM_* environment variables)', () => {
    const stack = newStack();
    new AzureAdProvider(stack, 'azuread');
    expect(synthJson(stack).provider.azuread).toEqual([{}]);
  });

  test('each stack signs in to its own tenant, and the package\'s azuread resources use that stack\'s block', () => {
    const app: App = Testing.app();
    const tenants = { 'exo-a': TENANT, 'exo-b': '99999999-8888-7777-6666-555555555555' };
    for (const [id, tenantId] of Object.entries(tenants)) {
      const stack = new TerraformStack(app, id);
      new AzurermProvider(stack, 'azurerm', { features: [{}] });
      new AzureAdProvider(stack, 'azuread', { tenantId });
      new ExchangeOnlineAutomation(stack, 'exo', {
        organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg-exo', location: 'westeurope',
        automationAccountName: `aa-${id}`, roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR],
      });
      const json = JSON.parse(Testing.synth(stack, true));
      expect(json.provider.azuread).toEqual([{ tenant_id: tenantId }]);
      expect(Object.keys(json.resource.azuread_app_role_assignment)).toHaveLength(1);
      expect(json.terraform.required_providers.azuread.version).toBe('>= 3.0.0, < 4.0.0');
    }
  });

  test('writes the same settings in HCL', () => {
    const stack = newStack();
    new AzureAdProvider(stack, 'azuread', { tenantId: TENANT, useMsi: true });
    const hcl = Testing.synthHcl(stack);
    expect(hcl).toMatch(new RegExp(`provider "azuread" \\{\\s+tenant_id = "${TENANT}"\\s+use_msi\\s+= true\\s+\\}`));
  });

  test.each([
    [{ tenantId: 'contoso.onmicrosoft.com' }, 'test/azuread: tenantId "contoso.onmicrosoft.com" must be a GUID: 8-4-4-4-12 hexadecimal digits such as 11111111-2222-3333-4444-555555555555 (not the nil GUID)'],
    [{ clientId: 'my-app' }, 'test/azuread: clientId "my-app" must be a GUID: 8-4-4-4-12 hexadecimal digits such as 11111111-2222-3333-4444-555555555555 (not the nil GUID)'],
  ])('refuses %j', (props, message) => {
    expect(() => new AzureAdProvider(newStack(), 'azuread', props)).toThrow(message);
  });

  test('a second default azuread provider in one stack fails at synth, naming both', () => {
    const stack = newStack();
    new AzureAdProvider(stack, 'azuread', { tenantId: TENANT });
    new AzureAdProvider(stack, 'azuread-2', {});
    expect(() => Testing.synth(stack, true)).toThrow(
      'test/azuread: id "azuread" is a second default azuread provider in stack test (the other is test/azuread-2); keep one');
  });
});
