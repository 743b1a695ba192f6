// lib/validation/arm-ids.ts: the one matcher of ARM ids. Segment names are exact unless a caller asks
// otherwise (azurerm parses them case-sensitively); names are compared exactly for import ids (a name that
// differs in case makes Terraform replace the imported object) and in any case for an existing account
// described by its attributes (Azure finds it by name in any case). Each caller keeps its rule.
import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { AutomationPowershell72Module } from '@cdktf/provider-azurerm/lib/automation-powershell72-module';
import { TerraformStack, Testing } from 'cdktf';
import { AutomationAccountWithIdentity } from '../../lib';
import { findCollisions } from '../../lib/stack/collisions';
import { matchArmId } from '../../lib/validation/arm-ids';
import { checkImportId, IMPORT_ID_FORMATS } from '../../lib/validation/import-ids';

const ACCOUNT = IMPORT_ID_FORMATS.automationAccount.pattern;
const ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.Automation/automationAccounts/aa-exo';
const LOWER_SEGMENTS = '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-exo/providers/microsoft.automation/automationaccounts/aa-exo';

const newStack = () => new TerraformStack(Testing.app(), 'test');

describe('matchArmId', () => {
  test('reads the named parts of an id of the format', () => {
    expect(matchArmId(ACCOUNT, ID)).toEqual({
      parts: { subscription: '00000000-0000-0000-0000-000000000000', resourceGroup: 'rg-exo', account: 'aa-exo' }, mismatches: [],
    });
    expect(matchArmId(ACCOUNT, `${ID}/runbooks/x`)).toBeUndefined();
  });

  test('segment names: exact by default, any case when asked', () => {
    expect(matchArmId(ACCOUNT, LOWER_SEGMENTS)).toBeUndefined();
    expect(matchArmId(ACCOUNT, LOWER_SEGMENTS, {}, { segments: 'exact' })).toBeUndefined();
    expect(matchArmId(ACCOUNT, LOWER_SEGMENTS, {}, { segments: 'anyCase' })?.parts.account).toBe('aa-exo');
    // The pattern itself is left as it is.
    expect(ACCOUNT.flags).toBe('');
  });

  test('names: exact by default, any case when asked; mismatches in the order of the expected names', () => {
    const expected = { account: 'AA-EXO', resourceGroup: 'rg-other' };
    expect(matchArmId(ACCOUNT, ID, expected)?.mismatches).toEqual([
      { part: 'account', got: 'aa-exo', want: 'AA-EXO' }, { part: 'resourceGroup', got: 'rg-exo', want: 'rg-other' },
    ]);
    expect(matchArmId(ACCOUNT, ID, expected, { names: 'anyCase' })?.mismatches).toEqual([{ part: 'resourceGroup', got: 'rg-exo', want: 'rg-other' }]);
  });

  test('an expected name that is undefined, a token, or a part the format lacks is not compared', () => {
    const stack = newStack();
    const account = new AutomationAccount(stack, 'account', { name: 'aa-exo', resourceGroupName: 'rg-exo', location: 'westeurope', skuName: 'Basic' });
    expect(matchArmId(ACCOUNT, ID, { account: account.name, resourceGroup: undefined, name: 'x' })?.mismatches).toEqual([]);
  });
});

describe('each caller keeps its case rule', () => {
  test('import ids: a name that differs in case alone is refused (Terraform would replace the object)', () => {
    const stack = newStack();
    expect(checkImportId(stack, 'importFrom', ID, IMPORT_ID_FORMATS.automationAccount, { account: 'aa-exo' })).toBe(ID);
    expect(() => checkImportId(stack, 'importFrom', ID, IMPORT_ID_FORMATS.automationAccount, { account: 'AA-EXO' }))
      .toThrow(`test: importFrom "${ID}" names account "aa-exo", but the configuration says "AA-EXO": Terraform would import the object and then replace it`);
    expect(() => checkImportId(stack, 'importFrom', LOWER_SEGMENTS, IMPORT_ID_FORMATS.automationAccount))
      .toThrow('must be the import id of an existing azurerm_automation_account');
  });

  test('an existing account: names in another case are the same account; segment names stay exact', () => {
    const stack = newStack();
    const attrs = { name: 'AA-EXO', resourceGroupName: 'RG-EXO', location: 'westeurope', accountId: ID, systemAssignedPrincipalId: '11111111-2222-3333-4444-555555555555' };
    expect(AutomationAccountWithIdentity.fromAttributes(stack, 'same', attrs).name).toBe('AA-EXO');
    expect(() => AutomationAccountWithIdentity.fromAttributes(stack, 'other', { ...attrs, resourceGroupName: 'rg-other' }))
      .toThrow('test/other: resourceGroupName "rg-other" must match the resource group in accountId (rg-exo)');
    expect(() => AutomationAccountWithIdentity.fromAttributes(stack, 'lower', { ...attrs, accountId: LOWER_SEGMENTS }))
      .toThrow('must be the ARM id of an Automation account, exactly as Azure writes it');
  });

  test('the collision check: a literal account id in any case names the account it refers to', () => {
    const stack = newStack();
    const account = new AutomationAccount(stack, 'account', { name: 'aa-exo', resourceGroupName: 'rg-exo', location: 'westeurope', skuName: 'Basic' });
    const moduleLink = { uri: 'https://www.powershellgallery.com/api/v2/package/ExchangeOnlineManagement/3.9.2' };
    new AutomationPowershell72Module(stack, 'by-reference', { name: 'ExchangeOnlineManagement', automationAccountId: account.id, moduleLink });
    new AutomationPowershell72Module(stack, 'by-literal-id', { name: 'ExchangeOnlineManagement', automationAccountId: LOWER_SEGMENTS, moduleLink });
    expect(findCollisions(stack)).toEqual([expect.stringContaining('test/by-literal-id: name "ExchangeOnlineManagement" duplicates test/by-reference')]);
  });
});
