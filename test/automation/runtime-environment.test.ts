// Values the azurerm provider refuses must fail at synth time, by the provider's own rule (the source
// is cited next to each rule in lib/). Each case here passed synthesis before the rule was aligned. The other provider rules are tested
// beside what they check: test/reference/azure-time-zones.test.ts, test/identity/user-assigned-identity.test.ts.
import { AutomationAccountWithIdentity, PowerShellRuntime, PowerShellRuntimeEnvironment } from '../../lib';
import { newStackWithProviders } from '../support/helpers';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };

describe('provider rules at synth time', () => {
  test('an empty runtime environment description (azurerm: StringIsNotEmpty)', () => {
    const stack = newStackWithProviders();
    const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', ...RG });
    expect(() => new PowerShellRuntimeEnvironment(stack, 'env', { account, runtime: PowerShellRuntime.V7_4, description: '' }))
      .toThrow('test/env: description "" must not be empty (azurerm refuses an empty description; leave it unset for the default)');
  });
});
