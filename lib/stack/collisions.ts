// Always-on check that no two resources of a stack claim the same Azure or Entra object. Azure and
// Microsoft Entra ID refuse the second copy at apply time ("already exists", "Permission being
// assigned already exists on the object"), half-way through an apply; here it is a synth error that
// names both construct paths. It covers the package's constructs and hand-written resources alike:
// every resource of a covered type is keyed by the attributes that identify its object, with references
// resolved (a runbook naming `${azurerm_automation_account.x.name}` and one naming the account's
// literal name collide). The same goes for two outputs with one name.
//
// It runs as a validation of the stack (cdktf runs validations in `app.synth()`, before anything is
// written), registered once per stack by the first construct of this package.
import { TerraformDataSource, TerraformElement, TerraformOutput, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { appRoleLookup, knownAppRoleId, SERVICE_PRINCIPAL } from '../terraform/app-role-ids';
import { matchArmId } from '../validation/arm-ids';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { describeProblem } from '../validation/values';
import { EXCHANGE_MANAGE_AS_APP_ROLE, EXCHANGE_MANAGE_AS_APP_ROLE_ID, EXCHANGE_ONLINE_APP_ID } from '../reference/well-known-ids';
import { resolveIn } from '../terraform/resolve';
import { configuredArguments } from '../terraform/resource-arguments';

/** What identifies one object: the attributes that together name it, and how to say what it is. */
interface ObjectKey {
  /** Attribute names whose values together identify the object. */
  readonly attributes: string[];
  /** The attribute whose value the message shows as the duplicated one. */
  readonly shownAttribute: string;
  /** Describes the object in words from its key values, e.g. `the runbook "x" in account ...`. */
  describe(values: string[]): string;
  /**
   * The value the provider uses for an attribute left out, where it has one (read from the configured
   * attributes); undefined when it has none, and the resource is then not keyed.
   */
  defaultOf?(name: string, attributes: { [name: string]: unknown }): unknown;
  /** The key values (canonical) rewritten so that every way of naming one object gives the same values. */
  identify?(values: string[]): string[];
}

function inAccount(rg: string, account: string): string {
  return `in Automation account ${account} (resource group ${rg})`;
}

// Which attributes name the object of each resource type, per the provider's schema (ForceNew
// identifying arguments) and Azure's uniqueness rules (names are unique per parent, case-insensitively).
const KEYS: { [resourceType: string]: ObjectKey } = {
  azurerm_automation_account: {
    attributes: ['resource_group_name', 'name'], shownAttribute: 'name',
    describe: ([rg, name]) => `the Automation account ${name} in resource group ${rg}`,
  },
  azurerm_user_assigned_identity: {
    attributes: ['resource_group_name', 'name'], shownAttribute: 'name',
    describe: ([rg, name]) => `the user-assigned identity ${name} in resource group ${rg}`,
  },
  azurerm_automation_runbook: {
    attributes: ['resource_group_name', 'automation_account_name', 'name'], shownAttribute: 'name',
    describe: ([rg, account, name]) => `the runbook ${name} ${inAccount(rg, account)}`,
  },
  azurerm_automation_schedule: {
    attributes: ['resource_group_name', 'automation_account_name', 'name'], shownAttribute: 'name',
    describe: ([rg, account, name]) => `the schedule ${name} ${inAccount(rg, account)}`,
  },
  azurerm_automation_job_schedule: {
    attributes: ['resource_group_name', 'automation_account_name', 'runbook_name', 'schedule_name'], shownAttribute: 'schedule_name',
    describe: ([rg, account, runbook, schedule]) => `the link of schedule ${schedule} to runbook ${runbook} ${inAccount(rg, account)}`,
  },
  azurerm_automation_module: {
    attributes: ['resource_group_name', 'automation_account_name', 'name'], shownAttribute: 'name',
    describe: ([rg, account, name]) => `the PowerShell 5.1 module ${name} ${inAccount(rg, account)}`,
  },
  azurerm_automation_powershell72_module: {
    attributes: ['automation_account_id', 'name'], shownAttribute: 'name',
    describe: ([account, name]) => `the PowerShell 7.2 module ${name} in Automation account ${account}`,
  },
  azurerm_automation_runtime_environment: {
    attributes: ['automation_account_id', 'name'], shownAttribute: 'name',
    describe: ([account, name]) => `the runtime environment ${name} in Automation account ${account}`,
  },
  azurerm_automation_runtime_environment_package: {
    attributes: ['automation_runtime_environment_id', 'name'], shownAttribute: 'name',
    describe: ([environment, name]) => `the package ${name} of runtime environment ${environment}`,
  },
  azurerm_management_lock: {
    attributes: ['scope', 'name'], shownAttribute: 'name',
    describe: ([scope, name]) => `the management lock ${name} on ${scope}`,
  },
  azuread_app_role_assignment: {
    attributes: ['principal_object_id', 'resource_object_id', 'app_role_id'], shownAttribute: 'app_role_id',
    describe: ([principal, resource, role]) => `the grant of app role ${role} of service principal ${resource} to principal ${principal}`,
    // An app role id belongs to one application: the documented Exchange.ManageAsApp id names the role of
    // Office 365 Exchange Online's service principal, however resource_object_id names it (a lookup, or the
    // tenant's object id typed literally; a grant of that id on another principal fails to apply anyway).
    identify: ([principal, resource, role]) => [principal, role === EXCHANGE_MANAGE_AS_APP_ROLE_ID ? EXCHANGE_SERVICE_PRINCIPAL : resource, role],
  },
  azuread_directory_role_assignment: {
    attributes: ['principal_object_id', 'role_id', 'directory_scope_id'], shownAttribute: 'role_id',
    describe: ([principal, role, scope]) => `the assignment of directory role ${role} to principal ${principal} at scope ${scope}`,
    // Without directory_scope_id and app_scope_id the provider assigns the role at "/", the whole tenant
    // (directoryRoleAssignmentResourceCreate in hashicorp/terraform-provider-azuread
    // internal/services/directoryroles/directory_role_assignment_resource.go, v3.0.0-v3.9.0:
    // `default: properties.DirectoryScopeId = nullable.Value("/")`). An app-scoped assignment is not keyed.
    defaultOf: (name, attributes) => (name === 'directory_scope_id' && attributes.app_scope_id === undefined ? '/' : undefined),
  },
};

/** The canonical form of Office 365 Exchange Online's service principal (see `canonical`). */
const EXCHANGE_SERVICE_PRINCIPAL = `${SERVICE_PRINCIPAL}:${EXCHANGE_ONLINE_APP_ID}`;

const registered = new WeakSet<TerraformStack>();

/** Makes the stack of `scope` check for colliding objects when it is synthesized (once per stack). */
export function checkCollisionsOf(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (registered.has(stack)) {
    return;
  }
  registered.add(stack);
  stack.node.addValidation({ validate: () => findCollisions(stack) });
}

/** Every error message for objects claimed twice in `stack`. */
export function findCollisions(stack: TerraformStack): string[] {
  const all = stack.node.findAll();
  const resources = all.filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
  const byAddress = new Map<string, TerraformResource | TerraformDataSource>(resources.map((r) => [`${r.terraformResourceType}.${r.friendlyUniqueId}`, r]));
  // Data sources only as targets of references (the service principal an app role id is looked up on).
  for (const source of all.filter((c): c is TerraformDataSource => TerraformDataSource.isTerraformDataSource(c))) {
    byAddress.set(`data.${source.terraformResourceType}.${source.friendlyUniqueId}`, source);
  }
  // Attributes are read only for the resources a key or a reference needs, once each.
  const cache = new Map<string, { [name: string]: unknown }>();
  const configured = (address: string): { [name: string]: unknown } | undefined => {
    const resource = byAddress.get(address);
    if (resource && !cache.has(address)) {
      cache.set(address, configuredArguments(resource));
    }
    return cache.get(address);
  };
  // Key values repeat across a stack's resources (every resource of an account names the same resource
  // group and account tokens), so each distinct string is resolved and made canonical once.
  const normalized = new Map<string, string>();
  const normalize = (value: unknown): string => {
    if (typeof value !== 'string') {
      return canonical(resolveIn(stack, value), configured);
    }
    let result = normalized.get(value);
    if (result === undefined) {
      result = canonical(resolveIn(stack, value), configured);
      normalized.set(value, result);
    }
    return result;
  };

  const errors: string[] = [];
  const seen = new Map<string, TerraformElement>();
  for (const resource of resources) {
    const key = KEYS[resource.terraformResourceType];
    if (!key || resource.count !== undefined || resource.forEach !== undefined) {
      continue;
    }
    const configuredAttributes = configured(`${resource.terraformResourceType}.${resource.friendlyUniqueId}`)!;
    const attributes = { ...configuredAttributes };
    for (const name of key.attributes) {
      attributes[name] ??= key.defaultOf?.(name, configuredAttributes);
    }
    if (key.attributes.some((name) => attributes[name] === undefined)) {
      continue;
    }
    const keyValues = key.attributes.map((name) => normalize(attributes[name]));
    const values = key.identify ? key.identify(keyValues) : keyValues;
    const id = `${resource.terraformResourceType}|${values.join('|').toLowerCase()}`;
    const earlier = seen.get(id);
    if (earlier) {
      const shown = readable(resolveIn(stack, attributes[key.shownAttribute]));
      errors.push(describeProblem(resource, key.shownAttribute, shown, `duplicates ${earlier.node.path}: both would create ${key.describe(values.map(readableKeyValue))}. `
        + 'Azure and Microsoft Entra ID refuse the second copy at apply time; give one of them another name, or remove one.'));
      continue;
    }
    seen.set(id, resource);
  }
  const outputs = new Map<string, TerraformOutput>();
  for (const output of stack.node.findAll().filter((c): c is TerraformOutput => TerraformOutput.isTerraformOutput(c))) {
    const earlier = outputs.get(output.friendlyUniqueId);
    if (earlier) {
      errors.push(describeProblem(output, 'output name', output.friendlyUniqueId, `duplicates ${earlier.node.path}: a stack can have only one `
        + 'output of each name; give one of the constructs another id.'));
    }
    outputs.set(output.friendlyUniqueId, output);
  }
  return errors;
}

/** A key value (canonical) in a description: a documented role id also says which role it is. */
function readableKeyValue(value: string): string {
  return value.toLowerCase() === EXCHANGE_MANAGE_AS_APP_ROLE_ID ? `${EXCHANGE_MANAGE_AS_APP_ROLE} (${EXCHANGE_MANAGE_AS_APP_ROLE_ID})` : readable(value);
}

/**
 * A value as a person reads it: `${x.app_role_ids["R"]}` is role R, `${type.name.attr}` is "attr of type.name";
 * the canonical forms of `canonical` read as the application or role they stand for.
 */
function readable(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === EXCHANGE_SERVICE_PRINCIPAL) {
    return 'Office 365 Exchange Online';
  }
  const principal = new RegExp(`^${SERVICE_PRINCIPAL}:([^/]+)(?:/app_role_ids/(.+))?$`).exec(text);
  if (principal) {
    return principal[2] ?? `of application ${principal[1]}`;
  }
  const role = /^\$\{[^}]*\.app_role_ids\["([^"]+)"\]\}$/.exec(text);
  if (role) {
    return role[1];
  }
  const reference = /^\$\{((?:data\.)?[a-z0-9_]+\.[^.}\s]+)\.([a-z0-9_]+)\}$/.exec(text);
  return reference ? `${reference[2]} of ${reference[1]}` : text;
}

