// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/powershell-7-4/main.ts"
import { App } from 'cdktf';
import { PowerShell74ExampleStack } from './stack';

const app = new App();
new PowerShell74ExampleStack(app, 'exo-powershell-7-4');
app.synth();
