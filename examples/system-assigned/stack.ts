// The default example (what `npx cdktf synth` builds): Microsoft's whole procedure for an Automation
// account's system-assigned identity, with the guide's check runbook and one runbook of real work.
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole, ExchangeOnlineAutomation, RunbookScript } from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

export class SystemAssignedExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    const group = new ResourceGroup(this, 'group', { name: 'rg-exo-automation', location: PLACEHOLDER.location });

    const exo = new ExchangeOnlineAutomation(this, 'exo', {
      organization: PLACEHOLDER.organization,
      resourceGroupName: group.name,
      location: group.location,
      automationAccountName: 'aa-exo-automation',
      roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR],
    });
    exo.addRunbook('shared-mailbox-report', {
      name: 'Get-SharedMailboxReport',
      description: 'Lists shared mailboxes and their sizes.',
      script: RunbookScript.fromInline([
        'Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |',
        '    Get-EXOMailboxStatistics |',
        '    Select-Object DisplayName, TotalItemSize, ItemCount |',
        '    Format-Table -AutoSize',
        '',
      ].join('\n')),
    });
  }
}
