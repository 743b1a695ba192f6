// The policy rules, one entry each: id, severity, what the rule applies to, and its check.
// PolicyRule (the public view) and both reporters derive from this list:
// - `policy` rules run when ExchangeOnlinePolicyChecks is added (cdk-nag's model);
// - `construct` rules are findings a construct makes about its own props when it is created; the stack's
//   checks report them at synthesis (lib/stack/stack-checks.ts), with or without the policy checks,
//   so PolicySuppressions covers them too.
// A check returns the details of its findings (an empty list when the node passes). Checks read
// resources through resource-attributes.ts and recognize them by Terraform type, never by class.
import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { PolicySeverity } from './policy-severity';
import { resolveIn } from '../terraform/resolve';
import { argumentOf } from '../terraform/resource-arguments';
import { StackIndex, stackIndexOf } from './stack-index';
import { recordedFindings } from './findings';
import { isMarked } from '../validation/markers';
import { internalError } from '../validation/errors';
import { EXCHANGE_ONLINE_APP_ID, ROLE_TEMPLATE_IDS } from '../reference/well-known-ids';
import { EntraRoleBindingView, RunbookView } from './construct-views';

/** One rule. `appliesTo` lists Terraform resource types and this package's construct kinds (markers). */
export interface RuleEntry {
  readonly id: string;
  readonly severity: PolicySeverity;
  readonly description: string;
  readonly appliesTo: readonly string[];
  readonly source: 'policy' | 'construct';
  check(node: IConstruct): string[];
}

/** A construct rule: its findings are the ones the construct recorded when it was created. */
function constructRule(id: string, description: string, appliesTo: string[]): RuleEntry {
  return {
    id, severity: PolicySeverity.WARNING, description, appliesTo, source: 'construct',
    check: (node) => recordedFindings(node).filter((f) => f.ruleId === id).map((f) => f.detail),
  };
}

const CONNECT = /Connect-ExchangeOnline\b/i;

