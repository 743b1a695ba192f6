// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/system-assigned/main.ts"
import { App } from 'cdktf';
import { SystemAssignedExampleStack } from './stack';

const app = new App();
new SystemAssignedExampleStack(app, 'exo-system-assigned');
app.synth();
