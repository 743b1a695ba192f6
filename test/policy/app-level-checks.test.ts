// The documented setup, `Aspects.of(app).add(new ExchangeOnlinePolicyChecks())`, through a full
// `app.synth()`. cdktf 0.21 invokes only the aspects of each stack and its children, so the package
// hands the app's policy checks to every stack before synthesis (lib/stack/stack-checks.ts), once any
// construct of the package exists in the app.
import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { App, Aspects, TerraformStack } from 'cdktf';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AutomationAccountWithIdentity, ExchangeOnlinePolicyChecks, PolicySuppressions } from '../../lib';
import { addProviders } from '../support/helpers';

function appIn(): App {
  return new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'exo-app-checks-')), skipValidation: false });
}

function handWrittenAccount(stack: TerraformStack, id = 'raw') {
  return new AutomationAccount(stack, id, { name: 'aa-raw', resourceGroupName: 'rg', location: 'westeurope', skuName: 'Basic' });
}

describe('ExchangeOnlinePolicyChecks added to the app', () => {
  test('a hand-written account with local authentication fails EXO5 in a stack that uses the package', () => {
    const app = appIn();
    const stack = new TerraformStack(app, 'tenant');
    addProviders(stack);
    new AutomationAccountWithIdentity(stack, 'ours', { name: 'aa-exo-ours', resourceGroupName: 'rg', location: 'westeurope' });
    handWrittenAccount(stack);
    Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
    expect(() => app.synth()).toThrow(/tenant\/raw[\s\S]*\[EXO5\]/);
  });

  test('and in a second stack of the app that has no construct of the package', () => {
    const app = appIn();
    const ours = new TerraformStack(app, 'ours');
    addProviders(ours);
    new AutomationAccountWithIdentity(ours, 'account', { name: 'aa-exo-ours', resourceGroupName: 'rg', location: 'westeurope' });
    const plain = new TerraformStack(app, 'plain');
    addProviders(plain);
    handWrittenAccount(plain);
    Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
    expect(() => app.synth()).toThrow(/plain\/raw[\s\S]*\[EXO5\]/);
  });

  test('the aspect added before the stacks exist works the same', () => {
    const app = appIn();
    Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
    const stack = new TerraformStack(app, 'tenant');
    addProviders(stack);
    new AutomationAccountWithIdentity(stack, 'ours', { name: 'aa-exo-ours', resourceGroupName: 'rg', location: 'westeurope', localAuthenticationEnabled: true });
    expect(() => app.synth()).toThrow(/tenant\/ours\/resource[\s\S]*\[EXO5\]/);
  });

  test('a suppression still applies, and a clean app synthesizes', () => {
    const app = appIn();
    const stack = new TerraformStack(app, 'tenant');
    addProviders(stack);
    new AutomationAccountWithIdentity(stack, 'ours', { name: 'aa-exo-ours', resourceGroupName: 'rg', location: 'westeurope' });
    const raw = handWrittenAccount(stack);
    PolicySuppressions.add(raw, [{ ruleId: 'EXO5', reason: 'Legacy account, migrated next quarter.' }]);
    Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
    expect(() => app.synth()).not.toThrow();
    const infos = raw.node.metadata.filter((m) => m.type === '@cdktf/info').map((m) => String(m.data));
    expect(infos).toEqual([expect.stringContaining('[EXO5]')]);
  });

  // Documented limitation (ExchangeOnlinePolicyChecks JSDoc, README "Policy checks"): the hand-over is
  // registered by the package's first construct; an app without one runs no code of the package at synth.
  test('in an app with no construct of the package, checks added to the app do not run; added to each stack, they do', () => {
    const app = appIn();
    const stack = new TerraformStack(app, 'plain');
    addProviders(stack);
    const raw = handWrittenAccount(stack);
    Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
    expect(() => app.synth()).not.toThrow();
    expect(raw.node.metadata.filter((m) => String(m.data).includes('[EXO'))).toEqual([]);

    const other = appIn();
    const each = new TerraformStack(other, 'plain');
    addProviders(each);
    handWrittenAccount(each);
    for (const s of other.node.findAll().filter(TerraformStack.isStack)) {
      Aspects.of(s).add(new ExchangeOnlinePolicyChecks());
    }
    expect(() => other.synth()).toThrow(/plain\/raw[\s\S]*\[EXO5\]/);
  });

  test('the checks run once per construct when added to both the app and the stack', () => {
    const app = appIn();
    const stack = new TerraformStack(app, 'tenant');
    addProviders(stack);
    new AutomationAccountWithIdentity(stack, 'ours', { name: 'aa-exo-ours', resourceGroupName: 'rg', location: 'westeurope' });
    const raw = handWrittenAccount(stack);
    PolicySuppressions.add(raw, [{ ruleId: 'EXO5', reason: 'Legacy account, migrated next quarter.' }]);
    const checks = new ExchangeOnlinePolicyChecks();
    Aspects.of(app).add(checks);
    Aspects.of(stack).add(checks);
    app.synth();
    expect(raw.node.metadata.filter((m) => m.type === '@cdktf/info')).toHaveLength(1);
  });
});
