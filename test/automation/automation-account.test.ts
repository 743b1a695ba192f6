import { AutomationAccountWithIdentity, ManagedIdentityKind, UserAssignedIdentity } from '../../lib';
import { newStack, onlyResource, rendered, resourcesOf, synthJson } from '../support/helpers';

const base = { name: 'aa-exo-prod', resourceGroupName: 'rg-exo', location: 'westeurope' };
const identityProps = { resourceGroupName: 'rg-exo', location: 'westeurope' };

describe('AutomationAccountWithIdentity', () => {
  test('defaults: system-assigned identity, local authentication off, Basic SKU', () => {
    const stack = newStack();
    const account = new AutomationAccountWithIdentity(stack, 'account', base);
    const resource = onlyResource(synthJson(stack), 'azurerm_automation_account');
    expect(resource).toMatchObject({
      name: 'aa-exo-prod',
      resource_group_name: 'rg-exo',
      location: 'westeurope',
      sku_name: 'Basic',
      local_authentication_enabled: false,
      public_network_access_enabled: true,
      identity: { type: 'SystemAssigned' },
    });
    expect(resource.identity.identity_ids).toBeUndefined();
    expect(account.identity).toBe(account.systemAssignedIdentity);
    expect(account.identity.kind).toBe(ManagedIdentityKind.SYSTEM_ASSIGNED);
    expect(account.identity.clientId).toBeUndefined();
    expect(rendered(stack, account.identity.principalId))
      .toMatch(/^\$\{azurerm_automation_account\.[^.]+\.identity\[0\]\.principal_id\}$/);
  });

  test('user-assigned only: type UserAssigned, identity_ids lists the ARM ids, no system identity', () => {
    const stack = newStack();
    const identity = new UserAssignedIdentity(stack, 'identity', { ...identityProps, name: 'id-exo' });
    const account = new AutomationAccountWithIdentity(stack, 'account', { ...base, userAssignedIdentities: [identity] });
    const json = synthJson(stack);
    const resource = onlyResource(json, 'azurerm_automation_account');
    const identityId = Object.keys(resourcesOf(json, 'azurerm_user_assigned_identity'))[0];
    expect(resource.identity).toEqual({
      type: 'UserAssigned',
      identity_ids: [`\${azurerm_user_assigned_identity.${identityId}.id}`],
    });
    expect(account.systemAssignedIdentity).toBeUndefined();
    expect(account.identity).toBe(identity);
  });

  test('both kinds: "SystemAssigned, UserAssigned"; runbooks use the system identity unless runbookIdentity says otherwise', () => {
    const stack = newStack();
    const first = new UserAssignedIdentity(stack, 'first', { ...identityProps, name: 'id-first' });
    const second = new UserAssignedIdentity(stack, 'second', { ...identityProps, name: 'id-second' });
    const both = new AutomationAccountWithIdentity(stack, 'both', {
      ...base, systemAssignedIdentity: true, userAssignedIdentities: [first, second],
    });
    const chosen = new AutomationAccountWithIdentity(stack, 'chosen', {
      ...base, name: 'aa-exo-chosen', userAssignedIdentities: [first, second], runbookIdentity: second,
    });
    const userOnly = new AutomationAccountWithIdentity(stack, 'user-only', {
      ...base, name: 'aa-exo-user', userAssignedIdentities: [first, second],
    });
    const accounts = Object.values(resourcesOf(synthJson(stack), 'azurerm_automation_account')) as any[];
    expect(accounts.map((a) => a.identity.type)).toEqual(['SystemAssigned, UserAssigned', 'UserAssigned', 'UserAssigned']);
    expect(both.identity).toBe(both.systemAssignedIdentity);
    expect(chosen.identity).toBe(second);
    expect(userOnly.identity).toBe(first);
  });

  test('local authentication and public network access follow the props', () => {
    const stack = newStack();
    new AutomationAccountWithIdentity(stack, 'account', { ...base, localAuthenticationEnabled: true, publicNetworkAccessEnabled: false, tags: { env: 'prod' } });
    expect(onlyResource(synthJson(stack), 'azurerm_automation_account')).toMatchObject({
      local_authentication_enabled: true, public_network_access_enabled: false, tags: { env: 'prod' },
    });
  });

  const nameRule = 'must be 6-50 letters, digits or hyphens, starting with a letter or digit and ending with a letter or digit';
  test.each([['ab'], ['abcde'], ['-abcdef'], ['abcdef-'], ['abc_def'], ['a'.repeat(51)], ['']])('rejects the account name %j', (name) => {
    const message = name === '' ? 'test/account: name "" must not be empty' : `test/account: name ${JSON.stringify(name)} ${nameRule}`;
    expect(() => new AutomationAccountWithIdentity(newStack(), 'account', { ...base, name })).toThrow(message);
  });

  test.each([['abcdef'], ['1-automation'], ['a'.repeat(50)]])('accepts the account name %j', (name) => {
    expect(() => new AutomationAccountWithIdentity(newStack(), 'account', { ...base, name })).not.toThrow();
  });

  test('rejects an account with no identity at all', () => {
    expect(() => new AutomationAccountWithIdentity(newStack(), 'account', { ...base, systemAssignedIdentity: false, userAssignedIdentities: [] }))
      .toThrow('test/account: userAssignedIdentities [] must list at least one identity when systemAssignedIdentity is false');
  });

  test('rejects a resource group name that ends with a period', () => {
    expect(() => new AutomationAccountWithIdentity(newStack(), 'account', { ...base, resourceGroupName: 'rg.' }))
      .toThrow('test/account: resourceGroupName "rg." must be 1-90 letters, digits, underscores, hyphens, periods or parentheses, and must not end with a period');
  });
});
