// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/core/main.ts"
import { App } from 'cdktf';
import { CoreConstructsStack } from './stack';

const app = new App();
new CoreConstructsStack(app, 'exo-core');
app.synth();
