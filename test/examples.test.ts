// Every example app synthesizes, matches its snapshot (CI never updates snapshots), and carries no
// path of the machine that built it.
import { Testing } from 'cdktf';
import { CoreConstructsStack } from '../examples/core/stack';
import { PowerShell74ExampleStack } from '../examples/powershell-7-4/stack';
import { SystemAssignedExampleStack } from '../examples/system-assigned/stack';
import { UserAssignedScheduledExampleStack } from '../examples/user-assigned-scheduled/stack';
import { VirtualMachineExampleStack } from '../examples/virtual-machine/stack';

const examples: Array<[string, (app: any) => any]> = [
  ['core', (app) => new CoreConstructsStack(app, 'exo-core')],
  ['system-assigned', (app) => new SystemAssignedExampleStack(app, 'exo-system-assigned')],
  ['user-assigned-scheduled', (app) => new UserAssignedScheduledExampleStack(app, 'exo-user-assigned-scheduled')],
  ['powershell-7-4', (app) => new PowerShell74ExampleStack(app, 'exo-powershell-7-4')],
  ['virtual-machine', (app) => new VirtualMachineExampleStack(app, 'exo-virtual-machine')],
];

describe.each(examples)('example %s', (_name, build) => {
  const synthesized = () => Testing.synth(build(Testing.app()));

  test('matches the snapshot', () => {
    expect(synthesized()).toMatchSnapshot();
  });

  test('passes the policy checks (no error annotations)', () => {
    const stack = build(Testing.app());
    Testing.synth(stack);
    const errors = stack.node.findAll().flatMap((c: any) => c.node.metadata.filter((m: any) => m.type === '@cdktf/error'));
    expect(errors.map((m: any) => m.data)).toEqual([]);
  });

  test('is valid Terraform JSON with a portable state path', () => {
    const output = synthesized();
    expect(output).not.toContain(process.cwd());
    expect(JSON.parse(output).terraform.backend.local.path).toMatch(/^terraform\.[\w-]+\.tfstate$/);
  });
});
