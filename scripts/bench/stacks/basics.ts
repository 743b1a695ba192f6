// What every benchmark stack has besides the Exchange Online resources: the two providers, a portable
// local backend and one resource group, as in examples/shared.ts (without its policy checks).
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { LocalBackend, TerraformStack } from 'cdktf';

export function addStackBasics(stack: TerraformStack, stateName: string): ResourceGroup {
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AzureadProvider(stack, 'azuread', {});
  new LocalBackend(stack, { path: `terraform.${stateName}.tfstate` });
  return new ResourceGroup(stack, 'group', { name: 'rg-exo-automation', location: 'westeurope' });
}
