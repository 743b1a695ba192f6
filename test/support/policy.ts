// Helpers of the policy-rule tests (test/rules/, test/policy/): run the policy checks over a stack and read
// the findings back, a bare Exchange Online runbook whose identity holds nothing, and a binding of
// azurerm_automation_account that is not the generated class.
import { Aspects, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import {
  AutomationAccountWithIdentity, ExchangeOnlineModuleImport, ExchangeOnlinePolicyChecks, ExchangeOnlineRunbook, ExchangeOnlineRunbookProps, RunbookScript,
} from '../../lib';
import { PolicySeverity } from '../../lib/rules/policy-severity';
import { Rule } from '../../lib/rules/rule';
import { newStackWithProviders } from './helpers';

/** Runs the checks over the stack and returns the findings as `<level> <path> <message>` lines. */
export function findings(stack: TerraformStack, props = {}): string[] {
  Aspects.of(stack).add(new ExchangeOnlinePolicyChecks(props));
  Testing.synth(stack);
  return stack.node.findAll().flatMap((c: IConstruct) => c.node.metadata
    .filter((m) => ['@cdktf/error', '@cdktf/warn', '@cdktf/info'].includes(m.type) && String(m.data).startsWith('[EXO'))
    .map((m) => `${m.type.replace('@cdktf/', '')} ${c.node.path} ${String(m.data)}`));
}

/** The `<level> EXO<n>` of each finding line, sorted. */
export const ruleIds = (lines: string[]) => lines.map((l) => `${l.split(' ')[0]} ${/\[(EXO\d+)\]/.exec(l)![1]}`).sort();

/** Synthesizes the stack and returns every annotation as `<level> <path> <message>` lines. */
export function annotationsOf(stack: TerraformStack): string[] {
  Testing.synth(stack);
  return stack.node.findAll().flatMap((c: IConstruct) => c.node.metadata
    .filter((m) => ['@cdktf/error', '@cdktf/warn', '@cdktf/info'].includes(m.type))
    .map((m) => `${m.type.replace('@cdktf/', '')} ${c.node.path} ${String(m.data)}`));
}

/** Props of ExchangeOnlineAutomation the tests share (roles are added by each test). */
export const exoProps = { organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod' };

/** An Exchange Online runbook on an account with the modules, whose identity has neither grant nor role. */
export function bareRunbook() {
  const stack = newStackWithProviders();
  const account = new AutomationAccountWithIdentity(stack, 'account', { name: 'aa-exo-test', resourceGroupName: 'rg', location: 'westeurope' });
  const modules = new ExchangeOnlineModuleImport(stack, 'modules', { account });
  const runbook = new ExchangeOnlineRunbook(stack, 'runbook', {
    account, modules, organization: 'contoso.onmicrosoft.com', name: 'Work', script: RunbookScript.fromInline('Get-Mailbox\n'),
  });
  return { stack, account, modules, runbook };
}

/** A binding of azurerm_automation_account that is not the generated class (another copy, another toolchain). */
export class OtherAccountBinding extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly localAuth: boolean) {
    super(scope, id, { terraformResourceType: 'azurerm_automation_account' });
  }
  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { name: 'aa-other', local_authentication_enabled: this.localAuth };
  }
}

/** What every `construct` rule is (lib/rules/construct-rule.ts): a warning, found by the constructs of `appliesTo`. */
export function expectConstructRule(rule: Rule, id: string, appliesTo: string[]): void {
  expect(rule).toMatchObject({ id, severity: PolicySeverity.WARNING, source: 'construct', appliesTo });
  expect(rule.raisedBy).toEqual(expect.any(String));
  expect(rule.summary.length).toBeGreaterThan(10);
}

/** Builds a runbook on the bare runbook's account with `extra` props (a schedule, a script), in a fresh stack. */
export function runbookWith(extra: Partial<ExchangeOnlineRunbookProps>): ExchangeOnlineRunbook {
  const { stack, account, modules } = bareRunbook();
  return new ExchangeOnlineRunbook(stack, 'other', {
    account, modules, organization: 'contoso.onmicrosoft.com', name: 'Other', script: RunbookScript.fromInline('Get-Mailbox\n'), ...extra,
  });
}
