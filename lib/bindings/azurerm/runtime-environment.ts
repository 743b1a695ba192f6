// Typed bindings for two azurerm resources that are newer than the prebuilt @cdktf/provider-azurerm 14
// (which stops at azurerm 4.55). Written over cdktf's generic TerraformResource; each field was checked
// against hashicorp/terraform-provider-azurerm:
//   azurerm_automation_runtime_environment          (added in azurerm 4.57.0, PR #30991)
//     website/docs/r/automation_runtime_environment.html.markdown, automation_runtime_environment_resource.go
//   azurerm_automation_runtime_environment_package  (added in azurerm 4.69.0, PR #32022; CHANGELOG-v4.md)
//     website/docs/r/automation_runtime_environment_package.html.markdown, ..._package_resource.go
// @cdktn/provider-azurerm 16 (azurerm 4.73) has generated classes for both; the package keeps these so that
// one source serves cdktf and CDK Terrain (test/repository/provider-schemas.test.ts checks every argument against the
// 4.73 bindings).
import { TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { Arguments, elementConfig, HandWrittenResource } from '../hand-written';

/**
 * Arguments of `azurerm_automation_runtime_environment`. Every one but `runtime_default_packages` forces
 * replacement (ForceNew in automation_runtime_environment_resource.go, v4.73.0-v5.2.0).
 * `runtime_default_packages` is updated in place only when packages are added or their versions change:
 * removing a package or renaming one (a key of the old map missing from the new one) also replaces the
 * environment, because the resource's CustomizeDiff calls `rd.ForceNew("runtime_default_packages")` in both
 * cases ("Azure API limitation: Runtime environment packages cannot be removed once added" / "Package
 * names cannot change, only versions can be updated"; the same code from v4.57.0, where the resource was
 * added, to v5.2.0).
 */
export interface AutomationRuntimeEnvironmentConfig extends TerraformMetaArguments {
  /** `name` (required): name of the runtime environment. */
  readonly name: string;
  /** `location` (required): Azure region. */
  readonly location: string;
  /** `automation_account_id` (required): ARM id of the Automation account. */
  readonly automationAccountId: string;
  /** `runtime_language` (required): `PowerShell` or `Python` (case-sensitive). */
  readonly runtimeLanguage: string;
  /** `runtime_version` (required): e.g. `7.4` or `7.6` (azurerm only requires it not to be empty). */
  readonly runtimeVersion: string;
  /**
   * `description` (optional, must not be empty when set).
   * @default - none
   */
  readonly description?: string;
  /**
   * `runtime_default_packages` (optional, PowerShell only): default packages such as `az`, by version.
   * Removing or renaming a package replaces the runtime environment (see above).
   * @default - none
   */
  readonly runtimeDefaultPackages?: { [name: string]: string };
  /**
   * `tags` (optional).
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/** `azurerm_automation_runtime_environment`: a PowerShell or Python runtime (e.g. PowerShell 7.4 or 7.6) for runbooks. */
export class AutomationRuntimeEnvironmentResource extends HandWrittenResource {
  public static readonly tfResourceType = 'azurerm_automation_runtime_environment';

  private readonly config: AutomationRuntimeEnvironmentConfig;

  constructor(scope: Construct, id: string, config: AutomationRuntimeEnvironmentConfig) {
    super(scope, id, elementConfig(AutomationRuntimeEnvironmentResource.tfResourceType, 'azurerm', config));
    this.config = config;
  }

  /** The runtime environment's name, as a reference (what a runbook's `runtime_environment_name` takes). */
  public get name(): string {
    return this.getStringAttribute('name');
  }

  /** ARM id of the runtime environment. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The configured `automation_account_id` (as the prebuilt bindings' `*Input` getters). */
  public get automationAccountIdInput(): string {
    return this.config.automationAccountId;
  }


  protected arguments(): Arguments {
    const c = this.config;
    return {
      name: c.name,
      location: c.location,
      automation_account_id: c.automationAccountId,
      runtime_language: c.runtimeLanguage,
      runtime_version: c.runtimeVersion,
      description: c.description,
      runtime_default_packages: c.runtimeDefaultPackages,
      tags: c.tags,
    };
  }
}

/** Arguments of `azurerm_automation_runtime_environment_package`. All of them force replacement. */
export interface AutomationRuntimeEnvironmentPackageConfig extends TerraformMetaArguments {
  /** `name` (required): the package (module) name, e.g. `ExchangeOnlineManagement`. */
  readonly name: string;
  /** `automation_runtime_environment_id` (required): ARM id of the runtime environment. */
  readonly automationRuntimeEnvironmentId: string;
  /** `content_uri` (required): HTTPS URI of the package, e.g. a PowerShell Gallery `api/v2/package` URL. */
  readonly contentUri: string;
  /**
   * `content_version` (optional): 2 to 4 numeric segments, e.g. `3.9.2`.
   * @default - none
   */
  readonly contentVersion?: string;
}

/** `azurerm_automation_runtime_environment_package`: a module imported into a runtime environment. */
export class AutomationRuntimeEnvironmentPackageResource extends HandWrittenResource {
  public static readonly tfResourceType = 'azurerm_automation_runtime_environment_package';

  private readonly config: AutomationRuntimeEnvironmentPackageConfig;

  constructor(scope: Construct, id: string, config: AutomationRuntimeEnvironmentPackageConfig) {
    super(scope, id, elementConfig(AutomationRuntimeEnvironmentPackageResource.tfResourceType, 'azurerm', config));
    this.config = config;
  }

  /** ARM id of the package. */
  public get id(): string {
    return this.getStringAttribute('id');
  }

  /** The configured `name`. */
  public get nameInput(): string {
    return this.config.name;
  }

  /** The configured `automation_runtime_environment_id`. */
  public get automationRuntimeEnvironmentIdInput(): string {
    return this.config.automationRuntimeEnvironmentId;
  }


  protected arguments(): Arguments {
    const c = this.config;
    return {
      name: c.name,
      automation_runtime_environment_id: c.automationRuntimeEnvironmentId,
      content_uri: c.contentUri,
      content_version: c.contentVersion,
    };
  }
}
