// Reading configured values back (lib/terraform/resolve.ts): tokens resolve to the Terraform expression they
// stand for, and a reference to a resource gives that resource's address.
import { Fn, TerraformResource, TerraformVariable } from 'cdktf';
import { resolveIn, terraformAddressOf } from '../../lib/terraform/resolve';
import { newStack } from '../support/helpers';

function setup() {
  const stack = newStack();
  const group = new TerraformResource(stack, 'group', { terraformResourceType: 'azurerm_resource_group' });
  const variable = new TerraformVariable(stack, 'name', {});
  return { stack, group, variable };
}

describe('resolveIn', () => {
  test('references become the Terraform expressions they stand for, inside text, lists and objects too', () => {
    const { stack, group, variable } = setup();
    expect(resolveIn(stack, variable.stringValue)).toBe('${var.name}');
    expect(resolveIn(stack, group.getStringAttribute('name'))).toBe('${azurerm_resource_group.group.name}');
    expect(resolveIn(stack, `rg-${variable.stringValue}`)).toBe('rg-${var.name}');
    expect(resolveIn(stack, { names: [variable.stringValue, 'b'] })).toEqual({ names: ['${var.name}', 'b'] });
    expect(resolveIn(stack, Fn.lower(variable.stringValue))).toBe('${lower(var.name)}');
  });

  test('two references to one resource attribute compare equal; literals stay as they are', () => {
    const { stack, group } = setup();
    expect(resolveIn(stack, group.getStringAttribute('id'))).toBe(resolveIn(stack, group.getStringAttribute('id')));
    expect(resolveIn(stack, 'rg-exo')).toBe('rg-exo');
    expect(resolveIn(stack, 42)).toBe(42);
    expect(resolveIn(stack, undefined)).toBeUndefined();
  });
});

describe('terraformAddressOf', () => {
  test('a reference to any attribute of a resource of the type gives its address', () => {
    const { stack, group } = setup();
    expect(terraformAddressOf(stack, group.getStringAttribute('name'), 'azurerm_resource_group')).toBe('azurerm_resource_group.group');
    expect(terraformAddressOf(stack, group.getStringAttribute('id'), 'azurerm_resource_group')).toBe('azurerm_resource_group.group');
  });

  test('a literal, or a reference to something else, is given as it resolves; a value that is not text is undefined', () => {
    const { stack, group, variable } = setup();
    expect(terraformAddressOf(stack, 'rg-exo', 'azurerm_resource_group')).toBe('rg-exo');
    expect(terraformAddressOf(stack, variable.stringValue, 'azurerm_resource_group')).toBe('${var.name}');
    expect(terraformAddressOf(stack, group.getStringAttribute('name'), 'azurerm_automation_account')).toBe('${azurerm_resource_group.group.name}');
    expect(terraformAddressOf(stack, 42, 'azurerm_resource_group')).toBeUndefined();
    expect(terraformAddressOf(stack, undefined, 'azurerm_resource_group')).toBeUndefined();
  });
});
