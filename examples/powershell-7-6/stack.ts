// Runbooks on PowerShell 7.6: ExchangeOnlineManagement 3.10.0 and later need it (.NET 10). The module
// (the current release, 3.10.1, by default) is imported into an Automation runtime environment named
// PowerShell-7-6, and the stack's azurerm constraint rises to 4.75+ as for 7.4.
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole, ExchangeOnlineAutomation, PowerShellRuntime, RunbookScript } from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

export class PowerShell76ExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    const group = new ResourceGroup(this, 'group', { name: 'rg-exo-ps76', location: PLACEHOLDER.location });
    const exo = new ExchangeOnlineAutomation(this, 'exo', {
      organization: PLACEHOLDER.organization,
      resourceGroupName: group.name,
      location: group.location,
      automationAccountName: 'aa-exo-ps76',
      roles: [EntraRole.GLOBAL_READER],
      runtime: PowerShellRuntime.V7_6,
    });
    exo.addRunbook('mailbox-sizes', {
      name: 'Get-MailboxSizeReport',
      description: 'Reports the 20 largest mailboxes.',
      script: RunbookScript.fromInline(
        'Get-EXOMailbox -ResultSize Unlimited |\n'
        + '    Get-EXOMailboxStatistics |\n'
        + '    Sort-Object TotalItemSize -Descending |\n'
        + '    Select-Object -First 20 DisplayName, TotalItemSize, ItemCount\n'),
    });
  }
}
