// The tenants example through the package's own command (what an ops team runs, with no TypeScript):
//   npx exo-tenants synth examples/tenants/tenants.json [--hcl]
// or, the same from this repository:
//   npx cdktf synth --hcl --app "npx ts-node --transpile-only examples/tenants/main.ts"
// Another tenants file: TENANTS_FILE=path/to/tenants.json npx cdktf synth --hcl --app "..."
import * as path from 'path';
import { App } from 'cdktf';
import { TenantStacks } from '../../lib';

export const DEFAULT_TENANTS_FILE = path.join(__dirname, 'tenants.json');

if (require.main === module) {
  const app = new App();
  TenantStacks.fromFile(app, process.env.TENANTS_FILE ?? DEFAULT_TENANTS_FILE);
  app.synth();
}
