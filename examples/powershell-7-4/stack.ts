// Runbooks on PowerShell 7.4: ExchangeOnlineManagement 3.5.0 and later need it (.NET 8). The module is
// imported into an Automation runtime environment, and the stack's azurerm constraint rises to 4.69+.
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole, ExchangeOnlineAutomation, PowerShellRuntime, RunbookScript } from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

export class PowerShell74ExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    const group = new ResourceGroup(this, 'group', { name: 'rg-exo-ps74', location: PLACEHOLDER.location });
    const exo = new ExchangeOnlineAutomation(this, 'exo', {
      organization: PLACEHOLDER.organization,
      resourceGroupName: group.name,
      location: group.location,
      automationAccountName: 'aa-exo-ps74',
      roles: [EntraRole.GLOBAL_READER],
      runtime: PowerShellRuntime.V7_4,
      exchangeModuleVersion: '3.9.2',
    });
    exo.addRunbook('forwarding-report', {
      name: 'Get-ForwardingReport',
      description: 'Reports mailboxes that forward mail outside the organization.',
      script: RunbookScript.fromInline(
        'Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress |\n'
        + '    Where-Object { $_.ForwardingSmtpAddress } |\n'
        + '    Select-Object UserPrincipalName, ForwardingSmtpAddress\n'),
    });
  }
}
