// EXO13 (lib/rules/exo13-preview-module.ts): recorded by module imports of a preview ExchangeOnlineManagement.
import { AutomationAccountWithIdentity, ExchangeOnlineModuleImport } from '../../lib';
import { PREVIEW_MODULE_RULE } from '../../lib/rules/exo13-preview-module';
import { newStackWithProviders } from '../support/helpers';
import { expectConstructRule } from '../support/policy';

describe('EXO13: preview module', () => {
  test('is a construct rule of ExchangeOnlineModuleImport and ExchangeOnlineAutomation', () => {
    expectConstructRule(PREVIEW_MODULE_RULE, 'EXO13', ['ExchangeOnlineModuleImport', 'ExchangeOnlineAutomation']);
  });

  test('a preview version records it with the version; a General Availability version does not', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
    const preview = new ExchangeOnlineModuleImport(stack, 'preview', { account, version: '3.10.1-Preview1' });
    const other = newStackWithProviders('other');
    const otherAccount = new AutomationAccountWithIdentity(other, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
    const ga = new ExchangeOnlineModuleImport(other, 'ga', { account: otherAccount, version: '3.10.1' });
    expect(PREVIEW_MODULE_RULE.check(preview)).toEqual(['version: 3.10.1-Preview1']);
    expect(PREVIEW_MODULE_RULE.check(ga)).toEqual([]);
  });
});
