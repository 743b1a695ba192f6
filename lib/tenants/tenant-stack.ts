// One Terraform stack per tenant of a tenants file. Each stack signs in to its own tenant and subscription
// and keeps its state in its own blob of an Azure storage account (azurerm backend with Entra ID auth: no
// access key in the configuration). Scaling across tenants and operators is Terraform's own machinery:
// remote state, locking, one plan per tenant.
import { Aspects, AzurermBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { TenantsConfig } from './tenants-config';
import { TenantConfig, TenantsStateConfig } from './tenants-file';
import { ExchangeOnlineAutomation } from '../exchange/exchange-online-automation';
import { UserAssignedIdentity } from '../identity/user-assigned-identity';
import { ExchangeOnlinePolicyChecks } from '../policy/exchange-online-policy-checks';
import { PolicyRule } from '../policy/policy-rule';
import { PolicySuppressions } from '../policy/policy-suppressions';
import { AzureadProviderBlock } from '../bindings/azuread/provider';
import { checkTenant, checkTenantsState } from './tenant-checks';
import { fail, requireObject, requireString } from '../validation/values';

// Loaded on first use, not at import: most stacks never need it, and every provider module adds load time
// to each synth (BENCHMARKS.md, default example).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const providerModule = (): typeof import('@cdktf/provider-azurerm/lib/provider') => require('@cdktf/provider-azurerm/lib/provider');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const resourceGroupModule = (): typeof import('@cdktf/provider-azurerm/lib/resource-group') => require('@cdktf/provider-azurerm/lib/resource-group');

/** Props of {@link TenantStack}. */
export interface TenantStackProps {
  /** The tenant (from `TenantsConfig.load`). */
  readonly tenant: TenantConfig;
  /** Where the tenant's state lives. */
  readonly state: TenantsStateConfig;
}

/**
 * The whole procedure for one tenant, with its providers and remote state: a resource group, the
 * identity, `ExchangeOnlineAutomation` with the tenant's roles and runbooks, and the policy checks.
 * State: `exchange-online/<tenant name>.tfstate` in the shared container.
 */
export class TenantStack extends TerraformStack {
  /** The tenant this stack deploys. */
  public readonly tenant: TenantConfig;
  /** The whole procedure of the tenant. */
  public readonly automation: ExchangeOnlineAutomation;

  constructor(scope: Construct, id: string, props: TenantStackProps) {
    super(scope, id);
    requireObject(this, 'props', props);
    // Every field is checked here, before any construct is made, so a problem names the field as the user
    // wrote it (`tenant.runbooks[0].schedule.interval`), not the inner construct that would refuse it.
    const throwFirst = (_at: string, problem: Error): never => {
      throw problem;
    };
    checkTenant(this, 'tenant', props.tenant, throwFirst);
    checkTenantsState(this, 'state', props.state, throwFirst);
    const { tenant, state } = props;
    this.tenant = tenant;
    // No resource provider registration at plan time: azurerm 4.x registers its "legacy" set by default,
    // which needs */register/action, and the read-only plan identity has Reader only. "none" is accepted
    // from azurerm 4.0.0 (and the default from 5.0.0): hashicorp/terraform-provider-azurerm
    // internal/provider/provider.go, website/docs/index.html.markdown. Register Microsoft.Automation and
    // Microsoft.ManagedIdentity once per subscription instead (docs/estate.md).
    new (providerModule().AzurermProvider)(this, 'azurerm', {
      features: [{}], tenantId: tenant.tenantId, subscriptionId: tenant.subscriptionId, resourceProviderRegistrations: 'none',
    });
    new AzureadProviderBlock(this, 'azuread', { tenantId: tenant.tenantId });
    new AzurermBackend(this, {
      resourceGroupName: state.resourceGroupName,
      storageAccountName: state.storageAccountName,
      containerName: state.containerName,
      key: `exchange-online/${tenant.name}.tfstate`,
      useAzureadAuth: true,
    });
    Aspects.of(this).add(new ExchangeOnlinePolicyChecks());
    if (tenant.suppressions !== undefined && tenant.suppressions.length > 0) {
      PolicySuppressions.add(this, tenant.suppressions);
    }
    if (tenant.roles.length === 0 && PolicySuppressions.find(this, PolicyRule.MISSING_SUPPORTED_ROLE.id) === undefined) {
      // An empty role list is allowed and warned about (EXO11, which says the same as EXO2): the roles are
      // then assigned outside this stack, so the runbooks' missing role is not an error here.
      PolicySuppressions.add(this, [{
        ruleId: PolicyRule.MISSING_SUPPORTED_ROLE.id,
        reason: 'roles is empty: the roles are assigned outside this stack (warned as EXO11)',
      }]);
    }

    const group = new (resourceGroupModule().ResourceGroup)(this, 'group', { name: tenant.resourceGroupName, location: tenant.location });
    // Read once: every read of a resource's attribute makes a cdktf token, which captures a stack trace.
    const inGroup = { resourceGroupName: group.name, location: group.location };
    const identity = tenant.identity === 'user-assigned'
      ? new UserAssignedIdentity(this, 'identity', { name: tenant.userAssignedIdentityName!, ...inGroup })
      : undefined;
    this.automation = new ExchangeOnlineAutomation(this, 'exo', {
      organization: tenant.organization,
      ...inGroup,
      automationAccountName: tenant.automationAccountName,
      userAssignedIdentity: identity,
      roles: tenant.roles,
      runtime: tenant.runtime,
      exchangeModuleVersion: tenant.exchangeModuleVersion,
      acknowledgeGlobalAdministratorGrantsFullTenantControl: tenant.acknowledgeGlobalAdministratorGrantsFullTenantControl,
    });
    for (const runbook of tenant.runbooks) {
      // The runbook name is unique per account, so it makes a stable construct id.
      this.automation.addRunbookFromFile(`runbook-${runbook.name}`, {
        name: runbook.name,
        filePath: runbook.file,
        parameters: runbook.parameters,
        schedule: runbook.schedule,
      });
    }
  }
}

/** One {@link TenantStack} per tenant of a tenants file. */
export class TenantStacks {
  /**
   * Reads the tenants file and adds one stack per tenant to `app`, with the id `exo-<tenant name>`
   * (which names its directory in cdktf.out/stacks).
   */
  public static fromFile(app: Construct, file: string): TenantStack[] {
    if (!Construct.isConstruct(app)) {
      fail('TenantStacks.fromFile', 'app', app, 'must be the cdktf App (or another construct) the stacks belong to');
    }
    requireString('TenantStacks.fromFile', 'file', file);
    const config = TenantsConfig.load(file);
    return config.tenants.map((tenant) => new TenantStack(app, `exo-${tenant.name}`, { tenant, state: config.state }));
  }

  private constructor() {}
}
