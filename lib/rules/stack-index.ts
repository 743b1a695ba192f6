// What the cross-construct policy rules look up, collected once per stack so the checks stay linear in
// the size of the stack. Resources are recognized by their Terraform type and this package's constructs
// by their markers (lib/validation/markers.ts), never by class. Grants and role assignments count whether
// the package's constructs wrote them or they were written by hand (any binding of
// azuread_app_role_assignment / azuread_directory_role_assignment), by the principal id they name.
import { TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { argumentOf, resourceTypeOf } from '../terraform/resource-arguments';
import { resolveIn, terraformAddressOf } from '../terraform/resolve';
import { knownAppRoleId, SERVICE_PRINCIPAL } from '../terraform/app-role-ids';
import { isMarked } from '../validation/markers';
import { AppRoleGrantView, EntraRoleBindingView, PrincipalView } from './construct-views';
import {
  EXCHANGE_MANAGE_AS_APP_ROLE, EXCHANGE_MANAGE_AS_APP_ROLE_ID, EXCHANGE_ONLINE_APP_ID, ROLE_TEMPLATE_IDS,
} from '../reference/well-known-ids';
import { EXCHANGE_MODULE } from '../reference/exchange-module-name';

const ACCOUNT = 'azurerm_automation_account';
const RUNTIME_ENVIRONMENT = 'azurerm_automation_runtime_environment';
const APP_ROLE_ASSIGNMENT = 'azuread_app_role_assignment';
const DIRECTORY_ROLE_ASSIGNMENT = 'azuread_directory_role_assignment';
/** Template ids of the roles Exchange Online PowerShell supports (well-known-ids.ts lists exactly those). */
const SUPPORTED_ROLE_IDS = new Set<string>(Object.values(ROLE_TEMPLATE_IDS));

/** Accounts, module imports, grants and role bindings of one stack, by the keys the rules look up. */
export interface StackIndex {
  /** Automation account resources by Terraform address. */
  readonly accounts: Map<string, TerraformResource>;
  /** For each runbook type, the addresses of accounts that import ExchangeOnlineManagement for it. */
  readonly exchangeModuleAccounts: Map<string, Set<string>>;
  /** Identities with an Exchange.ManageAsApp grant by ExoAppRoleGrant / AppRoleGrant. */
  readonly exchangeGrantees: Set<PrincipalView>;
  /** Principal ids (as resolved) with an Exchange.ManageAsApp grant, from the constructs or written by hand. */
  readonly exchangeGranteePrincipals: Set<unknown>;
  /** Identities with a supported role by EntraRoleBinding. */
  readonly supportedRoleHolders: Set<PrincipalView>;
  /** Principal ids (as resolved) with a supported role, from the constructs or written by hand. */
  readonly supportedRolePrincipals: Set<unknown>;
  /** The address of the account a reference, name or ARM id points at. */
  accountOf(value: unknown): string | undefined;
}

const INDEXES = new WeakMap<TerraformStack, StackIndex>();

/** The index of the stack `scope` belongs to, built on first use. */
export function stackIndexOf(scope: IConstruct): StackIndex {
  const stack = TerraformStack.of(scope);
  let index = INDEXES.get(stack);
  if (!index) {
    index = buildIndex(stack);
    INDEXES.set(stack, index);
  }
  return index;
}

function buildIndex(stack: TerraformStack): StackIndex {
  const constructs = stack.node.findAll();
  const resourcesOf = (type: string) => constructs.filter((c): c is TerraformResource => resourceTypeOf(c) === type);
  const accounts = new Map<string, TerraformResource>();
  const accountByName = new Map<unknown, string>();
  for (const account of resourcesOf(ACCOUNT)) {
    const address = `${ACCOUNT}.${account.friendlyUniqueId}`;
    accounts.set(address, account);
    accountByName.set(resolveIn(stack, argumentOf(account, 'name')), address);
  }
  // A reference resolves to `${azurerm_automation_account.<name>.attr}`; a hand-typed value is the
  // account's name or its ARM id (whose last segment is the name).
  const accountOf = (value: unknown): string | undefined => {
    const address = terraformAddressOf(stack, value, ACCOUNT);
    if (address === undefined || address.startsWith(`${ACCOUNT}.`)) {
      return address;
    }
    return accountByName.get(address) ?? accountByName.get(address.split('/').pop()) ?? address;
  };
  const environmentAccounts = new Map<string | undefined, string | undefined>();
  for (const environment of resourcesOf(RUNTIME_ENVIRONMENT)) {
    environmentAccounts.set(`${RUNTIME_ENVIRONMENT}.${environment.friendlyUniqueId}`, accountOf(argumentOf(environment, 'automationAccountId')));
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
  // Hand-written grants are kept until every service principal is known: an app_role_id that looks its
  // id up on a service principal stands for Exchange.ManageAsApp only if that principal is Exchange Online's.
  // Assignments under the package's own grant and binding constructs are counted through the constructs.
  const servicePrincipalClientIds = new Map<string, unknown>();
  const handWrittenGrants: { principal: unknown; appRoleId: unknown }[] = [];
  for (const c of constructs) {
    const type = resourceTypeOf(c);
    if (type !== undefined) {
      const resource = c as TerraformResource;
      if (type === 'azurerm_automation_module' && argumentOf(resource, 'name') === EXCHANGE_MODULE) {
        add('PowerShell', accountOf(argumentOf(resource, 'automationAccountName')));
      } else if (type === 'azurerm_automation_powershell72_module' && argumentOf(resource, 'name') === EXCHANGE_MODULE) {
        add('PowerShell72', accountOf(argumentOf(resource, 'automationAccountId')));
      } else if (type === 'azurerm_automation_runtime_environment_package' && argumentOf(resource, 'name') === EXCHANGE_MODULE) {
        // 7.4 and 7.6 runbooks are of type PowerShell, bound to a runtime environment of the account.
        add('PowerShell', environmentAccounts.get(terraformAddressOf(stack, argumentOf(resource, 'automationRuntimeEnvironmentId'), RUNTIME_ENVIRONMENT)));
      } else if (type === SERVICE_PRINCIPAL) {
        servicePrincipalClientIds.set(`${SERVICE_PRINCIPAL}.${resource.friendlyUniqueId}`, resolveIn(stack, argumentOf(resource, 'clientId')));
      } else if (type === APP_ROLE_ASSIGNMENT && !isMarked(c.node.scope, 'AppRoleGrant')) {
        handWrittenGrants.push({
          principal: resolveIn(stack, argumentOf(resource, 'principalObjectId')),
          appRoleId: resolveIn(stack, argumentOf(resource, 'appRoleId')),
        });
      } else if (type === DIRECTORY_ROLE_ASSIGNMENT && !isMarked(c.node.scope, 'EntraRoleBinding')) {
        // role_id is the template id of a built-in role; an app-scoped assignment (app_scope_id) is no directory role.
        const roleId = resolveIn(stack, argumentOf(resource, 'roleId'));
        if (typeof roleId === 'string' && SUPPORTED_ROLE_IDS.has(roleId.toLowerCase()) && argumentOf(resource, 'appScopeId') === undefined) {
          index.supportedRolePrincipals.add(resolveIn(stack, argumentOf(resource, 'principalObjectId')));
        }
      }
    } else if (TerraformDataSource.isTerraformDataSource(c)) {
      if (c.terraformResourceType === SERVICE_PRINCIPAL) {
        servicePrincipalClientIds.set(`data.${SERVICE_PRINCIPAL}.${c.friendlyUniqueId}`,
          resolveIn(stack, argumentOf(c as unknown as TerraformResource, 'clientId')));
      }
    } else if (isMarked(c, 'AppRoleGrant')) {
      const grant = c as AppRoleGrantView;
      if (grant.resourceAppId.toLowerCase() === EXCHANGE_ONLINE_APP_ID && grant.roles.includes(EXCHANGE_MANAGE_AS_APP_ROLE)) {
        index.exchangeGrantees.add(grant.principal);
        index.exchangeGranteePrincipals.add(resolveIn(stack, grant.principal.principalId));
      }
    } else if (isMarked(c, 'EntraRoleBinding')) {
      const binding = c as EntraRoleBindingView;
      if (binding.role.supportedForExchangeOnline) {
        index.supportedRoleHolders.add(binding.principal);
        index.supportedRolePrincipals.add(resolveIn(stack, binding.principal.principalId));
      }
    }
  }
  for (const grant of handWrittenGrants) {
    if (knownAppRoleId(grant.appRoleId, (address) => servicePrincipalClientIds.get(address)) === EXCHANGE_MANAGE_AS_APP_ROLE_ID) {
      index.exchangeGranteePrincipals.add(grant.principal);
    }
  }
  return index;
}
