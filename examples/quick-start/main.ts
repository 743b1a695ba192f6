import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, Aspects, LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  AzureAdProvider, EntraRole, ExchangeOnlineAutomation, ExchangeOnlinePolicyChecks, RunbookScript, ScheduleFrequency,
} from '../../lib';

interface ExoStackProps {
  readonly tenantId: string;
  readonly resourceGroupName: string;
  readonly automationAccountName: string;
}

class ExoStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: ExoStackProps) {
    super(scope, id);
    new AzurermProvider(this, 'azurerm', { features: [{}] });
    new AzureAdProvider(this, 'azuread', { tenantId: props.tenantId });
    // Relative, so the generated Terraform carries no path of this machine; use a remote backend in teams.
    new LocalBackend(this, { path: `terraform.${id}.tfstate` });

    const exo = new ExchangeOnlineAutomation(this, 'exo', {
      organization: 'contoso.onmicrosoft.com',
      resourceGroupName: props.resourceGroupName,
      location: 'westeurope',
      automationAccountName: props.automationAccountName,
      roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR], // no default: choose the least privilege
    });
    exo.addRunbook('shared-mailboxes', {
      name: 'Get-SharedMailboxReport',
      script: RunbookScript.fromInline('Get-EXOMailbox -RecipientTypeDetails SharedMailbox | Format-Table\n'),
      schedule: { frequency: ScheduleFrequency.DAY },
    });
  }
}

const app = new App();
Aspects.of(app).add(new ExchangeOnlinePolicyChecks());
const tenantId = '11111111-1111-1111-1111-111111111111'; // your Entra tenant id (a placeholder: the nil GUID is refused)
new ExoStack(app, 'exo-test', { tenantId, resourceGroupName: 'rg-exo-test', automationAccountName: 'aa-exo-test' });
new ExoStack(app, 'exo-prod', { tenantId, resourceGroupName: 'rg-exo-prod', automationAccountName: 'aa-exo-prod' });
app.synth();
