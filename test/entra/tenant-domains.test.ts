// The plan-time organization check also holds for an organization given as a Terraform reference.
import { TerraformVariable } from 'cdktf';
import { EntraRole, ExchangeOnlineAutomation } from '../../lib';
import { dataSourcesOf, newStackWithProviders, synthJson } from '../helpers';

test('an organization given as a Terraform variable keeps the plan-time domain check', () => {
  const stack = newStackWithProviders();
  const organization = new TerraformVariable(stack, 'organization', { type: 'string' });
  new ExchangeOnlineAutomation(stack, 'exo', {
    organization: organization.stringValue, resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod',
    roles: [EntraRole.GLOBAL_READER],
  });
  const [lookup] = Object.values(dataSourcesOf(synthJson(stack), 'azuread_domains')) as any[];
  expect(lookup.lifecycle.postcondition).toContainEqual({
    condition: '${contains([for d in self.domains : lower(d.domain_name)], lower(var.organization))}',
    error_message: expect.stringContaining('Organization ${var.organization} is not a domain of the tenant'),
  });
});
