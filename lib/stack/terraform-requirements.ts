// The Terraform and provider versions a stack needs, emitted as ranges.
//
// Each range admits every release in which every resource and attribute this package writes exists and
// means the same; a feature raises the floor where it needs a newer release. The names are checked by
// test against each provider's documentation at the releases named (test/fixtures/provider-docs.json,
// extracted by scripts/provider-docs.js from hashicorp/terraform-provider-azurerm website/docs/,
// terraform-provider-azuread docs/, terraform-provider-time website/docs/r/ up to 0.7.2 and docs/resources/
// from 0.8.0) and against the generated bindings' schemas (test/repository/provider-schemas.test.ts):
// - azurerm >= 4.0.0, < 6.0.0: every argument of azurerm_automation_account, _module,
//   _powershell72_module, _runbook (runbook_type "PowerShell72" included), _schedule, _job_schedule,
//   azurerm_user_assigned_identity, azurerm_management_lock, azurerm_role_assignment and
//   azurerm_resource_group is documented in 4.0.0, 4.75.0, 5.0.0 and 5.2.0.
//   The PowerShell 7.4 resources are newer: azurerm_automation_runtime_environment is documented from
//   4.57.0, the runbook's runtime_environment_name from 4.59.0, azurerm_automation_runtime_environment_package
//   from 4.69.0. A 7.4 or 7.6 runtime raises the floor to 4.75.0 (lib/automation/runtime-environment.ts;
//   the README's Compatibility section says why), and all three are documented in 4.75.0, 5.0.0 and 5.2.0.
//   7.6 needs no later floor: `runtime_version` is validation.StringIsNotEmpty (no list of versions) in
//   every release from 4.57.0 to 5.2.0 (automation_runtime_environment_resource.go).
//   The 5.0 upgrade guide (website/docs/guides/5.0-upgrade-guide.html.markdown) removes nothing we write
//   (for azurerm_automation_account it removes `encryption.key_source`, which we never set).
// - azuread >= 3.0.0, < 4.0.0: app_role_assignment, directory_role_assignment, service_principal and the
//   service_principal / domains data sources have every argument and attribute we use in 3.0.0 and 3.9.0
//   (3.0.0 renamed `application_id` to `client_id`, which we use).
// - time >= 0.5.0, < 1.0.0: `time_sleep` with `create_duration` and `triggers` is new in 0.5.0 (CHANGELOG)
//   and documented in 0.5.0 and 0.14.0.
//
// A constraint the user set on the stack (`stack.addOverride('terraform.required_providers.azurerm.version', ...)`)
// is never replaced: where it admits no release with a feature, synth fails naming the feature and the
// versions it needs; where it also admits older releases, a warning says so (rule EXO15, which
// PolicySuppressions accepts).
import { IAspect, Aspects, TerraformDataSource, TerraformElement, TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import {
  compareVersions, constraintInterval, formatInterval, intersect, parseVersion, Version, VersionInterval, within,
} from '../terraform/version-constraints';
import { reportFinding } from '../rules/report';
import { VERSION_CONSTRAINT_TOO_WIDE_RULE } from '../rules/exo15-version-constraint-too-wide';
import { ConfigurationError, internalError } from '../validation/errors';

interface ProviderBase {
  readonly source: string;
  readonly floor: string;
  readonly ceiling: string;
}

/** The base range of each provider this package writes resources for (see the header for the evidence). */
const PROVIDERS: { [name: string]: ProviderBase } = {
  azurerm: { source: 'hashicorp/azurerm', floor: '4.0.0', ceiling: '6.0.0' },
  azuread: { source: 'hashicorp/azuread', floor: '3.0.0', ceiling: '4.0.0' },
  time: { source: 'hashicorp/time', floor: '0.5.0', ceiling: '1.0.0' },
};

/** Terraform 1.2 added `postcondition` blocks, which every stack of this package may carry. */
const TERRAFORM_BASE = { floor: '1.2.0', feature: 'plan-time postconditions (lifecycle postcondition blocks)' };

interface Need {
  readonly floor: Version;
  readonly feature: string;
}

/** One per stack: collects what the stack's constructs need and writes the constraints at synth. */
export class TerraformRequirements implements IAspect {
  /**
   * The stack's requirements, created (and registered as an aspect of the stack) on first use. `aspectFor`
   * gives the aspect registered for a new instance in its place: one that visits for it as well (the
   * stack's checks do, so cdktf walks the tree for one aspect rather than two; issue 17).
   */
  public static of(scope: IConstruct, aspectFor: (requirements: TerraformRequirements) => IAspect = (requirements) => requirements): TerraformRequirements {
    const stack = TerraformStack.of(scope);
    let requirements = INSTANCES.get(stack);
    if (!requirements) {
      requirements = new TerraformRequirements(stack);
      INSTANCES.set(stack, requirements);
      Aspects.of(stack).add(aspectFor(requirements));
    }
    return requirements;
  }

  private readonly providerNeeds = new Map<string, Need[]>();
  private readonly terraformNeeds: Need[] = [];
  /** What this object wrote into the stack's overrides, to tell it apart from what the user wrote. */
  private readonly written = new Map<string, string>();

  private constructor(private readonly stack: TerraformStack) {}

  /** Raises the floor of `provider` for `feature`. */
  public requireProvider(provider: string, minimumVersion: string, feature: string): void {
    if (!PROVIDERS[provider]) {
      internalError(`TerraformRequirements: unknown provider ${provider}`);
    }
    const needs = this.providerNeeds.get(provider) ?? [];
    needs.push({ floor: parseVersion(minimumVersion), feature });
    this.providerNeeds.set(provider, needs);
  }

  /** Raises the floor of Terraform itself (`required_version`) for `feature`. */
  public requireTerraform(minimumVersion: string, feature: string): void {
    this.terraformNeeds.push({ floor: parseVersion(minimumVersion), feature });
  }

  /** Writes the constraints when the stack is synthesized (an aspect; acts on the stack node only). */
  public visit(node: IConstruct): void {
    if (node !== this.stack) {
      return;
    }
    const elements = this.stack.node.findAll().filter((c): c is TerraformElement =>
      TerraformResource.isTerraformResource(c) || TerraformDataSource.isTerraformDataSource(c) || TerraformProvider.isTerraformProvider(c));
    const used = new Set<string>();
    const declared = new Set<string>();
    for (const element of elements) {
      // A provider's type is its name (`azurerm`); a resource's or data source's starts with it (`azurerm_...`).
      const type = (element as TerraformResource).terraformResourceType;
      if (TerraformProvider.isTerraformProvider(element)) {
        declared.add(type);
      } else {
        used.add(type.split('_')[0]);
      }
    }
    for (const [provider, base] of Object.entries(PROVIDERS)) {
      if (!used.has(provider) && !this.providerNeeds.has(provider)) {
        continue;
      }
      const needs: Need[] = [{ floor: parseVersion(base.floor), feature: 'this package\'s resources' }, ...(this.providerNeeds.get(provider) ?? [])];
      const path = `terraform.required_providers.${provider}.version`;
      this.apply(path, provider, needs, parseVersion(base.ceiling));
      if (!declared.has(provider)) {
        // No provider block names it (e.g. azuread in a CDK Terrain project): Terraform still needs its source.
        this.stack.addOverride(`terraform.required_providers.${provider}.source`, base.source);
      }
    }
    if (this.terraformNeeds.length > 0) {
      this.apply('terraform.required_version', 'Terraform', [
        { floor: parseVersion(TERRAFORM_BASE.floor), feature: TERRAFORM_BASE.feature }, ...this.terraformNeeds,
      ], undefined);
    }
  }

  /** Emits the range for `needs`, or checks the user's constraint at `path` against it. */
  private apply(path: string, what: string, needs: Need[], ceiling: Version | undefined): void {
    const highest = needs.reduce((a, b) => (compareVersions(b.floor, a.floor) > 0 ? b : a));
    const needed: VersionInterval = { lower: highest.floor, upper: ceiling };
    const range = formatInterval(needed);
    const current = readOverride(this.stack, path);
    if (current === undefined || current === this.written.get(path)) {
      this.stack.addOverride(path, range);
      this.written.set(path, range);
      return;
    }
    // The user's own constraint: kept as it is, and checked.
    const features = needs.map((need) => `${need.feature} (>= ${need.floor.join('.')})`).join('; ');
    const admitted = typeof current === 'string' ? constraintInterval(current) : undefined;
    if (admitted === undefined) {
      throw new ConfigurationError(`${this.stack.node.path}: ${path} ${JSON.stringify(current)} must be a Terraform version constraint such as "${range}"`);
    }
    if (intersect(admitted, needed) === undefined) {
      throw new ConfigurationError(`${this.stack.node.path}: ${path} "${current}" admits no ${what} release that this stack can use: `
        + `${highest.feature} needs ${what} ${range}. Widen the constraint, or remove it to let the package set "${range}"`);
    }
    if (!within(admitted, needed)) {
      // Reported here rather than recorded for the stack's checks: a stack can have requirements (an
      // ApiServicePrincipal made on its own) without them.
      reportFinding(this.stack, VERSION_CONSTRAINT_TOO_WIDE_RULE, `${this.stack.node.path}: ${path} "${current}" also admits ${what} releases outside ${range}, `
        + `which this stack needs for ${features}; terraform init may pick one that fails`, true);
    }
  }
}

const INSTANCES = new WeakMap<TerraformStack, TerraformRequirements>();

/** The value at a dotted path of the stack's raw overrides, if any. */
function readOverride(stack: TerraformStack, path: string): unknown {
  let current: unknown = (stack as unknown as { rawOverrides?: unknown }).rawOverrides;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as { [key: string]: unknown })[key];
  }
  return current;
}
