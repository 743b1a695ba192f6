// The default example (examples/system-assigned/stack.ts) written directly with the provider classes.
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { addStackBasics } from './basics';
import {
  addExchangeServicePrincipal, addHandWrittenExchange, addHandWrittenRunbook, addTenantDomainsCheck,
} from './handwritten-resources';

export class HandWrittenExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const group = addStackBasics(this, id);
    addTenantDomainsCheck(this, 'contoso.onmicrosoft.com');
    const exchange = addHandWrittenExchange(this, 'exo', {
      organization: 'contoso.onmicrosoft.com',
      group,
      automationAccountName: 'aa-exo-automation',
      exchange: addExchangeServicePrincipal(this),
    });
    addHandWrittenRunbook(this, 'exo-shared-mailbox-report', exchange, {
      name: 'Get-SharedMailboxReport',
      description: 'Lists shared mailboxes and their sizes.',
      script: [
        'Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |',
        '    Get-EXOMailboxStatistics |',
        '    Select-Object DisplayName, TotalItemSize, ItemCount |',
        '    Format-Table -AutoSize',
        '',
      ].join('\n'),
    });
  }
}
