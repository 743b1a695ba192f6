// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/adopt-manual-setup/main.ts"
import { App } from 'cdktf';
import { AdoptManualSetupExampleStack } from './stack';

const app = new App();
new AdoptManualSetupExampleStack(app, 'exo-adopt-manual-setup');
app.synth();
