// A user-assigned identity (it outlives the Automation account and can serve several), a runbook read
// from a .ps1 file on a weekly schedule with a parameter, and Microsoft Graph permissions for the same
// identity.
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as path from 'path';
import {
  EntraRole, ExchangeOnlineAutomation, PolicySuppressions, ScheduleFrequency, UserAssignedIdentity,
} from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

export class UserAssignedScheduledExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    const group = new ResourceGroup(this, 'group', { name: 'rg-exo-scheduled', location: PLACEHOLDER.location });
    const identity = new UserAssignedIdentity(this, 'identity', {
      name: 'id-exo-runbooks',
      resourceGroupName: group.name,
      location: group.location,
    });

    const exo = new ExchangeOnlineAutomation(this, 'exo', {
      organization: PLACEHOLDER.organization,
      resourceGroupName: group.name,
      location: group.location,
      automationAccountName: 'aa-exo-scheduled',
      userAssignedIdentity: identity,
      roles: [EntraRole.EXCHANGE_ADMINISTRATOR],
    });
    exo.addRunbookFromFile('audit-defaults', {
      name: 'Set-MailboxAuditDefaults',
      filePath: path.join(__dirname, 'scripts', 'Set-MailboxAuditDefaults.ps1'),
      parameters: [{ name: 'DaysBack', type: 'int', mandatory: true }],
      schedule: {
        frequency: ScheduleFrequency.WEEK,
        weekDays: ['Monday'],
        timezone: 'Europe/Amsterdam',
        parameters: { DaysBack: '7' },
      },
    });
    exo.grantMicrosoftGraphAppRoles(['User.Read.All']);
    // Set-Mailbox -AuditEnabled needs more than Exchange Recipient Administrator; the policy checks
    // flag Exchange Administrator (EXO6), so the decision is recorded with its reason.
    PolicySuppressions.add(exo, [{
      ruleId: 'EXO6',
      reason: 'Mailbox audit settings need Exchange Administrator; reviewed by the messaging team.',
    }]);
  }
}
