// Microsoft Entra ID replicates a new service principal asynchronously. A grant or role assignment made
// right after the identity is created can fail with
//   "Request_ResourceNotFound: Resource '<id>' does not exist or one of its queried reference-property
//    objects are not present"
// (hashicorp/terraform-provider-azuread issues #1035, #699, #1654; #1654 shows it for directory role
// assignments on azuread 3.x, whose create does not retry). So grants on an identity created in the same
// stack wait for a `time_sleep` (hashicorp/time) keyed to the principal id: it runs once when the
// identity is created and again only if the principal changes, so a later apply does not wait.
import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** How long grants wait after a new identity is created. */
export const ENTRA_REPLICATION_WAIT = '60s';

/** The hashicorp/time provider, added once per stack. */
class TimeProvider extends TerraformProvider {
  public static of(scope: Construct): TimeProvider {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild('hashicorp-time') as TimeProvider | undefined;
    return existing ?? new TimeProvider(stack, 'hashicorp-time');
  }

  private constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: 'time',
      terraformProviderSource: 'hashicorp/time',
      // The version constraint comes from TerraformRequirements (lib/stack/terraform-requirements.ts).
      terraformGeneratorMetadata: { providerName: 'time' },
    });
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return {};
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return {};
  }
}

/** `time_sleep` with `create_duration` and `triggers`. */
class TimeSleep extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly createDuration: string, private readonly triggers: { [key: string]: string }) {
    super(scope, id, {
      terraformResourceType: 'time_sleep',
      terraformGeneratorMetadata: { providerName: 'time' },
    });
    // The provider has no alias, so resources use its default configuration without a `provider`
    // argument (which cdktf's HCL output would write as a deprecated quoted reference).
    TimeProvider.of(scope);
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { create_duration: this.createDuration, triggers: this.triggers };
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return {
      create_duration: { value: this.createDuration, isBlock: false, type: 'simple', storageClassType: 'string' },
      triggers: { value: this.triggers, isBlock: false, type: 'map', storageClassType: 'stringMap' },
    };
  }
}

/** Waits after an identity is created, before anything grants to it. */
export class EntraReplicationWait extends Construct {
  /** The `time_sleep` resource that grants and role assignments depend on. */
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, principalId: string) {
    super(scope, id);
    this.resource = new TimeSleep(this, 'sleep', ENTRA_REPLICATION_WAIT, { principal_id: principalId });
  }
}
