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
import { TerraformElement, TerraformOutput, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { describeProblem } from './validation';
import { resolveIn } from '../policy/resolve';

/** What identifies one object: the attributes that together name it, and how to say what it is. */
interface ObjectKey {
  /** Attribute names whose values together identify the object. */
  readonly attributes: string[];
  /** The attribute whose value the message shows as the duplicated one. */
  readonly shownAttribute: string;
  /** Describes the object in words from its key values, e.g. `the runbook "x" in account ...`. */
  describe(values: string[]): string;
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
  },
  azuread_directory_role_assignment: {
    attributes: ['principal_object_id', 'role_id', 'directory_scope_id'], shownAttribute: 'role_id',
    describe: ([principal, role, scope]) => `the assignment of directory role ${role} to principal ${principal} at scope ${scope}`,
  },
};

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

/**
 * The configured attributes of a resource, as Terraform names them (before token resolution), with
 * top-level overrides applied. `synthesizeAttributes` is what every binding (generated or hand-written)
 * implements; calling it directly skips the metadata and merging of a full `toTerraform()`.
 */
function attributesOf(resource: TerraformResource): { [name: string]: unknown } {
  const attributes = (resource as unknown as { synthesizeAttributes(): { [name: string]: unknown } }).synthesizeAttributes();
  const overrides = (resource as unknown as { rawOverrides?: { [name: string]: unknown } }).rawOverrides ?? {};
  return { ...attributes, ...overrides };
}

/** Every error message for objects claimed twice in `stack`. */
export function findCollisions(stack: TerraformStack): string[] {
  const resources = stack.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
  const byAddress = new Map(resources.map((r) => [`${r.terraformResourceType}.${r.friendlyUniqueId}`, r]));
  // Attributes are read only for the resources a key or a reference needs, once each.
  const cache = new Map<string, { [name: string]: unknown }>();
  const configured = (address: string): { [name: string]: unknown } | undefined => {
    const resource = byAddress.get(address);
    if (resource && !cache.has(address)) {
      cache.set(address, attributesOf(resource));
    }
    return cache.get(address);
  };
  const normalize = (value: unknown): string => canonical(resolveIn(stack, value), configured);

  const errors: string[] = [];
  const seen = new Map<string, TerraformElement>();
  for (const resource of resources) {
    const key = KEYS[resource.terraformResourceType];
    if (!key || resource.count !== undefined || resource.forEach !== undefined) {
      continue;
    }
    const attributes = configured(`${resource.terraformResourceType}.${resource.friendlyUniqueId}`)!;
    if (key.attributes.some((name) => attributes[name] === undefined)) {
      continue;
    }
    const values = key.attributes.map((name) => normalize(attributes[name]));
    const id = `${resource.terraformResourceType}|${values.join('|').toLowerCase()}`;
    const earlier = seen.get(id);
    if (earlier) {
      const shown = readable(resolveIn(stack, attributes[key.shownAttribute]));
      errors.push(describeProblem(resource, key.shownAttribute, shown, `duplicates ${earlier.node.path}: both would create ${key.describe(values.map(readable))}. `
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

/** A value as a person reads it: `${x.app_role_ids["R"]}` is role R, `${type.name.attr}` is "attr of type.name". */
function readable(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const role = /^\$\{[^}]*\.app_role_ids\["([^"]+)"\]\}$/.exec(text);
  if (role) {
    return role[1];
  }
  const reference = /^\$\{((?:data\.)?[a-z0-9_]+\.[^.}\s]+)\.([a-z0-9_]+)\}$/.exec(text);
  return reference ? `${reference[2]} of ${reference[1]}` : text;
}

const REFERENCE = /^\$\{([a-z0-9_]+)\.([^.}\s]+)\.(name|id)\}$/;

/**
 * A value as it identifies an object: a reference to another resource's `name` becomes that resource's
 * configured name (so a reference and the literal name compare equal), a reference to its `id` becomes
 * `<type>:<its own key>`; a literal ARM id of an Automation account becomes the same form.
 */
function canonical(value: unknown, configured: (address: string) => { [name: string]: unknown } | undefined, depth = 0): string {
  if (typeof value !== 'string') {
    return JSON.stringify(value);
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
  const accountId = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Automation\/automationAccounts\/([^/]+)$/i.exec(value);
  if (accountId) {
    return `azurerm_automation_account:${accountId[1]}/${accountId[2]}`;
  }
  return value;
}
