// PolicyRule (lib/policy/policy-rule.ts): the public view of the rules of lib/rules/, one object per rule.
// That each rule file has its field: test/rules/all-rules.test.ts.
import { PolicyRule, PolicySeverity } from '../../lib';
import { ALL_RULES } from '../../lib/rules/all-rules';

describe('ExchangeOnlinePolicyChecks', () => {
  test('every rule has a unique id and a description', () => {
    const ids = PolicyRule.all().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PolicyRule.all().every((r) => r.description.length > 40)).toBe(true);
  });
});

describe('the list of rules', () => {
  test('PolicyRule.all() is the list of rules, in order, with one object per rule', () => {
    expect(PolicyRule.all().map((r) => r.id)).toEqual(ALL_RULES.map((r) => r.id));
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
});

describe('PolicyRule', () => {
  test('each view copies its rule: id, severity, description, appliesTo, and whether it needs the policy checks', () => {
    ALL_RULES.forEach((rule, index) => {
      const view = PolicyRule.all()[index];
      expect(view).toEqual({
        id: rule.id, defaultSeverity: rule.severity, description: rule.description,
        appliesTo: [...rule.appliesTo], requiresPolicyChecks: rule.source === 'policy',
      });
    });
    expect(PolicyRule.MISSING_EXCHANGE_GRANT.defaultSeverity).toBe(PolicySeverity.ERROR);
    expect(PolicyRule.all().filter((r) => r.requiresPolicyChecks).map((r) => r.id)).toEqual(['EXO1', 'EXO2', 'EXO3', 'EXO4', 'EXO5', 'EXO6', 'EXO7']);
  });

  test('all() returns the same objects each time, and a view\'s appliesTo is a copy of the rule\'s', () => {
    expect(PolicyRule.all()).not.toBe(PolicyRule.all());
    PolicyRule.all().forEach((view, index) => expect(view).toBe(PolicyRule.all()[index]));
    expect(PolicyRule.RETIRED_RUNTIME.appliesTo).not.toBe(ALL_RULES[15].appliesTo);
    expect(PolicyRule.RETIRED_RUNTIME.appliesTo).toEqual(['ExchangeOnlineModuleImport', 'PowerShellGalleryModule']);
  });
});
