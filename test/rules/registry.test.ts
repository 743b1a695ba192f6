// The rule registry: one entry per rule, PolicyRule derived from it, construct advice under rule ids,
// a throwing rule reported instead of crashing, resources recognized by Terraform type.
import { Aspects, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import {
  EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, ExchangeOnlinePolicyChecks, PolicyRule, PolicySeverity,
  PolicySuppressions, UserAssignedIdentity,
} from '../../lib';
import { RULES } from '../../lib/rules/registry';
import { newStackWithProviders } from '../support/helpers';

const exoProps = { organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod' };

function annotationsOf(stack: TerraformStack): string[] {
  Testing.synth(stack);
  return stack.node.findAll().flatMap((c: IConstruct) => c.node.metadata
    .filter((m) => ['@cdktf/error', '@cdktf/warn', '@cdktf/info'].includes(m.type))
    .map((m) => `${m.type.replace('@cdktf/', '')} ${c.node.path} ${String(m.data)}`));
}

/** A binding of azurerm_automation_account that is not the generated class (another copy, another toolchain). */
class OtherAccountBinding extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly localAuth: boolean) {
    super(scope, id, { terraformResourceType: 'azurerm_automation_account' });
  }
  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { name: 'aa-other', local_authentication_enabled: this.localAuth };
  }
}

describe('policy rule registry', () => {
  test('PolicyRule.all() is the registry, in order, with one object per rule', () => {
    expect(PolicyRule.all().map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(PolicyRule.all()[0]).toBe(PolicyRule.MISSING_EXCHANGE_GRANT);
    expect(PolicyRule.all().map((r) => r.id)).toEqual(Array.from({ length: 16 }, (_, i) => `EXO${i + 1}`));
    for (const rule of PolicyRule.all()) {
      expect(rule.appliesTo.length).toBeGreaterThan(0);
      expect(rule.description.length).toBeGreaterThan(40);
    }
    expect(PolicyRule.PREVIEW_MODULE.requiresPolicyChecks).toBe(false);
    expect(PolicyRule.LOCAL_AUTHENTICATION_ENABLED.requiresPolicyChecks).toBe(true);
    expect(PolicyRule.START_TIME_TOO_SOON.defaultSeverity).toBe(PolicySeverity.WARNING);
  });

  test('construct advice is reported under its rule id without the policy checks', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    new EntraRoleBinding(stack, 'security', { principal: identity, role: EntraRole.SECURITY_ADMINISTRATOR });
    new ExchangeOnlineAutomation(stack, 'exo', { ...exoProps, roles: [] });
    const lines = annotationsOf(stack).filter((l) => l.includes('[EXO'));
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^warn test\/security \[EXO8\] Security Administrator lacks .* \(role: Security Administrator\) To accept it/),
      expect.stringMatching(/^warn test\/exo \[EXO11\] roles is empty/),
    ]));
  });

  test('a suppression added after the construct was created covers its advice', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const binding = new EntraRoleBinding(stack, 'security', { principal: identity, role: EntraRole.SECURITY_ADMINISTRATOR });
    PolicySuppressions.add(binding, [{ ruleId: 'EXO8', reason: 'Only reads protection settings, by design.' }]);
    const lines = annotationsOf(stack).filter((l) => l.includes('[EXO8]'));
    expect(lines).toEqual([expect.stringMatching(/^info test\/security \[EXO8\] .*Suppressed: Only reads protection settings, by design\.$/)]);
  });

  test('resources are recognized by Terraform type, not by class', () => {
    const stack = newStackWithProviders();
    new OtherAccountBinding(stack, 'other', true);
    new OtherAccountBinding(stack, 'other-off', false);
    Aspects.of(stack).add(new ExchangeOnlinePolicyChecks({ reportAsWarnings: true }));
    const lines = annotationsOf(stack).filter((l) => l.includes('[EXO5]'));
    expect(lines).toEqual([expect.stringMatching(/^warn test\/other \[EXO5\]/)]);
  });

  test('a rule that throws becomes a warning finding, and the other rules still run', () => {
    const stack = newStackWithProviders();
    new OtherAccountBinding(stack, 'other', true);
    const exo5 = RULES.find((r) => r.id === 'EXO5')!;
    const original = exo5.check;
    (exo5 as { check: unknown }).check = () => {
      throw new Error('boom');
    };
    try {
      const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
      new EntraRoleBinding(stack, 'admin', { principal: identity, role: EntraRole.EXCHANGE_ADMINISTRATOR });
      Aspects.of(stack).add(new ExchangeOnlinePolicyChecks());
      const lines = annotationsOf(stack).filter((l) => /\[EXO[56]\]/.test(l));
      expect(lines).toEqual(expect.arrayContaining([
        expect.stringMatching(/^warn test\/other \[EXO5\] could not be checked on this construct: boom/),
        expect.stringMatching(/^warn test\/admin \[EXO6\]/),
      ]));
    } finally {
      (exo5 as { check: unknown }).check = original;
    }
  });
});