export const RULES: readonly RuleEntry[] = [
  {
    id: 'EXO1', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['ExchangeOnlineRunbook'],
    description: 'The identity that runs an Exchange Online runbook has no Exchange.ManageAsApp grant in this stack (ExoAppRoleGrant, or an azuread_app_role_assignment of the role\'s id or of its app_role_ids lookup on Office 365 Exchange Online); Connect-ExchangeOnline fails with UnAuthorized.',
    check: (node) => runbookIdentityWithout(node, (index) => [index.exchangeGrantees, index.exchangeGranteePrincipals]),
  },
  {
    id: 'EXO2', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['ExchangeOnlineRunbook'],
    description: 'The identity that runs an Exchange Online runbook has no supported Microsoft Entra role in this stack (EntraRoleBinding, or an azuread_directory_role_assignment of a supported role\'s template id); Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario".',
    check: (node) => runbookIdentityWithout(node, (index) => [index.supportedRoleHolders, index.supportedRolePrincipals]),
  },
  {
    // Runbooks written by ExchangeOnlineRunbook are right by construction (their module import must
    // belong to their account); reading their text back would cost a token resolution per runbook.
    id: 'EXO3', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_runbook'],
    description: 'The runbook\'s Automation account has no ExchangeOnlineManagement import for the runbook\'s runtime; Connect-ExchangeOnline is not found when the job runs.',
    check: (node) => {
      const runbook = handWrittenConnectingRunbook(node);
      if (runbook === undefined) {
        return [];
      }
      const index = stackIndexOf(node);
      const account = index.accountOf(argumentOf(runbook, 'automationAccountName'));
      const runbookType = String(resolveIn(node, argumentOf(runbook, 'runbookType')));
      return account !== undefined && index.exchangeModuleAccounts.get(runbookType)?.has(account) ? [] : [`runbook type: ${runbookType}`];
    },
  },
  {
    id: 'EXO4', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_runbook'],
    description: 'A runbook on an account with only user-assigned identities calls Connect-ExchangeOnline -ManagedIdentity without -ManagedIdentityAccountId <client id>; the connection fails because there is no system-assigned identity.',
    check: (node) => {
      const runbook = handWrittenConnectingRunbook(node);
      if (runbook === undefined) {
        return [];
      }
      const content = String(resolveIn(node, argumentOf(runbook, 'content')));
      const connectLines = content.split('\n').filter((line) => /Connect-ExchangeOnline\b.*-ManagedIdentity\b/i.test(line));
      if (!connectLines.some((line) => !/-ManagedIdentityAccountId\b/i.test(line))) {
        return [];
      }
      const index = stackIndexOf(node);
      const address = index.accountOf(argumentOf(runbook, 'automationAccountName'));
      const account = address === undefined ? undefined : index.accounts.get(address);
      const identity = account === undefined ? undefined : resolveIn(node, argumentOf(account, 'identity')) as { type?: unknown } | undefined;
      return identity?.type === 'UserAssigned' ? [`account: ${account!.node.path}`] : [];
    },
  },
  {
    id: 'EXO5', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_account'],
    description: 'The Automation account has local authentication (shared keys) enabled; a managed identity needs none, so turn it off (localAuthenticationEnabled: false).',
    // The provider's default for local_authentication_enabled is true.
    check: (node) => resolveIn(node, argumentOf(node as TerraformResource, 'localAuthenticationEnabled')) === false ? [] : ['local_authentication_enabled'],
  },
  {
    id: 'EXO6', severity: PolicySeverity.WARNING, source: 'policy', appliesTo: ['EntraRoleBinding'],
    description: 'The identity gets a high-privilege role (Global Administrator or Exchange Administrator: every task in Exchange Online PowerShell). Prefer Exchange Recipient Administrator or Global Reader when they suffice.',
    check: (node) => {
      const { role } = node as EntraRoleBindingView;
      const high = ([ROLE_TEMPLATE_IDS.GLOBAL_ADMINISTRATOR, ROLE_TEMPLATE_IDS.EXCHANGE_ADMINISTRATOR] as string[]).includes(role.templateId.toLowerCase());
      return high ? [`role: ${role.displayName}`] : [];
    },
  },
  {
    id: 'EXO7', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azuread_service_principal'],
    description: `An azuread_service_principal for Office 365 Exchange Online (${EXCHANGE_ONLINE_APP_ID}) has no prevent_destroy; terraform destroy would delete the tenant's Exchange Online service principal.`,
    check: (node) => {
      const principal = node as TerraformResource;
      const clientId = resolveIn(node, argumentOf(principal, 'clientId'));
      const exchange = typeof clientId === 'string' && clientId.toLowerCase() === EXCHANGE_ONLINE_APP_ID;
      return exchange && principal.lifecycle?.preventDestroy !== true ? [`client_id: ${clientId}`] : [];
    },
  },
  constructRule('EXO8',
    'Security Administrator lacks the Exchange Online permissions for recipient management and for security and protection features (anti-spam, anti-malware, anti-phishing); Microsoft recommends Exchange Administrator for those tasks.',
    ['EntraRoleBinding']),
  constructRule('EXO9',
    'The role is not one Microsoft supports for Exchange Online PowerShell with a managed identity; Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario" unless the identity also holds a supported role.',
    ['EntraRoleBinding']),
  constructRule('EXO10',
    'Microsoft documents only tenant-wide role assignments for Exchange Online PowerShell with a managed identity; an administrative-unit scope may not limit (or may break) what the runbooks can do.',
    ['EntraRoleBinding']),
  constructRule('EXO11',
    'roles is empty, so no Microsoft Entra role is assigned here; Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario" until the identity holds a supported role.',
    ['ExchangeOnlineAutomation']),
  constructRule('EXO12',
    'schedule.startTime is less than five minutes ahead; Azure rejects it when the schedule is created (an existing schedule is unaffected). Leave it unset to start seven minutes after creation.',
    ['ExchangeOnlineRunbook', 'RunbookSchedule']),
  constructRule('EXO13',
    'The ExchangeOnlineManagement version is a preview release; Microsoft recommends General Availability versions for production runbooks.',
    ['ExchangeOnlineModuleImport', 'ExchangeOnlineAutomation']),
  constructRule('EXO14',
    'The script calls Connect-ExchangeOnline itself; the runbook already connects as the managed identity before the script runs.',
    ['ExchangeOnlineRunbook']),
  // Reported by the stack's version requirements (lib/stack/terraform-requirements.ts) at synthesis.
  constructRule('EXO15',
    'A version constraint set on the stack (terraform.required_providers.<provider>.version or terraform.required_version) also admits releases that lack what this stack uses; terraform init may pick one that fails. Narrow it to the range named, or remove it to let the package write that range.',
    ['TerraformStack']),
  // Recorded by ExchangeOnlineModuleImport and PowerShellGalleryModule (lib/automation/runtime-retirement.ts).
  constructRule('EXO16',
    'The runtime is PowerShell 7.2, which Microsoft retired in Azure Automation on 2026-09-30 (Azure update 567556): its runbooks still run but get no security updates, bug fixes or support. Move to PowerShell 7.6, or 7.4 (ExchangeOnlineManagement 3.10.0 and later need 7.6).',
    ['ExchangeOnlineModuleImport', 'PowerShellGalleryModule']),
];

/**
 * EXO1/EXO2: the finding when the identity of runbook `node` is in neither set `holders` picks from the
 * stack index (identities, and principal ids as resolved, so `fromAttributes` copies count).
 */
function runbookIdentityWithout(node: IConstruct, holders: (index: StackIndex) => [Set<unknown>, Set<unknown>]): string[] {
  const { identity } = node as RunbookView;
  const [identities, principals] = holders(stackIndexOf(node));
  const held = identities.has(identity) || principals.has(resolveIn(node, identity.principalId));
  return held ? [] : [`identity: ${identity.node.path}`];
}

/** The runbook resource when it was written by hand (not by ExchangeOnlineRunbook) and connects to Exchange Online. */
function handWrittenConnectingRunbook(node: IConstruct): TerraformResource | undefined {
  if (isMarked(node.node.scope, 'ExchangeOnlineRunbook')) {
    return undefined;
  }
  const content = resolveIn(node, argumentOf(node as TerraformResource, 'content'));
  return typeof content === 'string' && CONNECT.test(content) ? node as TerraformResource : undefined;
}

/** The entry with id `id`; throws for an unknown id (a typo in this package). */
export function ruleEntry(id: string): RuleEntry {
  const entry = RULES.find((rule) => rule.id === id);
  if (!entry) {
    internalError(`internal error: no policy rule ${id}`);
  }
  return entry;
}
