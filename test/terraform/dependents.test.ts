// "Wait for this grant" (lib/terraform/dependents.ts): every Terraform resource in the dependents, and below
// them, depends on each of the grant's resources.
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { makeWaitFor } from '../../lib/terraform/dependents';
import { newStack, synthJson } from '../support/helpers';

const resource = (scope: Construct, id: string) => new TerraformResource(scope, id, { terraformResourceType: 'null_resource' });

describe('makeWaitFor', () => {
  test('every resource in and below the dependents depends on each dependency, once, and no dependency on itself', () => {
    const stack = newStack();
    const grant = new Construct(stack, 'grant');
    const first = resource(grant, 'first');
    const second = resource(grant, 'second');
    const runbook = new Construct(stack, 'runbook');
    resource(runbook, 'job');
    resource(new Construct(runbook, 'inner'), 'schedule');
    const other = resource(stack, 'other');
    const alone = resource(stack, 'alone');
    makeWaitFor(stack, [first, second], [runbook, other, grant]);
    makeWaitFor(stack, [first, second], [runbook]);
    const resources = synthJson(stack).resource.null_resource;
    const dependsOn = (id: string) => Object.entries<any>(resources).find(([name]) => name.startsWith(id))![1].depends_on;
    const both = [expect.stringMatching(/^\$\{null_resource\.grant_first_\w+\}$/), expect.stringMatching(/^\$\{null_resource\.grant_second_\w+\}$/)];
    expect(dependsOn('runbook_job')).toEqual(both);
    expect(dependsOn('runbook_inner_schedule')).toEqual(both);
    expect(dependsOn('other')).toEqual(both);
    expect(dependsOn('grant_first')).toBeUndefined();
    expect(dependsOn('grant_second')).toBeUndefined();
    expect(alone.dependsOn).toBeUndefined();
  });

  test('keeps the dependencies a resource had', () => {
    const stack = newStack();
    const grant = resource(stack, 'grant');
    const job = resource(stack, 'job');
    job.dependsOn = ['null_resource.before'];
    makeWaitFor(stack, [grant], [job]);
    expect(job.dependsOn).toEqual(['null_resource.before', grant.fqn]);
  });

  test.each([
    ['a string', 'runbook', '"runbook"'],
    ['nothing', undefined, '(missing)'],
    ['an object that is not a construct', { node: {} }, '{"node":{}}'],
  ])('refuses a dependent that is %s', (_what, dependent, shown) => {
    const stack = newStack();
    expect(() => makeWaitFor(stack, [resource(stack, 'grant')], [dependent as any]))
      .toThrow(`test: applyBefore() dependents ${shown} must be constructs (e.g. a runbook or a resource) that wait for this grant`);
  });
});
