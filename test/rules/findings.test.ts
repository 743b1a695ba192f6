// Findings a construct records about its own props (lib/rules/findings.ts), reported at synthesis by the
// stack's checks, so a suppression added later still applies. That a rule id string is no Rule (a compile
// error): test/rules/all-rules.test.ts.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole, EntraRoleBinding, PolicySuppressions, UserAssignedIdentity } from '../../lib';
import { UNSUPPORTED_ROLE_RULE } from '../../lib/rules/exo09-unsupported-role';
import { PREVIEW_MODULE_RULE } from '../../lib/rules/exo13-preview-module';
import { recordedFindings, recordFinding } from '../../lib/rules/findings';
import { newStackWithProviders } from '../support/helpers';
import { annotationsOf } from '../support/policy';

describe('the list of rules', () => {
  test('a suppression added after the construct was created covers its advice', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const binding = new EntraRoleBinding(stack, 'security', { principal: identity, role: EntraRole.SECURITY_ADMINISTRATOR });
    PolicySuppressions.add(binding, [{ ruleId: 'EXO8', reason: 'Only reads protection settings, by design.' }]);
    const lines = annotationsOf(stack).filter((l) => l.includes('[EXO8]'));
    expect(lines).toEqual([expect.stringMatching(/^info test\/security \[EXO8\] .*Suppressed: Only reads protection settings, by design\.$/)]);
  });
});

describe('recorded findings', () => {
  test('are kept per construct, in the order they were made, with the rule object', () => {
    const stack = new TerraformStack(new App(), 'findings');
    const child = new Construct(stack, 'child');
    recordFinding(stack, UNSUPPORTED_ROLE_RULE, 'role: "Reports Reader"');
    recordFinding(stack, PREVIEW_MODULE_RULE, 'version: 3.10.1-Preview1');
    expect(recordedFindings(stack)).toEqual([
      { rule: UNSUPPORTED_ROLE_RULE, detail: 'role: "Reports Reader"' },
      { rule: PREVIEW_MODULE_RULE, detail: 'version: 3.10.1-Preview1' },
    ]);
    expect(recordedFindings(stack)[0].rule).toBe(UNSUPPORTED_ROLE_RULE);
    expect(recordedFindings(child)).toEqual([]);
  });

  test('are stored under a non-enumerable Symbol.for key, which every copy of the package shares', () => {
    const stack = new TerraformStack(new App(), 'key');
    recordFinding(stack, UNSUPPORTED_ROLE_RULE, 'detail');
    const stored = (stack as unknown as { [key: symbol]: unknown })[Symbol.for('cdktf-exo-managed-identity.findings')];
    expect(stored).toEqual([{ rule: UNSUPPORTED_ROLE_RULE, detail: 'detail' }]);
    expect(Object.getOwnPropertyDescriptor(stack, Symbol.for('cdktf-exo-managed-identity.findings'))!.enumerable).toBe(false);
  });
});
