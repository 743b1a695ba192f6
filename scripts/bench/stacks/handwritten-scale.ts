// `count` hand-written Exchange Online automations in one stack (the baseline of the scale benchmark).
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { addStackBasics } from './basics';
import {
  addExchangeServicePrincipal, addHandWrittenExchange, addTenantDomainsCheck,
} from './handwritten-resources';
import { benchAccountName, benchInstanceId } from './names';

export class HandWrittenScaleStack extends TerraformStack {
  constructor(scope: Construct, id: string, count: number) {
    super(scope, id);
    const group = addStackBasics(this, id);
    addTenantDomainsCheck(this, 'contoso.onmicrosoft.com');
    const exchange = addExchangeServicePrincipal(this);
    for (let index = 1; index <= count; index++) {
      addHandWrittenExchange(this, benchInstanceId(index), {
        organization: 'contoso.onmicrosoft.com',
        group,
        automationAccountName: benchAccountName(index),
        exchange,
      });
    }
  }
}
