// Version constraints as ranges: every stack admits each provider release in which what the package
// writes exists; features raise floors; a constraint the user set is kept and checked, never replaced.
import { Testing, TerraformStack } from 'cdktf';
import {
  AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlineModuleImport, PolicyRule,
  PolicySuppressions, PowerShellRuntime, UserAssignedIdentity,
} from '../../lib';
import { annotations, newStack, newStackWithProviders, synthJson } from '../support/helpers';

const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
const EXO = { organization: 'contoso.onmicrosoft.com', ...RG, automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };

function requiredProviders(stack: TerraformStack) {
  return synthJson(stack).terraform.required_providers;
}

describe('provider version ranges', () => {
  test('the whole procedure: azurerm 4.x-5.x, azuread 3.x, time 0.x, Terraform 1.2 for postconditions', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', EXO);
    const terraform = synthJson(stack).terraform;
    expect(terraform.required_providers).toEqual({
      azurerm: { source: 'azurerm', version: '>= 4.0.0, < 6.0.0' },
      azuread: { source: 'hashicorp/azuread', version: '>= 3.0.0, < 4.0.0' },
      time: { source: 'hashicorp/time', version: '>= 0.5.0, < 1.0.0' },
    });
    expect(terraform.required_version).toBe('>= 1.2.0');
  });

  test('PowerShell 7.4 raises the azurerm floor to 4.75.0, keeping 5.x', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, runtime: PowerShellRuntime.V7_4 });
    expect(requiredProviders(stack).azurerm.version).toBe('>= 4.75.0, < 6.0.0');
  });

  test('a stack without a provider block (a CDK Terrain project without azuread bindings) still gets source and range', () => {
    const stack = newStack();
    const identity = UserAssignedIdentity.fromAttributes(stack, 'uai', {
      principalId: '11111111-1111-1111-1111-111111111111', clientId: '22222222-2222-2222-2222-222222222222',
      resourceId: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id',
    });
    new EntraRoleBinding(stack, 'role', { principal: identity, role: EntraRole.GLOBAL_READER });
    // cdktf's validations (which require a provider construct for generated bindings) pass too.
    expect(JSON.parse(Testing.synth(stack, true)).terraform.required_providers)
      .toEqual({ azuread: { source: 'hashicorp/azuread', version: '>= 3.0.0, < 4.0.0' } });
  });

  test('only providers the stack uses are constrained', () => {
    const stack = newStackWithProviders();
    new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', ...RG });
    // The azuread provider block is declared, but nothing of the package uses it: its pin stays as declared.
    expect(requiredProviders(stack).azuread.version).toBe('3.7.0');
    expect(requiredProviders(stack).azurerm.version).toBe('>= 4.0.0, < 6.0.0');
  });

  test('synthesizing twice gives the same constraints (the package tells its own values from the user\'s)', () => {
    const stack = newStackWithProviders();
    new ExchangeOnlineModuleImport(stack, 'modules', {
      account: new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', ...RG }), runtime: PowerShellRuntime.V7_4,
    });
    expect(Testing.synth(stack)).toBe(Testing.synth(stack));
    expect(annotations(stack, 'warn')).toEqual([]);
  });
});

describe('a constraint the user set', () => {
  test('is kept when it fits', () => {
    const stack = newStackWithProviders();
    stack.addOverride('terraform.required_providers.azurerm.version', '~> 4.60');
    new ExchangeOnlineAutomation(stack, 'exo', EXO);
    expect(requiredProviders(stack).azurerm.version).toBe('~> 4.60');
    expect(annotations(stack, 'warn')).toEqual([]);
  });

  test('that admits no release with a feature fails synth, naming the feature and the versions it needs', () => {
    const stack = newStackWithProviders();
    stack.addOverride('terraform.required_providers.azurerm.version', '4.55.0');
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, runtime: PowerShellRuntime.V7_4 });
    expect(() => Testing.synth(stack)).toThrow('test: terraform.required_providers.azurerm.version "4.55.0" admits no azurerm release that this stack can use: '
      + 'PowerShell 7.4 runtime environments (azurerm_automation_runtime_environment_package) needs azurerm >= 4.75.0, < 6.0.0');
  });

  test('that also admits releases without a feature is kept, with a warning', () => {
    const stack = newStackWithProviders();
    stack.addOverride('terraform.required_providers.azurerm.version', '>= 4.50.0');
    new ExchangeOnlineAutomation(stack, 'exo', { ...EXO, runtime: PowerShellRuntime.V7_4 });
    expect(requiredProviders(stack).azurerm.version).toBe('>= 4.50.0');
    expect(annotations(stack, 'warn').join('\n')).toContain('test: terraform.required_providers.azurerm.version ">= 4.50.0" also admits azurerm releases outside >= 4.75.0, < 6.0.0');
  });

  test('the warning has a rule id (EXO15), so PolicySuppressions accepts it', () => {
    const warned = newStackWithProviders();
    warned.addOverride('terraform.required_providers.azurerm.version', '>= 4.50.0');
    new ExchangeOnlineAutomation(warned, 'exo', { ...EXO, runtime: PowerShellRuntime.V7_4 });
    Testing.synth(warned);
    expect(annotations(warned, 'warn')).toEqual([expect.stringMatching(
      /^\[EXO15\] .*\(test: terraform\.required_providers\.azurerm\.version ">= 4\.50\.0" also admits azurerm releases outside >= 4\.75\.0, < 6\.0\.0, .*\) To accept it/)]);
    expect(PolicyRule.VERSION_CONSTRAINT_TOO_WIDE.id).toBe('EXO15');
    expect(PolicyRule.VERSION_CONSTRAINT_TOO_WIDE.requiresPolicyChecks).toBe(false);

    const accepted = newStackWithProviders();
    accepted.addOverride('terraform.required_providers.azurerm.version', '>= 4.50.0');
    new ExchangeOnlineAutomation(accepted, 'exo', { ...EXO, runtime: PowerShellRuntime.V7_4 });
    PolicySuppressions.add(accepted, [{ ruleId: 'EXO15', reason: 'The lock file pins azurerm 5.2.0 in every pipeline.' }]);
    Testing.synth(accepted);
    expect(annotations(accepted, 'warn')).toEqual([]);
    expect(annotations(accepted, 'info')).toEqual([expect.stringMatching(/^\[EXO15\] .*Suppressed: The lock file pins azurerm 5\.2\.0 in every pipeline\.$/)]);
  });

  test('Terraform\'s required_version too: import blocks need 1.5', () => {
    const stack = newStackWithProviders();
    stack.addOverride('terraform.required_version', '~> 1.4.0');
    new ExchangeOnlineAutomation(stack, 'exo', {
      ...EXO, importExisting: { exchangeGrant: '/servicePrincipals/99999999-8888-7777-6666-555555555555/appRoleAssignedTo/abc' },
    });
    expect(() => Testing.synth(stack)).toThrow('test: terraform.required_version "~> 1.4.0" admits no Terraform release that this stack can use: '
      + 'import blocks (adopting objects that exist) needs Terraform >= 1.5.0');
  });

  test('that is not a constraint fails with what to write instead', () => {
    const stack = newStackWithProviders();
    stack.addOverride('terraform.required_providers.azurerm.version', 'latest');
    new ExchangeOnlineAutomation(stack, 'exo', EXO);
    expect(() => Testing.synth(stack)).toThrow('test: terraform.required_providers.azurerm.version "latest" must be a Terraform version constraint such as ">= 4.0.0, < 6.0.0"');
  });
});
