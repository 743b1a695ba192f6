// lib/terraform/resource-arguments.ts: the one reader of a resource's configured arguments, by Terraform
// type and name rather than class (the policy rules and the collision check both read through it).
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { Testing, TerraformStack } from 'cdktf';
import { argumentOf, configuredArguments, resourceTypeOf } from '../../lib/terraform/resource-arguments';

function resourceGroup(): ResourceGroup {
  const stack = new TerraformStack(Testing.app(), 'test');
  return new ResourceGroup(stack, 'group', { name: 'rg-exo', location: 'westeurope', tags: { owner: 'exchange-team' } });
}

describe('configuredArguments', () => {
  test('reads the arguments by Terraform name, with top-level overrides applied', () => {
    const group = resourceGroup();
    group.addOverride('name', 'rg-overridden');
    group.addOverride('managed_by', 'someone');
    const args = configuredArguments(group);
    expect(args.name).toBe('rg-overridden');
    expect(args.location).toBe('westeurope');
    expect(args.managed_by).toBe('someone');
    expect(args.tags).toEqual({ owner: 'exchange-team' });
  });

  test('builds them anew on each call', () => {
    const group = resourceGroup();
    expect(configuredArguments(group)).not.toBe(configuredArguments(group));
    expect(configuredArguments(group)).toEqual(configuredArguments(group));
  });
});

describe('argumentOf', () => {
  test('reads one argument by its camelCase name, through the binding\'s input getter', () => {
    const group = resourceGroup();
    expect(resourceTypeOf(group)).toBe('azurerm_resource_group');
    expect(argumentOf(group, 'name')).toBe('rg-exo');
    expect(argumentOf(group, 'location')).toBe('westeurope');
  });

  test('falls back to the synthesized arguments (without overrides) when a binding has no input getter', () => {
    const group = resourceGroup();
    group.addOverride('name', 'rg-overridden');
    Object.defineProperty(group, 'synthesizeAttributes', { value: () => ({ custom_argument: 'x', name: 'synthesized' }) });
    expect(argumentOf(group, 'customArgument')).toBe('x');
    expect(configuredArguments(group)).toEqual({ custom_argument: 'x', name: 'rg-overridden' });
  });
});
