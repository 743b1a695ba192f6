// lib/stack/stack-checks.ts: the policy checks added to the app are handed down to the stacks once per
// synthesis of the app, not once per stack (a walk of the whole app per stack made `app.synth()`
// quadratic in stacks, issue 17). Counted by calls, not timed.
import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { App, Aspects, TerraformStack } from 'cdktf';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AutomationAccountWithIdentity, ExchangeOnlinePolicyChecks, PolicySuppressions } from '../../lib';
import { addProviders } from '../support/helpers';

function appIn(): App {
  return new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'exo-stack-checks-')), skipValidation: false });
}

/** A stack with a construct of the package and a hand-written account whose EXO5 finding is suppressed (an info). */
function tenantStack(app: App, id: string): AutomationAccount {
  const stack = addProviders(new TerraformStack(app, id));
  new AutomationAccountWithIdentity(stack, 'ours', { name: `aa-exo-${id}`, resourceGroupName: 'rg', location: 'westeurope' });
  const raw = new AutomationAccount(stack, 'raw', { name: `aa-raw-${id}`, resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic' });
  PolicySuppressions.add(raw, [{ ruleId: 'EXO5', reason: 'Legacy account, migrated next quarter.' }]);
  return raw;
}

const exo5Infos = (raw: AutomationAccount) => raw.node.metadata.filter((m) => m.type === '@cdktf/info' && String(m.data).includes('[EXO5]'));

/** Synthesizes an app of `count` stacks with the checks on the app; returns the walks of the whole app and the accounts. */
function synthWithStacks(count: number): { walks: number; raws: AutomationAccount[] } {
  const app = appIn();
  const raws = Array.from({ length: count }, (_, index) => tenantStack(app, `tenant-${index}`));
  Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
  const findAll = jest.spyOn(app.node, 'findAll');
  app.synth();
  return { walks: findAll.mock.calls.length, raws };
}

describe('policy checks added to the app', () => {
  test('are handed down with one walk of the app per synthesis, however many stacks use the package', () => {
    const one = synthWithStacks(1);
    const six = synthWithStacks(6);
    // App.synth itself walks the app once to list its stacks; the package adds one walk, not one per stack.
    expect(one.walks).toBe(2);
    expect(six.walks).toBe(one.walks);
    // and every stack still ran the checks, once per construct
    for (const raw of [...one.raws, ...six.raws]) {
      expect(exo5Infos(raw)).toHaveLength(1);
    }
  });

  test('a second synthesis of the app hands down again: to a stack and checks added after the first', () => {
    const app = appIn();
    tenantStack(app, 'first');
    app.synth();
    const plain = addProviders(new TerraformStack(app, 'plain'));
    new AutomationAccount(plain, 'raw', { name: 'aa-raw-plain', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic' });
    Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
    expect(() => app.synth()).toThrow(/plain\/raw[\s\S]*\[EXO5\]/);
  });

  test('a synthesis whose preparation threw does not keep the next one from handing down', async () => {
    const app = appIn();
    tenantStack(app, 'first');
    const plain = addProviders(new TerraformStack(app, 'plain'));
    new AutomationAccount(plain, 'raw', { name: 'aa-raw-plain', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic' });
    const prepare = plain.prepareStack.bind(plain);
    plain.prepareStack = () => {
      throw new Error('preparation failed');
    };
    expect(() => app.synth()).toThrow('preparation failed');
    await Promise.resolve(); // the synthesis has returned
    plain.prepareStack = prepare;
    Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
    expect(() => app.synth()).toThrow(/plain\/raw[\s\S]*\[EXO5\]/);
  });
});
