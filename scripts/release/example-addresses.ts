// Prints the Terraform address of every resource and data source of every example (and test-only fixture
// stack) as JSON, { "<example>": ["type.name", ...] }: the same stacks and the same address list as
// test/repository/examples.test.ts (test/repository/example-stacks.ts), so `npm run release:check` compares exactly what the
// tests pin in test/fixtures/example-addresses.json.
//
//   npx ts-node --transpile-only scripts/release/example-addresses.ts
import { Testing } from 'cdktf';
import { CHECKED_STACKS, terraformAddresses } from '../../test/repository/example-stacks';

const addresses: { [example: string]: string[] } = {};
for (const [name, build] of CHECKED_STACKS) {
  addresses[name] = terraformAddresses(JSON.parse(Testing.synth(build(Testing.app()))));
}
process.stdout.write(`${JSON.stringify(addresses, null, 2)}\n`);
