// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/bootstrap-deployer/main.ts"
import { App } from 'cdktf';
import { BootstrapDeployerExampleStack } from './stack';

const app = new App();
new BootstrapDeployerExampleStack(app, 'exo-bootstrap-deployer');
app.synth();
