// hashicorp/time has no prebuilt cdktf provider package, so a hand-written stack declares the provider
// and `time_sleep` itself, with cdktf's generic classes.
import { TerraformProvider, TerraformResource, TerraformStack } from 'cdktf';

class TimeProvider extends TerraformProvider {
  constructor(stack: TerraformStack) {
    super(stack, 'time', {
      terraformResourceType: 'time',
      terraformProviderSource: 'hashicorp/time',
      terraformGeneratorMetadata: { providerName: 'time', providerVersionConstraint: '>= 0.9.1, < 1.0.0' },
    });
  }
}

/** The stack's time provider, created on first use. */
function timeProvider(stack: TerraformStack): TerraformProvider {
  return (stack.node.tryFindChild('time') as TimeProvider | undefined) ?? new TimeProvider(stack);
}

/** A `time_sleep` that waits `createDuration` when created and again whenever `triggers` change. */
export function addTimeSleep(stack: TerraformStack, id: string, createDuration: string, triggers: { [key: string]: string }): TerraformResource {
  const sleep = new TerraformResource(stack, id, {
    terraformResourceType: 'time_sleep',
    terraformGeneratorMetadata: { providerName: 'time' },
    provider: timeProvider(stack),
  });
  sleep.addOverride('create_duration', createDuration);
  sleep.addOverride('triggers', triggers);
  return sleep;
}
