// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/virtual-machine/main.ts"
import { App } from 'cdktf';
import { VirtualMachineExampleStack } from './stack';

const app = new App();
new VirtualMachineExampleStack(app, 'exo-virtual-machine');
app.synth();
