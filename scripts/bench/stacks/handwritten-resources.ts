// The baseline of the benchmark: Microsoft's procedure written directly with the provider classes
// (deep imports, no construct of this package), producing the same Terraform resources as
// ExchangeOnlineAutomation with its defaults (PowerShell 5.1, ExchangeOnlineManagement 3.9.2, the
// connection-check runbook, one Entra role).
import { AppRoleAssignment } from '@cdktf/provider-azuread/lib/app-role-assignment';
import { DataAzureadDomains } from '@cdktf/provider-azuread/lib/data-azuread-domains';
import { DataAzureadServicePrincipal } from '@cdktf/provider-azuread/lib/data-azuread-service-principal';
import { DirectoryRoleAssignment } from '@cdktf/provider-azuread/lib/directory-role-assignment';
import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { AutomationModule } from '@cdktf/provider-azurerm/lib/automation-module';
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { addTimeSleep } from './handwritten-time';

const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
const MANAGE_AS_APP = 'Exchange.ManageAsApp';
const MANAGE_AS_APP_ID = 'dc50a0fb-09a3-484d-be87-e023b12c6440';
const EXCHANGE_RECIPIENT_ADMINISTRATOR = '31392ffb-586c-42d1-9346-e59415a2cc4e';
const MODULES = [
  { name: 'PackageManagement', version: '1.4.8.1' },
  { name: 'PowerShellGet', version: '2.2.5' },
  { name: 'ExchangeOnlineManagement', version: '3.9.2' },
];

/** The tenant's Office 365 Exchange Online service principal, checked for the ManageAsApp role at plan time. */
export function addExchangeServicePrincipal(stack: TerraformStack): DataAzureadServicePrincipal {
  return new DataAzureadServicePrincipal(stack, 'exchange-online', {
    clientId: EXCHANGE_ONLINE_APP_ID,
    lifecycle: {
      postcondition: [{
        condition: `\${lookup(self.app_role_ids, "${MANAGE_AS_APP}", "") == "${MANAGE_AS_APP_ID}"}`,
        errorMessage: `The service principal of Office 365 Exchange Online (application ${EXCHANGE_ONLINE_APP_ID}) must expose app role "${MANAGE_AS_APP}" with id ${MANAGE_AS_APP_ID}, as Microsoft documents. If the principal is missing or incomplete, see the README's troubleshooting section.`,
      }],
    },
  });
}

/** The tenant's domains, checked at plan time: the tenant has an initial domain and knows `organization`. */
export function addTenantDomainsCheck(stack: TerraformStack, organization: string): DataAzureadDomains {
  return new DataAzureadDomains(stack, 'tenant-domains', {
    lifecycle: {
      postcondition: [
        {
          condition: '${length([for d in self.domains : d if d.initial]) > 0}',
          errorMessage: 'The tenant reports no initial .onmicrosoft.com domain; check that the azuread provider targets the right tenant.',
        },
        {
          condition: `\${contains([for d in self.domains : lower(d.domain_name)], "${organization}")}`,
          errorMessage: `Organization ${organization} is not a domain of the tenant the azuread provider signs in to `
            + '(its initial domain is ${join(", ", [for d in self.domains : d.domain_name if d.initial])}). '
            + 'Use that domain as organization, or point the provider at the right tenant.',
        },
      ],
    },
  });
}

/** Inputs of one hand-written Exchange Online automation. */
export interface HandWrittenExchangeProps {
  readonly organization: string;
  readonly group: ResourceGroup;
  readonly automationAccountName: string;
  readonly exchange: DataAzureadServicePrincipal;
}

/** The resources one Exchange Online automation needs; returns what runbooks refer to. */
export interface HandWrittenExchange {
  readonly account: AutomationAccount;
  readonly modules: AutomationModule[];
  readonly organization: string;
  readonly group: ResourceGroup;
}

/**
 * Account, replication wait, modules, grant, role, outputs and the connection-check runbook, named after
 * `prefix`.
 */
export function addHandWrittenExchange(stack: TerraformStack, prefix: string, props: HandWrittenExchangeProps): HandWrittenExchange {
  const { group, exchange } = props;
  const account = new AutomationAccount(stack, `${prefix}-account`, {
    name: props.automationAccountName,
    resourceGroupName: group.name,
    location: group.location,
    skuName: 'Basic',
    localAuthenticationEnabled: false,
    publicNetworkAccessEnabled: true,
    identity: { type: 'SystemAssigned' },
  });
  const principalId = account.identity.principalId;
  // Entra ID replicates a new service principal asynchronously: grants wait a minute after it appears.
  const replicationWait = addTimeSleep(stack, `${prefix}-entra-replication-wait`, '60s', { principal_id: principalId });

  const modules: AutomationModule[] = [];
  for (const module of MODULES) {
    const previous = modules[modules.length - 1];
    modules.push(new AutomationModule(stack, `${prefix}-${module.name}`, {
      name: module.name,
      resourceGroupName: group.name,
      automationAccountName: account.name,
      moduleLink: { uri: `https://www.powershellgallery.com/api/v2/package/${module.name}/${module.version}` },
      dependsOn: previous ? [previous] : undefined,
    }));
  }

  new AppRoleAssignment(stack, `${prefix}-exchange-grant`, {
    appRoleId: exchange.appRoleIds.lookup(MANAGE_AS_APP),
    principalObjectId: principalId,
    resourceObjectId: exchange.objectId,
    dependsOn: [replicationWait],
  });
  new DirectoryRoleAssignment(stack, `${prefix}-recipient-admin`, {
    roleId: EXCHANGE_RECIPIENT_ADMINISTRATOR,
    principalObjectId: principalId,
    directoryScopeId: '/',
    dependsOn: [replicationWait],
  });

  new TerraformOutput(stack, `${prefix}-principal_id`, {
    value: principalId,
    description: 'Object id of the identity\'s service principal (what grants and role assignments name)',
  });
  new TerraformOutput(stack, `${prefix}-connect_command`, {
    value: `Connect-ExchangeOnline -ManagedIdentity -Organization ${props.organization}`,
    description: 'The Connect-ExchangeOnline command the runbooks use',
  });

  const exchangeAutomation = { account, modules, organization: props.organization, group };
  addHandWrittenRunbook(stack, `${prefix}-connection-check`, exchangeAutomation, {
    name: 'Test-ExchangeOnlineConnection',
    description: 'Low-impact check from Microsoft\'s guide: lists the accepted domains.',
    script: 'Get-AcceptedDomain | Format-Table Name\n',
  });
  return exchangeAutomation;
}

/** A runbook that connects as the account's system-assigned identity, runs `script` and disconnects. */
export function addHandWrittenRunbook(
  stack: TerraformStack, id: string, exchange: HandWrittenExchange,
  runbook: { name: string; description: string; script: string },
): AutomationRunbook {
  const content = [
    '# Generated by cdktf-exo-managed-identity from inline script. Change the source, not this runbook.',
    `Connect-ExchangeOnline -ManagedIdentity -Organization '${exchange.organization}' -ShowBanner:$false -ErrorAction Stop`,
    'try {',
    runbook.script.replace(/\n$/, ''),
    '}',
    'finally {',
    '    Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue',
    '}',
    '',
  ].join('\n');
  return new AutomationRunbook(stack, id, {
    name: runbook.name,
    location: exchange.group.location,
    resourceGroupName: exchange.group.name,
    automationAccountName: exchange.account.name,
    runbookType: 'PowerShell',
    logProgress: true,
    logVerbose: false,
    description: runbook.description,
    content,
    dependsOn: exchange.modules,
  });
}
