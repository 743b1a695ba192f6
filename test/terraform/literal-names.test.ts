// The literal names a construct was created with (lib/terraform/literal-names.ts), for import-id checks
// that cannot compare a reference.
import { TerraformVariable } from 'cdktf';
import { accountNamesOf, literalNamesOf, recordLiteralNames } from '../../lib/terraform/literal-names';
import { newStack } from '../support/helpers';

describe('literal names', () => {
  test('what is recorded for an object is read back; nothing recorded reads as no names', () => {
    const target = {};
    expect(literalNamesOf(target)).toEqual({});
    recordLiteralNames(target, { account: 'aa-exo', resourceGroup: 'rg-exo', environment: undefined });
    expect(literalNamesOf(target)).toEqual({ account: 'aa-exo', resourceGroup: 'rg-exo', environment: undefined });
    expect(literalNamesOf({})).toEqual({});
  });

  test('an account\'s recorded names win over its attributes, which are references when it is created in the stack', () => {
    const stack = newStack();
    const reference = new TerraformVariable(stack, 'name', {}).stringValue;
    const account = { name: reference, resourceGroupName: reference };
    expect(accountNamesOf(account)).toEqual({ account: undefined, resourceGroup: undefined });
    recordLiteralNames(account, { account: 'aa-exo', resourceGroup: 'rg-exo' });
    expect(accountNamesOf(account)).toEqual({ account: 'aa-exo', resourceGroup: 'rg-exo' });
  });

  test('an account nothing was recorded for gives its attributes that are literals (from fromAttributes)', () => {
    const stack = newStack();
    const reference = new TerraformVariable(stack, 'group', {}).stringValue;
    expect(accountNamesOf({ name: 'aa-exo', resourceGroupName: 'rg-exo' })).toEqual({ account: 'aa-exo', resourceGroup: 'rg-exo' });
    expect(accountNamesOf({ name: 'aa-exo', resourceGroupName: reference })).toEqual({ account: 'aa-exo', resourceGroup: undefined });
  });

  test('a name recorded as undefined falls back to the attribute', () => {
    const account = { name: 'aa-exo', resourceGroupName: 'rg-exo' };
    recordLiteralNames(account, { account: undefined });
    expect(accountNamesOf(account)).toEqual({ account: 'aa-exo', resourceGroup: 'rg-exo' });
  });
});
