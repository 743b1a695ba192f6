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
} from '../automation/runtime-environment-resources';
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

  constructor(props: ExchangeOnlinePolicyChecksProps = {}) {
    this.reportAsWarnings = props.reportAsWarnings ?? false;
  }

  /** Checks one construct (cdktf calls it for every construct under the scope the aspect was added to). */
  public visit(node: IConstruct): void {
    if (node instanceof ExchangeOnlineRunbook) {
      this.checkRunbookIdentity(node);
    } else if (node instanceof AutomationRunbook) {
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
    const identity = runbook.identity;
    const constructs = TerraformStack.of(runbook).node.findAll();
    const granted = constructs.some((c) => c instanceof AppRoleGrant
      && c.resourceAppId.toLowerCase() === EXCHANGE_ONLINE_APP_ID
      && c.roles.includes(EXCHANGE_MANAGE_AS_APP_ROLE)
      && samePrincipal(runbook, c.principal, identity));
    if (!granted) {
      this.report(runbook, PolicyRule.MISSING_EXCHANGE_GRANT, `identity: ${identity.node.path}`);
    }
    const hasRole = constructs.some((c) => c instanceof EntraRoleBinding
      && c.role.supportedForExchangeOnline && samePrincipal(runbook, c.principal, identity));
    if (!hasRole) {
      this.report(runbook, PolicyRule.MISSING_SUPPORTED_ROLE, `identity: ${identity.node.path}`);
    }
  }

  /** EXO3 and EXO4 for any runbook resource that connects to Exchange Online, hand-written ones included. */
  private checkRunbookResource(runbook: AutomationRunbook): void {
    const content = resolveIn(runbook, runbook.contentInput);
    if (typeof content !== 'string' || !/Connect-ExchangeOnline\b/i.test(content)) {
      return;
    }
    const stack = TerraformStack.of(runbook).node.findAll();
    const accounts = stack.filter((c): c is AutomationAccount => c instanceof AutomationAccount);
    // A reference to an account, or its name or id typed by hand, all map to the account's address.
    const accountOf = (value: unknown): string | undefined => {
      const address = terraformAddressOf(runbook, value, 'azurerm_automation_account');
      const byName = accounts.find((a) => address !== undefined && [a.nameInput, a.nameInput && `/${a.nameInput}`].some(
        (n) => n !== undefined && (address === n || address.endsWith(`/automationAccounts${n}`))));
      return byName ? `azurerm_automation_account.${byName.friendlyUniqueId}` : address;
    };
    const account = accountOf(runbook.automationAccountNameInput);
    const inAccount = (value: unknown) => accountOf(value) === account;
    const runbookType = resolveIn(runbook, runbook.runbookTypeInput);
    const environments = stack.filter((c): c is AutomationRuntimeEnvironmentResource =>
      c instanceof AutomationRuntimeEnvironmentResource && inAccount(c.automationAccountIdInput))
      .map((e) => terraformAddressOf(runbook, e.id, 'azurerm_automation_runtime_environment'));
    const imported = stack.some((c) =>
      (runbookType === 'PowerShell' && c instanceof AutomationModule
        && c.nameInput === EXCHANGE_MODULE && inAccount(c.automationAccountNameInput))
      || (runbookType === 'PowerShell72' && c instanceof AutomationPowershell72Module
        && c.nameInput === EXCHANGE_MODULE && inAccount(c.automationAccountIdInput))
      || (runbookType === 'PowerShell' && c instanceof AutomationRuntimeEnvironmentPackageResource
        && c.nameInput === EXCHANGE_MODULE
        && environments.includes(terraformAddressOf(runbook, c.automationRuntimeEnvironmentIdInput, 'azurerm_automation_runtime_environment'))));
    if (!imported) {
      this.report(runbook, PolicyRule.MISSING_EXCHANGE_MODULE, `runbook type: ${String(runbookType)}`);
    }

    const connectLines = content.split('\n').filter((line) => /Connect-ExchangeOnline\b.*-ManagedIdentity\b/i.test(line));
    if (connectLines.some((line) => !/-ManagedIdentityAccountId\b/i.test(line))) {
      const accountResource = accounts.find((a) => `azurerm_automation_account.${a.friendlyUniqueId}` === account);
      if (accountResource && resolveIn(runbook, accountResource.identity.typeInput) === 'UserAssigned') {
        this.report(runbook, PolicyRule.USER_ASSIGNED_WITHOUT_CLIENT_ID, `account: ${accountResource.node.path}`);
      }
    }
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

function samePrincipal(scope: IConstruct, a: IManagedIdentity, b: IManagedIdentity): boolean {
  return a === b || resolveIn(scope, a.principalId) === resolveIn(scope, b.principalId);
}
