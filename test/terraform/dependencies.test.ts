// depends_on without a stack trace per entry (lib/terraform/dependencies.ts): the same addresses as a
// `dependsOn` config, read at synthesis, and no `fqn` token of the dependency.
import { DataTerraformRemoteState, ITerraformDependable, TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { dependOn } from '../../lib/terraform/dependencies';
import { newStack, synthJson } from '../support/helpers';

const resource = (scope: Construct, id: string, dependsOn?: ITerraformDependable[]) =>
  new TerraformResource(scope, id, { terraformResourceType: 'null_resource', dependsOn });
const dataSource = (scope: Construct, id: string) => new TerraformDataSource(scope, id, { terraformResourceType: 'azuread_domains' });
const dependsOnOf = (stack: TerraformStack, id: string) => synthJson(stack).resource.null_resource[id].depends_on;

describe('dependOn', () => {
  test('writes the depends_on a dependsOn config writes: resource and data source addresses, in order', () => {
    const stack = newStack();
    const first = resource(stack, 'first');
    const domains = dataSource(stack, 'domains');
    resource(stack, 'by-config', [domains, first]).overrideLogicalId('by_config');
    dependOn(resource(stack, 'by-function'), [domains, first]);
    const json = synthJson(stack);
    const byConfig = json.resource.null_resource.by_config.depends_on;
    expect(byConfig).toEqual([expect.stringMatching(/^data\.azuread_domains\.domains$/), expect.stringMatching(/^null_resource\.first$/)]);
    expect(json.resource.null_resource['by-function'].depends_on).toEqual(byConfig);
  });

  test('reads the address when the stack is synthesized, so a later overrideLogicalId counts and stays allowed', () => {
    const stack = newStack();
    const first = resource(stack, 'first');
    dependOn(resource(stack, 'second'), [first]);
    expect(() => first.overrideLogicalId('renamed')).not.toThrow();
    expect(dependsOnOf(stack, 'second')).toEqual(['null_resource.renamed']);
    // cdktf forbids overrideLogicalId once `fqn` was read: synthesizing did not read it.
    expect(() => first.overrideLogicalId('renamed_again')).not.toThrow();
  });

  test('any other dependable resolves through its own fqn, as a dependsOn config resolves it', () => {
    const stack = newStack();
    const state = new DataTerraformRemoteState(stack, 'state', { organization: 'o', workspaces: { name: 'w' } });
    const custom: ITerraformDependable = { fqn: 'module.network' };
    resource(stack, 'by-config', [state, custom]).overrideLogicalId('by_config');
    dependOn(resource(stack, 'by-function'), [state, custom]);
    const json = synthJson(stack);
    expect(json.resource.null_resource['by-function'].depends_on).toEqual(json.resource.null_resource.by_config.depends_on);
    expect(json.resource.null_resource.by_config.depends_on).toEqual(['data.terraform_remote_state.state', 'module.network']);
  });

  test('captures no stack trace, where a dependsOn config captures one per entry', () => {
    const stack = newStack();
    const first = resource(stack, 'first');
    const second = resource(stack, 'second');
    const captures = jest.spyOn(Error, 'captureStackTrace');
    try {
      const before = captures.mock.calls.length;
      dependOn(resource(stack, 'by-function'), [first, second]);
      const byFunction = captures.mock.calls.length - before;
      resource(stack, 'by-config', [first, second]);
      const byConfig = captures.mock.calls.length - before - byFunction;
      resource(stack, 'without');
      const without = captures.mock.calls.length - before - byFunction - byConfig;
      expect(byFunction).toBe(without);
      expect(byConfig).toBe(without + 2);
    } finally {
      captures.mockRestore();
    }
  });

  test('leaves dependsOn unset for no dependencies, as an absent config does', () => {
    const stack = newStack();
    const alone = resource(stack, 'alone');
    dependOn(alone, undefined);
    expect(alone.dependsOn).toBeUndefined();
    expect(dependsOnOf(stack, 'alone')).toBeUndefined();
  });
});
