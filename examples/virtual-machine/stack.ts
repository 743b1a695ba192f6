// The guide's other supported resource: an existing Azure VM with a system-assigned identity. The VM is
// read, not managed; its identity gets the same grant and role, and PowerShell on the VM connects with
// the command in the `connect_command` output (install ExchangeOnlineManagement on the VM first).
import { DataAzurermVirtualMachine } from '@cdktf/provider-azurerm/lib/data-azurerm-virtual-machine';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  EntraRole, EntraRoleBinding, ExchangeOnlineConnection, ExoAppRoleGrant, SystemAssignedIdentity,
} from '../../lib';
import { configureExampleStack, PLACEHOLDER } from '../shared';

export class VirtualMachineExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    const vm = new DataAzurermVirtualMachine(this, 'vm', { name: 'vm-exo-admin', resourceGroupName: 'rg-exo-vm' });
    const identity = new SystemAssignedIdentity(this, 'vm-identity', { principalId: vm.identity.get(0).principalId });

    new ExoAppRoleGrant(this, 'exchange-grant', { principal: identity });
    new EntraRoleBinding(this, 'role', { principal: identity, role: EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR });
    new TerraformOutput(this, 'connect_command', {
      value: ExchangeOnlineConnection.commandFor(identity, PLACEHOLDER.organization),
      description: 'Run on the VM, in PowerShell, after Install-Module ExchangeOnlineManagement',
    });
  }
}
