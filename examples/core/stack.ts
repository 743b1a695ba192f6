// The four core constructs wired by hand, for a system-assigned and a user-assigned identity. This is
// Microsoft's procedure step by step; ExchangeOnlineAutomation does the same (and more) in one construct.
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  AutomationAccountWithIdentity, EntraRole, EntraRoleBinding, ExoAppRoleGrant, UserAssignedIdentity,
} from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

/** Two Automation accounts: one signs in with its system-assigned identity, one with a user-assigned identity. */
export class CoreConstructsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    const group = new ResourceGroup(this, 'group', { name: 'rg-exo-core', location: PLACEHOLDER.location });

    // System-assigned: the account's own identity is granted Exchange access.
    const systemAccount = new AutomationAccountWithIdentity(this, 'system-account', {
      name: 'aa-exo-system',
      resourceGroupName: group.name,
      location: group.location,
    });
    new ExoAppRoleGrant(this, 'system-exo-grant', { principal: systemAccount.identity });
    new EntraRoleBinding(this, 'system-role', {
      principal: systemAccount.identity,
      role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR,
    });

    // User-assigned: the identity outlives the account and could serve several accounts or VMs.
    const identity = new UserAssignedIdentity(this, 'identity', {
      name: 'id-exo-runbooks',
      resourceGroupName: group.name,
      location: group.location,
    });
    new AutomationAccountWithIdentity(this, 'user-account', {
      name: 'aa-exo-user',
      resourceGroupName: group.name,
      location: group.location,
      userAssignedIdentities: [identity],
    });
    new ExoAppRoleGrant(this, 'user-exo-grant', { principal: identity });
    new EntraRoleBinding(this, 'user-role', { principal: identity, role: EntraRole.GLOBAL_READER });

    new TerraformOutput(this, 'user_assigned_client_id', {
      value: identity.clientId,
      description: 'Pass to Connect-ExchangeOnline -ManagedIdentityAccountId',
    });
  }
}
