// Adoption by ExchangeOnlineAutomation of a setup made by hand: an existing account (`existingAccount`),
// and the objects to import (`importExisting`), whose import ids are checked here under the names the user
// typed, against the account's literal names, before any construct is made.
import { Construct } from 'constructs';
import { checkModuleImports, checkRuntimeEnvironmentImport } from './exchange-module-checks';
import { ExchangeOnlineAutomationProps, ExchangeOnlineImports } from './exchange-online-automation-props';
import { requireAutomationAccount } from '../automation/account-kind';
import { IAutomationAccount } from '../automation/automation-account-interface';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { EntraRole } from '../entra/entra-role';
import { defaultRuntimeEnvironmentName } from '../validation/azure-names';
import { checkImportId, IMPORT_ID_FORMATS } from '../validation/import-ids';
import { LiteralNames } from '../terraform/literal-names';
import { fail, requireObject, requireString } from '../validation/values';

/** The props that describe an account to create, which `existingAccount` rules out. */
const ACCOUNT_PROPS = ['resourceGroupName', 'location', 'automationAccountName', 'userAssignedIdentity', 'tags', 'preventDestroy', 'cannotDeleteLock'] as const;

/** `existingAccount`, checked to be an Automation account that no prop of an account to create comes with. */
export function checkExistingAccount(scope: Construct, props: ExchangeOnlineAutomationProps): IAutomationAccount {
  const account = requireAutomationAccount(scope, 'existingAccount', props.existingAccount,
    'an Automation account (AutomationAccountWithIdentity.fromAttributes, or an AutomationAccountWithIdentity created elsewhere)');
  for (const prop of ACCOUNT_PROPS) {
    if (props[prop] !== undefined) {
      fail(scope, prop, props[prop] as unknown, 'must be left out with existingAccount: it describes an account this construct would create');
    }
  }
  if (props.importExisting?.automationAccount !== undefined) {
    fail(scope, 'importExisting.automationAccount', props.importExisting.automationAccount,
      'must be left out with existingAccount: an existing account is used as it is, not imported');
  }
  return account;
}

/**
 * `importExisting`, checked under the names the user typed; role keys are normalized to lower case. The
 * check runbook's import id is compared with `checkRunbookName`.
 */
export function checkImports(
  scope: Construct, props: ExchangeOnlineAutomationProps, roles: EntraRole[], runtime: PowerShellRuntime, where: LiteralNames,
  checkRunbookName: string,
): ExchangeOnlineImports {
  const given = props.importExisting;
  if (given === undefined) {
    return {};
  }
  requireObject(scope, 'importExisting', given);
  const at = (key: string) => `importExisting.${key}`;
  if (given.automationAccount !== undefined) {
    checkImportId(scope, at('automationAccount'), given.automationAccount, IMPORT_ID_FORMATS.automationAccount, where);
  }
  if (given.exchangeGrant !== undefined) {
    checkImportId(scope, at('exchangeGrant'), given.exchangeGrant, IMPORT_ID_FORMATS.appRoleAssignment);
  }
  if (given.connectionCheckRunbook !== undefined) {
    if (props.connectionCheckRunbook === false) {
      fail(scope, at('connectionCheckRunbook'), given.connectionCheckRunbook, 'must be left out when connectionCheckRunbook is false');
    }
    checkImportId(scope, at('connectionCheckRunbook'), given.connectionCheckRunbook, IMPORT_ID_FORMATS.runbook,
      { ...where, name: checkRunbookName });
  }
  if (given.runtimeEnvironment !== undefined) {
    requireString(scope, at('runtimeEnvironment'), given.runtimeEnvironment);
    if (!runtime.usesRuntimeEnvironment) {
      fail(scope, at('runtimeEnvironment'), given.runtimeEnvironment, `must be left out for ${runtime}, which has no runtime environment`);
    }
    checkRuntimeEnvironmentImport(scope, at('runtimeEnvironment'), given.runtimeEnvironment, defaultRuntimeEnvironmentName(runtime), where);
  }
  const environment = runtime.usesRuntimeEnvironment ? defaultRuntimeEnvironmentName(runtime) : undefined;
  checkModuleImports(scope, at('modules'), given.modules, runtime, { ...where, environment });
  const roleAssignments: { [templateId: string]: string } = {};
  requireObject(scope, at('roleAssignments'), given.roleAssignments ?? {});
  for (const [templateId, id] of Object.entries(given.roleAssignments ?? {})) {
    if (!roles.some((role) => role.templateId.toLowerCase() === templateId.toLowerCase())) {
      fail(scope, at('roleAssignments'), templateId,
        `must be keyed by the template id of one of roles (${roles.map((role) => `${role.displayName}: ${role.templateId}`).join(', ') || 'none'})`);
    }
    roleAssignments[templateId.toLowerCase()] = checkImportId(scope, at(`roleAssignments["${templateId}"]`), id, IMPORT_ID_FORMATS.directoryRoleAssignment);
  }
  return { ...given, roleAssignments };
}
