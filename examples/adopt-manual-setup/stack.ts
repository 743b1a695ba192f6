// A tenant where Microsoft's guide was followed by hand: the Automation account with its system-assigned
// identity, the ExchangeOnlineManagement module, the Exchange.ManageAsApp grant, the Exchange Recipient
// Administrator role and the check runbook exist already. Each id below is emitted as a Terraform
// `import` block (Terraform 1.5 or later), so the first plan imports the objects instead of creating
// duplicates that Azure and Entra ID would refuse; later applies manage them like any other resource.
// The README ("Adopting a setup made by hand") gives the commands that print each id.
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EntraRole, ExchangeOnlineAutomation } from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

const ACCOUNT_ID = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo-manual/providers/Microsoft.Automation/automationAccounts/aa-exo-manual';

/** Placeholder import ids of the objects made by hand. */
export const MANUAL_SETUP = {
  automationAccount: ACCOUNT_ID,
  modules: { ExchangeOnlineManagement: `${ACCOUNT_ID}/modules/ExchangeOnlineManagement` },
  // `/servicePrincipals/<object id of Office 365 Exchange Online in the tenant>/appRoleAssignedTo/<assignment id>`
  exchangeGrant: '/servicePrincipals/99999999-8888-7777-6666-555555555555/appRoleAssignedTo/aaBBcDDeFG6h5JKLMN2PQrrssTTUUvWWxxxxxyyyzzz',
  roleAssignments: {
    [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR.templateId]: '/roleManagement/directory/roleAssignments/ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1',
  },
  connectionCheckRunbook: `${ACCOUNT_ID}/runbooks/Test-ExchangeOnlineConnection`,
};

export class AdoptManualSetupExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    new ExchangeOnlineAutomation(this, 'exo', {
      organization: PLACEHOLDER.organization,
      resourceGroupName: 'rg-exo-manual',
      location: PLACEHOLDER.location,
      automationAccountName: 'aa-exo-manual',
      roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR],
      importExisting: MANUAL_SETUP,
    });
  }
}
