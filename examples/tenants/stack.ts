// One Terraform stack per tenant, from tenants.json. Each stack signs in to its own tenant and
// subscription and keeps its state in its own blob of an Azure storage account (azurerm backend, with
// Entra ID auth: no access key in the configuration). Scale across tenants and operators with
// Terraform's own machinery: remote state, locking, one plan per tenant.
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { App, Aspects, AzurermBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as path from 'path';
import { StateConfig, TenantConfig, loadTenants } from './config';
import { ExchangeOnlineAutomation, ExchangeOnlinePolicyChecks, UserAssignedIdentity } from '../../lib';

export class TenantStack extends TerraformStack {
  constructor(scope: Construct, tenant: TenantConfig, state: StateConfig, baseDirectory: string) {
    super(scope, `exo-${tenant.name}`);
    new AzurermProvider(this, 'azurerm', { features: [{}], tenantId: tenant.tenantId, subscriptionId: tenant.subscriptionId });
    new AzureadProvider(this, 'azuread', { tenantId: tenant.tenantId });
    new AzurermBackend(this, {
      resourceGroupName: state.resourceGroupName,
      storageAccountName: state.storageAccountName,
      containerName: state.containerName,
      key: `exchange-online/${tenant.name}.tfstate`,
      useAzureadAuth: true,
    });
    Aspects.of(this).add(new ExchangeOnlinePolicyChecks());

    const group = new ResourceGroup(this, 'group', { name: tenant.resourceGroupName, location: tenant.location });
    const identity = tenant.identity === 'user-assigned'
      ? new UserAssignedIdentity(this, 'identity', { name: tenant.userAssignedIdentityName!, resourceGroupName: group.name, location: group.location })
      : undefined;
    const exo = new ExchangeOnlineAutomation(this, 'exo', {
      organization: tenant.organization,
      resourceGroupName: group.name,
      location: group.location,
      automationAccountName: tenant.automationAccountName,
      userAssignedIdentity: identity,
      roles: tenant.roles,
      runtime: tenant.runtime,
      exchangeModuleVersion: tenant.exchangeModuleVersion,
    });
    for (const runbook of tenant.runbooks) {
      // The runbook name is unique per account, so it makes a stable construct id.
      exo.addRunbookFromFile(`runbook-${runbook.name}`, {
        name: runbook.name,
        filePath: path.resolve(baseDirectory, runbook.file),
        parameters: runbook.parameters,
        schedule: runbook.schedule,
      });
    }
  }
}

/** Adds one stack per tenant in `file` to the app. */
export function addTenantStacks(app: App, file: string): TenantStack[] {
  const config = loadTenants(file);
  return config.tenants.map((tenant) => new TenantStack(app, tenant, config.state, path.dirname(file)));
}
