// ExchangeOnlineAutomation's outputs have names a pipeline can use: <construct id>_principal_id,
// <construct id>_client_id (user-assigned identities) and <construct id>_connect_command.
import { App } from 'cdktf';
import { readFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EntraRole, ExchangeOnlineAutomation, UserAssignedIdentity } from '../../lib';
import { SystemAssignedExampleStack } from '../../examples/system-assigned/stack';
import { newStackWithProviders, synthJson } from '../helpers';

const EXO = { organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };

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

  test('a user-assigned identity adds <id>_client_id; outputNames lists all three', () => {
    const stack = newStackWithProviders();
    const identity = new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg', location: 'westeurope' });
    const exo = new ExchangeOnlineAutomation(stack, 'mail-ops', { ...EXO, userAssignedIdentity: identity });
    expect(exo.outputNames).toEqual(['mail-ops_principal_id', 'mail-ops_client_id', 'mail-ops_connect_command']);
    const output = synthJson(stack).output;
    expect(Object.keys(output).sort()).toEqual(['mail-ops_client_id', 'mail-ops_connect_command', 'mail-ops_principal_id']);
    expect(output['mail-ops_client_id'].value).toMatch(/^\$\{azurerm_user_assigned_identity\.identity_resource_\w+\.client_id\}$/);
    expect(output['mail-ops_connect_command'].value).toContain('-ManagedIdentityAccountId ${azurerm_user_assigned_identity.');
  });

  test('an id that cannot name a Terraform output is refused', () => {
    const stack = newStackWithProviders();
    expect(() => new ExchangeOnlineAutomation(stack, '1st exo', EXO))
      .toThrow('test/1st exo: id "1st exo" must start with a letter or underscore and contain only letters, digits, underscores and hyphens');
  });
});
