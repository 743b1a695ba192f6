// The default app: what `npx cdktf synth` (cdktf.json) builds. Microsoft's whole procedure for a
// system-assigned identity. The other examples are apps of their own (see each main.ts).
import { App } from 'cdktf';
import { SystemAssignedExampleStack } from './system-assigned/stack';

const app = new App();
new SystemAssignedExampleStack(app, 'exo-system-assigned');
app.synth();
