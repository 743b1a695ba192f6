// `count` ExchangeOnlineAutomation constructs in one stack (the library side of the scale benchmark),
// optionally with the policy checks the examples add (ExchangeOnlinePolicyChecks).
import { Aspects, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole, ExchangeOnlineAutomation, ExchangeOnlinePolicyChecks } from '../../../lib';
import { addStackBasics } from './basics';
import { benchAccountName, benchInstanceId } from './names';

export class LibraryScaleStack extends TerraformStack {
  constructor(scope: Construct, id: string, count: number, policyChecks: boolean) {
    super(scope, id);
    if (policyChecks) {
      Aspects.of(this).add(new ExchangeOnlinePolicyChecks());
    }
    const group = addStackBasics(this, id);
    for (let index = 1; index <= count; index++) {
      new ExchangeOnlineAutomation(this, benchInstanceId(index), {
        organization: 'contoso.onmicrosoft.com',
        resourceGroupName: group.name,
        location: group.location,
        automationAccountName: benchAccountName(index),
        roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR],
      });
    }
  }
}
