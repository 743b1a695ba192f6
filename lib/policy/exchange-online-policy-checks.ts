import { ServicePrincipal } from '@cdktf/provider-azuread/lib/service-principal';
import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account';
import { AutomationModule } from '@cdktf/provider-azurerm/lib/automation-module';
import { AutomationPowershell72Module } from '@cdktf/provider-azurerm/lib/automation-powershell72-module';
import { AutomationRunbook } from '@cdktf/provider-azurerm/lib/automation-runbook';
import { Annotations, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { PolicyRule, PolicySeverity } from './policy-rule';
import { PolicySuppressions } from './policy-suppressions';
import { resolveIn, terraformAddressOf } from './resolve';
import {
  AutomationRuntimeEnvironmentPackageResource, AutomationRuntimeEnvironmentResource,
} from '../private/runtime-environment-resources';
import { AppRoleGrant } from '../entra/app-role-grant';
import { EntraRole } from '../entra/entra-role';
import { EntraRoleBinding } from '../entra/entra-role-binding';
import { ExchangeOnlineRunbook } from '../exchange/exchange-runbook';
import { IManagedIdentity } from '../identity/managed-identity';
import { EXCHANGE_MANAGE_AS_APP_ROLE, EXCHANGE_ONLINE_APP_ID } from '../private/well-known-ids';

/** Options of {@link ExchangeOnlinePolicyChecks}. */
export interface ExchangeOnlinePolicyChecksProps {
  /**
   * Report every finding as a warning (for a first run over an existing app).
   * @default false - each rule uses its default severity
   */
  readonly reportAsWarnings?: boolean;
}

const EXCHANGE_MODULE = 'ExchangeOnlineManagement';

/**
 * Least-privilege and consistency checks across constructs, in the model of cdk-nag: add it with
 * `Aspects.of(app).add(new ExchangeOnlinePolicyChecks())`. Findings are Annotations on the offending
 * construct, prefixed with the rule id (`[EXO1]`); errors stop synthesis. Accept a finding with
 * `PolicySuppressions.add(construct, [{ ruleId, reason }])`. The rules are listed in {@link PolicyRule}.
 * Hand-written provider resources (runbooks, accounts, service principals) are checked too.
 */
export class ExchangeOnlinePolicyChecks implements IAspect {
  private readonly reportAsWarnings: boolean;
  private readonly indexes = new WeakMap<TerraformStack, StackIndex>();

  constructor(props: ExchangeOnlinePolicyChecksProps = {}) {
    this.reportAsWarnings = props.reportAsWarnings ?? false;
  }

  /** Checks one construct (cdktf calls it for every construct under the scope the aspect was added to). */
  public visit(node: IConstruct): void {
    if (node instanceof ExchangeOnlineRunbook) {
      this.checkRunbookIdentity(node);
    } else if (node instanceof AutomationRunbook && !(node.node.scope instanceof ExchangeOnlineRunbook)) {
      // Runbooks written by ExchangeOnlineRunbook are right by construction (their module import must
      // belong to their account, and the connect line always carries a user-assigned client id);
      // reading their text back would cost a token resolution per runbook for nothing.
      this.checkRunbookResource(node);
    } else if (node instanceof AutomationAccount) {
      // The provider's default for local_authentication_enabled is true.
      if (resolveIn(node, node.localAuthenticationEnabledInput) !== false) {
        this.report(node, PolicyRule.LOCAL_AUTHENTICATION_ENABLED);
      }
    } else if (node instanceof EntraRoleBinding) {
      if (node.role === EntraRole.GLOBAL_ADMINISTRATOR || node.role === EntraRole.EXCHANGE_ADMINISTRATOR) {
        this.report(node, PolicyRule.HIGH_PRIVILEGE_ROLE, `role: ${node.role.displayName}`);
      }
    } else if (node instanceof ServicePrincipal) {
      const clientId = resolveIn(node, node.clientIdInput);
      if (typeof clientId === 'string' && clientId.toLowerCase() === EXCHANGE_ONLINE_APP_ID && node.lifecycle?.preventDestroy !== true) {
        this.report(node, PolicyRule.EXCHANGE_PRINCIPAL_DESTROYABLE);
      }
    }
  }

  /** EXO1 and EXO2: the identity a runbook connects as holds the grant and a supported role. */
  private checkRunbookIdentity(runbook: ExchangeOnlineRunbook): void {
    const index = this.indexOf(runbook);
    const identity = runbook.identity;
    const principal = resolveIn(runbook, identity.principalId);
    if (!index.exchangeGrantees.has(identity) && !index.exchangeGranteePrincipals.has(principal)) {
      this.report(runbook, PolicyRule.MISSING_EXCHANGE_GRANT, `identity: ${identity.node.path}`);
    }
    if (!index.supportedRoleHolders.has(identity) && !index.supportedRolePrincipals.has(principal)) {
      this.report(runbook, PolicyRule.MISSING_SUPPORTED_ROLE, `identity: ${identity.node.path}`);
    }
  }

  /** EXO3 and EXO4 for any runbook resource that connects to Exchange Online, hand-written ones included. */
  private checkRunbookResource(runbook: AutomationRunbook): void {
    const content = resolveIn(runbook, runbook.contentInput);
    if (typeof content !== 'string' || !/Connect-ExchangeOnline\b/i.test(content)) {
      return;
    }
    const index = this.indexOf(runbook);
    const account = index.accountOf(runbook.automationAccountNameInput);
    const runbookType = String(resolveIn(runbook, runbook.runbookTypeInput));
    if (account === undefined || !index.exchangeModuleAccounts.get(runbookType)?.has(account)) {
      this.report(runbook, PolicyRule.MISSING_EXCHANGE_MODULE, `runbook type: ${runbookType}`);
    }
    const connectLines = content.split('\n').filter((line) => /Connect-ExchangeOnline\b.*-ManagedIdentity\b/i.test(line));
    if (connectLines.some((line) => !/-ManagedIdentityAccountId\b/i.test(line))) {
      const accountResource = account === undefined ? undefined : index.accounts.get(account);
      if (accountResource && resolveIn(runbook, accountResource.identity.typeInput) === 'UserAssigned') {
        this.report(runbook, PolicyRule.USER_ASSIGNED_WITHOUT_CLIENT_ID, `account: ${accountResource.node.path}`);
      }
    }
  }

  /** What the cross-construct rules look up, collected once per stack (keeps the checks linear in size). */
  private indexOf(scope: IConstruct): StackIndex {
    const stack = TerraformStack.of(scope);
    let index = this.indexes.get(stack);
    if (!index) {
      index = buildIndex(stack);
      this.indexes.set(stack, index);
    }
    return index;
  }

  private report(node: IConstruct, rule: PolicyRule, detail?: string): void {
    const suppression = PolicySuppressions.find(node, rule.id);
    const message = `[${rule.id}] ${rule.description}${detail ? ` (${detail})` : ''}`;
    if (suppression) {
      Annotations.of(node).addInfo(`${message} Suppressed: ${suppression.reason}`);
      return;
    }
    const fix = ` To accept it: PolicySuppressions.add(construct, [{ ruleId: '${rule.id}', reason: '...' }]).`;
    if (rule.defaultSeverity === PolicySeverity.ERROR && !this.reportAsWarnings) {
      Annotations.of(node).addError(message + fix);
    } else {
      Annotations.of(node).addWarning(message + fix);
    }
  }
}

/** Accounts, module imports, grants and role bindings of one stack, by the keys the rules look up. */
interface StackIndex {
  /** Automation account resources by Terraform address. */
  readonly accounts: Map<string, AutomationAccount>;
  /** For each runbook type, the addresses of accounts that import ExchangeOnlineManagement for it. */
  readonly exchangeModuleAccounts: Map<string, Set<string>>;
  readonly exchangeGrantees: Set<IManagedIdentity>;
  readonly exchangeGranteePrincipals: Set<unknown>;
  readonly supportedRoleHolders: Set<IManagedIdentity>;
  readonly supportedRolePrincipals: Set<unknown>;
  /** The address of the account a reference, name or ARM id points at. */
  accountOf(value: unknown): string | undefined;
}

function buildIndex(stack: TerraformStack): StackIndex {
  const constructs = stack.node.findAll();
  const accounts = new Map<string, AutomationAccount>();
  const accountByName = new Map<unknown, string>();
  for (const c of constructs) {
    if (c instanceof AutomationAccount) {
      const address = `azurerm_automation_account.${c.friendlyUniqueId}`;
      accounts.set(address, c);
      accountByName.set(resolveIn(stack, c.nameInput), address);
    }
  }
  // A reference resolves to `${azurerm_automation_account.<name>.attr}`; a hand-typed value is the
  // account's name or its ARM id (whose last segment is the name).
  const accountOf = (value: unknown): string | undefined => {
    const address = terraformAddressOf(stack, value, 'azurerm_automation_account');
    if (address === undefined || address.startsWith('azurerm_automation_account.')) {
      return address;
    }
    return accountByName.get(address) ?? accountByName.get(address.split('/').pop()) ?? address;
  };
  const environmentAccounts = new Map<string | undefined, string | undefined>();
  for (const c of constructs) {
    if (c instanceof AutomationRuntimeEnvironmentResource) {
      environmentAccounts.set(terraformAddressOf(stack, c.id, 'azurerm_automation_runtime_environment'), accountOf(c.automationAccountIdInput));
    }
  }
  const exchangeModuleAccounts = new Map<string, Set<string>>([['PowerShell', new Set()], ['PowerShell72', new Set()]]);
  const add = (runbookType: string, account: string | undefined) => account !== undefined && exchangeModuleAccounts.get(runbookType)!.add(account);
  const index: StackIndex = {
    accounts,
    exchangeModuleAccounts,
    exchangeGrantees: new Set(),
    exchangeGranteePrincipals: new Set(),
    supportedRoleHolders: new Set(),
    supportedRolePrincipals: new Set(),
    accountOf,
  };
  for (const c of constructs) {
    if (c instanceof AutomationModule && c.nameInput === EXCHANGE_MODULE) {
      add('PowerShell', accountOf(c.automationAccountNameInput));
    } else if (c instanceof AutomationPowershell72Module && c.nameInput === EXCHANGE_MODULE) {
      add('PowerShell72', accountOf(c.automationAccountIdInput));
    } else if (c instanceof AutomationRuntimeEnvironmentPackageResource && c.nameInput === EXCHANGE_MODULE) {
      // 7.4 runbooks are of type PowerShell, bound to a runtime environment of the account.
      add('PowerShell', environmentAccounts.get(terraformAddressOf(stack, c.automationRuntimeEnvironmentIdInput, 'azurerm_automation_runtime_environment')));
    } else if (c instanceof AppRoleGrant && c.resourceAppId.toLowerCase() === EXCHANGE_ONLINE_APP_ID && c.roles.includes(EXCHANGE_MANAGE_AS_APP_ROLE)) {
      index.exchangeGrantees.add(c.principal);
      index.exchangeGranteePrincipals.add(resolveIn(stack, c.principal.principalId));
    } else if (c instanceof EntraRoleBinding && c.role.supportedForExchangeOnline) {
      index.supportedRoleHolders.add(c.principal);
      index.supportedRolePrincipals.add(resolveIn(stack, c.principal.principalId));
    }
  }
  return index;
}
