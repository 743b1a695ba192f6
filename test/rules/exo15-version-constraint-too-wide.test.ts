// EXO15 (lib/rules/exo15-version-constraint-too-wide.ts): reported on the stack by its version
// requirements (lib/stack/terraform-requirements.ts) at synthesis, not recorded. The messages:
// test/stack/terraform-requirements.test.ts.
import { ExchangeOnlineAutomation, EntraRole } from '../../lib';
import { VERSION_CONSTRAINT_TOO_WIDE_RULE } from '../../lib/rules/exo15-version-constraint-too-wide';
import { newStackWithProviders } from '../support/helpers';
import { annotationsOf, expectConstructRule, exoProps } from '../support/policy';

describe('EXO15: version constraint too wide', () => {
  test('is a construct rule of the stack (TerraformStack)', () => {
    expectConstructRule(VERSION_CONSTRAINT_TOO_WIDE_RULE, 'EXO15', ['TerraformStack']);
  });

  test('a too-wide constraint is reported on the stack under EXO15, as a warning, and is not recorded', () => {
    const stack = newStackWithProviders();
    stack.addOverride('terraform.required_providers.azurerm.version', '>= 4.50.0');
    new ExchangeOnlineAutomation(stack, 'exo', { ...exoProps, roles: [EntraRole.GLOBAL_READER] });
    expect(annotationsOf(stack).filter((l) => l.includes('[EXO15]')))
      .toEqual([expect.stringMatching(/^warn test \[EXO15\] .*azurerm\.version ">= 4\.50\.0" also admits azurerm releases/)]);
    expect(VERSION_CONSTRAINT_TOO_WIDE_RULE.check(stack)).toEqual([]);
  });
});
