// The list of rules (lib/rules/all-rules.ts): one file per rule (exoNN-<PolicyRule field>.ts, exporting that
// one rule), PolicyRule derived from it, every appliesTo a kind something really is, construct advice under
// rule ids and raised through the rule object. Each rule's own findings: test/rules/exoNN-*.test.ts.
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { App, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { EntraRole, EntraRoleBinding, ExchangeOnlineAutomation, PolicyRule, UserAssignedIdentity } from '../../lib';
import { ALL_RULES } from '../../lib/rules/all-rules';
import { UNSUPPORTED_ROLE_RULE } from '../../lib/rules/exo09-unsupported-role';
import { VERSION_CONSTRAINT_TOO_WIDE_RULE } from '../../lib/rules/exo15-version-constraint-too-wide';
import { recordedFindings, recordFinding } from '../../lib/rules/findings';
import { Rule } from '../../lib/rules/rule';
import { newStackWithProviders } from '../support/helpers';
import { annotationsOf, exoProps } from '../support/policy';

describe('the list of rules', () => {
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
});

const LIB = join(__dirname, '..', '..', 'lib');
const RULE_FILE = /^exo(\d\d)-([a-z0-9-]+)\.ts$/;

/** Every .ts file under `dir`. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('one file per rule', () => {
  const files = readdirSync(join(LIB, 'rules')).filter((name) => RULE_FILE.test(name)).sort();

  test('each exoNN-<name>.ts exports exactly one rule, <NAME>_RULE, whose id is EXO<NN> and which PolicyRule.<NAME> shows', () => {
    expect(files.length).toBe(ALL_RULES.length);
    files.forEach((file, index) => {
      const [, number, name] = RULE_FILE.exec(file)!;
      const field = name.toUpperCase().replace(/-/g, '_');
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the file named, as its importers load it
      const exports = require(join(LIB, 'rules', file.replace(/\.ts$/, '')));
      expect({ file, exports: Object.keys(exports) }).toEqual({ file, exports: [`${field}_RULE`] });
      const rule: Rule = exports[`${field}_RULE`];
      expect(rule.id).toBe(`EXO${Number(number)}`);
      expect(ALL_RULES[index]).toBe(rule);
      expect((PolicyRule as unknown as { [field: string]: PolicyRule })[field]).toBe(PolicyRule.all()[index]);
    });
  });

  test('PolicyRule has one static field per rule file, and nothing else of its kind', () => {
    const fields = Object.keys(PolicyRule).filter((key) => (PolicyRule as unknown as { [key: string]: unknown })[key] instanceof PolicyRule);
    expect(fields.map((field) => `${field.toLowerCase().replace(/_/g, '-')}`).sort())
      .toEqual(files.map((file) => RULE_FILE.exec(file)![2]).sort());
  });

  test('a construct raises a rule through its object, which the finding keeps; a string id is a compile error', () => {
    const raiseById = (node: IConstruct) => {
      // @ts-expect-error a rule id is no Rule (`npm run typecheck` fails the day this compiles)
      recordFinding(node, 'EXO9', 'detail');
    };
    const stack = new TerraformStack(new App(), 'typed');
    recordFinding(stack, UNSUPPORTED_ROLE_RULE, 'role: "Reports Reader"');
    expect(recordedFindings(stack)).toEqual([{ rule: UNSUPPORTED_ROLE_RULE, detail: 'role: "Reports Reader"' }]);
    expect(UNSUPPORTED_ROLE_RULE.check(stack)).toEqual(['role: "Reports Reader"']);
    expect(raiseById).toBeInstanceOf(Function);
  });
});

describe('appliesTo', () => {
  /** The kinds this package's constructs mark themselves as (`markAs(this, '<Kind>')`, or the construct a check function is given; lib/validation/markers.ts). */
  const MARKED = new Set(tsFiles(LIB).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/markAs\(\w+, '(\w+)'\)/g)].map((m) => m[1])));

  /** True when `type` is the Terraform type of a provider binding's resource class. */
  function isResourceType(type: string): boolean {
    const match = /^(azurerm|azuread)_([a-z0-9_]+)$/.exec(type);
    if (!match) {
      return false;
    }
    let module: object;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the binding the type names (deep path)
      module = require(`@cdktf/provider-${match[1]}/lib/${match[2].replace(/_/g, '-')}`);
    } catch {
      return false;
    }
    return Object.values(module).some((value) => (value as { tfResourceType?: string }).tfResourceType === type);
  }

  test('the markers and resource types are found (the check below can fail)', () => {
    expect([...MARKED]).toEqual(expect.arrayContaining(['ExchangeOnlineRunbook', 'EntraRoleBinding', 'ExchangeOnlineAutomation', 'PowerShellGalleryModule']));
    expect(MARKED.has('RunbookSchedule')).toBe(false);
    expect(isResourceType('azurerm_automation_runbook')).toBe(true);
    expect(isResourceType('azurerm_automation_runbooks')).toBe(false);
  });

  test('a policy rule applies to Terraform resource types and kinds a construct marks (what the aspect dispatches on)', () => {
    for (const rule of ALL_RULES.filter((r) => r.source === 'policy')) {
      for (const kind of rule.appliesTo) {
        expect({ rule: rule.id, kind, known: isResourceType(kind) || MARKED.has(kind) }).toEqual({ rule: rule.id, kind, known: true });
      }
    }
  });

  test('a construct rule applies to kinds a construct marks, or (EXO15) to the stack, which cdktf marks', () => {
    // TerraformStack.isStack reads cdktf's own marker (Symbol.for('cdktf/TerraformStack')).
    expect(TerraformStack.isStack(new TerraformStack(new App(), 'marked'))).toBe(true);
    for (const rule of ALL_RULES.filter((r) => r.source === 'construct')) {
      for (const kind of rule.appliesTo) {
        const known = MARKED.has(kind) || (kind === 'TerraformStack' && rule === VERSION_CONSTRAINT_TOO_WIDE_RULE);
        expect({ rule: rule.id, kind, known }).toEqual({ rule: rule.id, kind, known: true });
      }
    }
  });
});
