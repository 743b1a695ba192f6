// Every construct's rows file (test/<folder>/<file>.corpus.ts), in one list for the two corpora. A new
// public construct gets a rows file beside its tests and a line here; wrong-shape.test.ts fails until
// every prop of every public entry point has a row.
import { ConstructRows } from './corpus';
import { ROWS as automationAccount } from '../automation/automation-account.corpus';
import { ROWS as powershellGalleryModule } from '../automation/powershell-gallery-module.corpus';
import { ROWS as powershellRuntime } from '../automation/powershell-runtime.corpus';
import { ROWS as runtimeEnvironment } from '../automation/runtime-environment.corpus';
import { ROWS as apiServicePrincipal } from '../entra/api-service-principal.corpus';
import { ROWS as appRoleGrant } from '../entra/app-role-grant.corpus';
import { ROWS as azureadProvider } from '../entra/azuread-provider.corpus';
import { ROWS as deployerPermissions } from '../entra/deployer-permissions.corpus';
import { ROWS as entraRole } from '../entra/entra-role.corpus';
import { ROWS as entraRoleBinding } from '../entra/entra-role-binding.corpus';
import { ROWS as connectCommand } from '../exchange/connect-command.corpus';
import { ROWS as exchangeOnlineAutomation } from '../exchange/exchange-online-automation.corpus';
import { ROWS as exchangeOnlineModule } from '../exchange/exchange-online-module.corpus';
import { ROWS as exchangeRunbook } from '../exchange/exchange-runbook.corpus';
import { ROWS as exoAppRoleGrant } from '../exchange/exo-app-role-grant.corpus';
import { ROWS as runbookScript } from '../exchange/runbook-script.corpus';
import { ROWS as systemAssignedIdentity } from '../identity/system-assigned-identity.corpus';
import { ROWS as userAssignedIdentity } from '../identity/user-assigned-identity.corpus';
import { ROWS as exchangeOnlinePolicyChecks } from '../policy/exchange-online-policy-checks.corpus';
import { ROWS as policySuppressions } from '../policy/policy-suppressions.corpus';
import { ROWS as tenantStack } from '../tenants/tenant-stack.corpus';
import { ROWS as tenantsConfig } from '../tenants/tenants-config.corpus';

export const ALL_ROWS: ConstructRows[] = [
  automationAccount,
  powershellGalleryModule,
  powershellRuntime,
  runtimeEnvironment,
  apiServicePrincipal,
  appRoleGrant,
  azureadProvider,
  deployerPermissions,
  entraRole,
  entraRoleBinding,
  connectCommand,
  exchangeOnlineAutomation,
  exchangeOnlineModule,
  exchangeRunbook,
  exoAppRoleGrant,
  runbookScript,
  systemAssignedIdentity,
  userAssignedIdentity,
  exchangeOnlinePolicyChecks,
  policySuppressions,
  tenantStack,
  tenantsConfig,
];
