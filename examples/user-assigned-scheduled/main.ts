// Run with: npx cdktf synth --app "npx ts-node --transpile-only examples/user-assigned-scheduled/main.ts"
import { App } from 'cdktf';
import { UserAssignedScheduledExampleStack } from './stack';

const app = new App();
new UserAssignedScheduledExampleStack(app, 'exo-user-assigned-scheduled');
app.synth();
