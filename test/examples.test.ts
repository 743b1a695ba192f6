// Every example app synthesizes, matches its snapshot (CI never updates snapshots), and carries no
// path of the machine that built it.
import { Testing } from 'cdktf';
import { CoreConstructsStack } from '../examples/core/stack';

const examples: Array<[string, (app: any) => any]> = [
  ['core', (app) => new CoreConstructsStack(app, 'exo-core')],
];

describe.each(examples)('example %s', (_name, build) => {
  const synthesized = () => Testing.synth(build(Testing.app()));

  test('matches the snapshot', () => {
    expect(synthesized()).toMatchSnapshot();
  });

  test('is valid Terraform JSON with a portable state path', () => {
    const output = synthesized();
    expect(output).not.toContain(process.cwd());
    expect(JSON.parse(output).terraform.backend.local.path).toMatch(/^terraform\.[\w-]+\.tfstate$/);
  });
});
