// The default app: what `npx cdktf synth` (cdktf.json) builds.
import { App } from 'cdktf';
import { CoreConstructsStack } from './core/stack';

const app = new App();
new CoreConstructsStack(app, 'exo-core');
app.synth();
