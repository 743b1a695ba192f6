// What every example stack shares: the two providers and a state location that travels with the
// output. cdktf's default local backend writes an absolute path of the machine that ran synth into
// cdktf.out; a relative path keeps the generated Terraform portable. Real deployments replace it with a
// remote backend (see examples/tenants for azurerm state in a storage account).
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { Aspects, LocalBackend, TerraformStack } from 'cdktf';
import { ExchangeOnlinePolicyChecks } from '../lib';

/** Placeholder values; replace them with your tenant's. */
export const PLACEHOLDER = {
  organization: 'contoso.onmicrosoft.com',
  location: 'westeurope',
} as const;

/**
 * Adds the azurerm and azuread providers, a portable local backend and the policy checks to an example
 * stack.
 */
export function configureExampleStack(stack: TerraformStack, stateName: string): void {
  Aspects.of(stack).add(new ExchangeOnlinePolicyChecks());
  // No resource provider registration at plan time, so the read-only plan identity (Reader) can plan:
  // azurerm 4.x registers its "legacy" set by default (*/register/action); "none" is accepted from 4.0.0
  // (hashicorp/terraform-provider-azurerm internal/provider/provider.go). Register Microsoft.Automation and
  // Microsoft.ManagedIdentity once per subscription (README, docs/estate.md).
  new AzurermProvider(stack, 'azurerm', { features: [{}], resourceProviderRegistrations: 'none' });
  new AzureadProvider(stack, 'azuread', {});
  new LocalBackend(stack, { path: `terraform.${stateName}.tfstate` });
}