const REFERENCE = /^\$\{([a-z0-9_]+)\.([^.}\s]+)\.(name|id)\}$/;
const SERVICE_PRINCIPAL_OBJECT_ID = /^\$\{((?:data\.)?azuread_service_principal\.[^.}\s]+)\.object_id\}$/;

/**
 * A value as it identifies an object: a reference to another resource's `name` becomes that resource's
 * configured name (so a reference and the literal name compare equal), a reference to its `id` becomes
 * `<type>:<its own key>`; a literal ARM id of an Automation account becomes the same form. A service
 * principal (resource or data source) with a literal `client_id` is `azuread_service_principal:<client id>`
 * and an app role looked up on it `azuread_service_principal:<client id>/app_role_ids/<value>`, except where
 * the role's id is documented (Exchange.ManageAsApp), which becomes that id, as a literal id is.
 */
function canonical(value: unknown, configured: (address: string) => { [name: string]: unknown } | undefined, depth = 0): string {
  if (typeof value !== 'string') {
    return JSON.stringify(value);
  }
  const clientIdOf = (address: string): string | undefined => {
    const clientId = configured(address)?.client_id;
    return typeof clientId === 'string' && !clientId.includes('${') ? clientId.toLowerCase() : undefined;
  };
  const lookup = appRoleLookup(value);
  if (lookup) {
    const clientId = clientIdOf(lookup.principal);
    return knownAppRoleId(value, clientIdOf)
      ?? (clientId === undefined ? value : `${SERVICE_PRINCIPAL}:${clientId}/app_role_ids/${lookup.value}`);
  }
  const principal = SERVICE_PRINCIPAL_OBJECT_ID.exec(value);
  if (principal) {
    const clientId = clientIdOf(principal[1]);
    return clientId === undefined ? value : `${SERVICE_PRINCIPAL}:${clientId}`;
  }
  const reference = REFERENCE.exec(value);
  if (reference && depth < 4) {
    const [, type, name, attribute] = reference;
    const target = configured(`${type}.${name}`);
    if (target) {
      if (attribute === 'name' && target.name !== undefined) {
        return canonical(target.name, configured, depth + 1);
      }
      const key = KEYS[type];
      if (attribute === 'id' && key && key.attributes.every((a) => target[a] !== undefined)) {
        return `${type}:${key.attributes.map((a) => canonical(target[a], configured, depth + 1)).join('/')}`;
      }
    }
    return value;
  }
  // Azure reads an id in any case: a literal id with `resourcegroups` names the same account.
  const accountId = matchArmId(IMPORT_ID_FORMATS.automationAccount.pattern, value, {}, { segments: 'anyCase' });
  if (accountId) {
    return `azurerm_automation_account:${accountId.parts.resourceGroup}/${accountId.parts.account}`;
  }
  return value;
}
