// ExchangeOnlineAutomation's outputs have names a pipeline can use: <construct id>_principal_id,
// <construct id>_client_id (user-assigned identities) and <construct id>_connect_command.
import { EntraRole, ExchangeOnlineAutomation, UserAssignedIdentity } from '../../lib';
import { newStackWithProviders, synthJson } from '../support/helpers';

const EXO = { organization: 'contoso.onmicrosoft.com', resourceGroupName: 'rg', location: 'westeurope', automationAccountName: 'aa-exo-prod', roles: [EntraRole.GLOBAL_READER] };

describe('ExchangeOnlineAutomation outputs', () => {
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
