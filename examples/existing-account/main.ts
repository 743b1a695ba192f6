// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/existing-account/main.ts"
import { App } from 'cdktf';
import { ExistingAccountExampleStack } from './stack';

const app = new App();
new ExistingAccountExampleStack(app, 'exo-existing-account');
app.synth();
