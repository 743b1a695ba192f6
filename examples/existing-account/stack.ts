// Exchange Online runbooks in an Automation account that already exists (created by hand or by another
// team's stack). The account is described, not managed: this stack adds the module import, the grant,
// the role and the runbooks to it. Replace the placeholders with your account's values (README,
// "An Automation account that already exists").
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AutomationAccountWithIdentity, EntraRole, ExchangeOnlineAutomation, RunbookScript } from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

/** Placeholder ids of the existing account; each is what the Azure CLI or the portal shows for it. */
export const EXISTING_ACCOUNT = {
  name: 'aa-exo-existing',
  resourceGroupName: 'rg-automation',
  accountId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-automation/providers/Microsoft.Automation/automationAccounts/aa-exo-existing',
  // `az automation account show -n aa-exo-existing -g rg-automation --query identity.principalId -o tsv`
  systemAssignedPrincipalId: '11111111-2222-3333-4444-555555555555',
} as const;

export class ExistingAccountExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    const account = AutomationAccountWithIdentity.fromAttributes(this, 'existing-account', {
      ...EXISTING_ACCOUNT,
      location: PLACEHOLDER.location,
    });
    const exo = new ExchangeOnlineAutomation(this, 'exo', {
      organization: PLACEHOLDER.organization,
      existingAccount: account,
      roles: [EntraRole.GLOBAL_READER],
    });
    exo.addRunbook('mailbox-count', {
      name: 'Get-MailboxCount',
      description: 'Counts mailboxes by type (read-only).',
      script: RunbookScript.fromInline('Get-EXOMailbox -ResultSize Unlimited | Group-Object RecipientTypeDetails | Select-Object Name, Count\n'),
    });
  }
}
