import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, Aspects, LocalBackend, TerraformStack } from 'cdktf';
import {
  EntraRole, ExchangeOnlineAutomation, ExchangeOnlinePolicyChecks, RunbookScript, ScheduleFrequency,
} from '../../lib';

const app = new App();
Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
const stack = new TerraformStack(app, 'exo');
new AzurermProvider(stack, 'azurerm', { features: [{}] });
new AzureadProvider(stack, 'azuread', {});
// Relative, so the generated Terraform carries no path of this machine; use a remote backend in teams.
new LocalBackend(stack, { path: 'terraform.exo.tfstate' });

const exo = new ExchangeOnlineAutomation(stack, 'exo', {
  organization: 'contoso.onmicrosoft.com',
  resourceGroupName: 'rg-exo',
  location: 'westeurope',
  automationAccountName: 'aa-exo-prod',
  roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR], // no default: choose the least privilege
});
exo.addRunbook('shared-mailboxes', {
  name: 'Get-SharedMailboxReport',
  script: RunbookScript.fromInline('Get-EXOMailbox -RecipientTypeDetails SharedMailbox | Format-Table\n'),
  schedule: { frequency: ScheduleFrequency.DAY },
});
app.synth();
