// The default example's outputs (examples/system-assigned): what `terraform output -raw exo_connect_command`
// reads. The outputs of any ExchangeOnlineAutomation are tested in test/exchange/outputs.test.ts.
import { App } from 'cdktf';
import { readFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SystemAssignedExampleStack } from '../../examples/system-assigned/stack';

describe('ExchangeOnlineAutomation outputs', () => {
  test('the default example has exo_connect_command, so `terraform output -raw exo_connect_command` works', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'exo-outputs-'));
    const app = new App({ outdir });
    new SystemAssignedExampleStack(app, 'exo-system-assigned');
    app.synth();
    const json = JSON.parse(readFileSync(join(outdir, 'stacks', 'exo-system-assigned', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(json.output).sort()).toEqual(['exo_connect_command', 'exo_principal_id']);
    expect(json.output.exo_connect_command.value).toBe('Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com');
  });
});
