// Run with: npx cdktf synth --hcl --app "npx ts-node --transpile-only examples/tenants/main.ts"
// Another tenants file: TENANTS_FILE=path/to/tenants.json npx cdktf synth --hcl --app "..."
import { App } from 'cdktf';
import { DEFAULT_TENANTS_FILE } from './config';
import { addTenantStacks } from './stack';

const app = new App();
addTenantStacks(app, process.env.TENANTS_FILE ?? DEFAULT_TENANTS_FILE);
app.synth();
