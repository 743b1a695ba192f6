// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/powershell-7-6/main.ts"
import { App } from 'cdktf';
import { PowerShell76ExampleStack } from './stack';

const app = new App();
new PowerShell76ExampleStack(app, 'exo-powershell-7-6');
app.synth();
