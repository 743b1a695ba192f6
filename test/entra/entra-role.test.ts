import { EntraRole } from '../../lib';

// Template ids copied from Microsoft's "Microsoft Entra built-in roles" reference
// (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference).
// Written out here a second time on purpose: a typo in lib/ makes this test fail.
const EXPECTED: Array<[EntraRole, string, string]> = [
  [EntraRole.COMPLIANCE_ADMINISTRATOR, 'Compliance Administrator', '17315797-102d-40b4-93e0-432062caca18'],
  [EntraRole.EXCHANGE_ADMINISTRATOR, 'Exchange Administrator', '29232cdf-9323-42fd-ade2-1d097af3e4de'],
  [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR, 'Exchange Recipient Administrator', '31392ffb-586c-42d1-9346-e59415a2cc4e'],
  [EntraRole.GLOBAL_ADMINISTRATOR, 'Global Administrator', '62e90394-69f5-4237-9190-012177145e10'],
  [EntraRole.GLOBAL_READER, 'Global Reader', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451'],
  [EntraRole.HELPDESK_ADMINISTRATOR, 'Helpdesk Administrator', '729827e3-9c14-49f7-bb1b-9608f156bbb8'],
  [EntraRole.SECURITY_ADMINISTRATOR, 'Security Administrator', '194ae4cb-b126-40b2-bd5b-6091b380977d'],
  [EntraRole.SECURITY_READER, 'Security Reader', '5d6b6bb7-de71-4623-b4af-96380a352509'],
];

describe('EntraRole', () => {
  test.each(EXPECTED)('%s has the documented name and template id', (role, displayName, templateId) => {
    expect(role.displayName).toBe(displayName);
    expect(role.templateId).toBe(templateId);
    expect(role.supportedForExchangeOnline).toBe(true);
  });

  test('lists exactly the eight roles Microsoft supports for Exchange Online PowerShell', () => {
    expect(EntraRole.exchangeOnlineSupportedRoles()).toEqual(EXPECTED.map(([role]) => role));
  });

  test('fromTemplateId returns the preset for a known id (in any letter case)', () => {
    expect(EntraRole.fromTemplateId('29232CDF-9323-42FD-ADE2-1D097AF3E4DE', 'whatever')).toBe(EntraRole.EXCHANGE_ADMINISTRATOR);
  });

  test('fromTemplateId builds a custom role that is not marked as supported', () => {
    const role = EntraRole.fromTemplateId('fe930be7-5e62-47db-91af-98c3a49a38b1', 'User Administrator');
    expect(role.templateId).toBe('fe930be7-5e62-47db-91af-98c3a49a38b1');
    expect(role.displayName).toBe('User Administrator');
    expect(role.supportedForExchangeOnline).toBe(false);
  });

  test('fromTemplateId rejects a malformed GUID and an empty name', () => {
    expect(() => EntraRole.fromTemplateId('29232cdf-9323-42fd-ade2', 'Exchange Administrator'))
      .toThrow('EntraRole.fromTemplateId: templateId "29232cdf-9323-42fd-ade2" must be a GUID');
    expect(() => EntraRole.fromTemplateId('fe930be7-5e62-47db-91af-98c3a49a38b1', ''))
      .toThrow('EntraRole.fromTemplateId: displayName "" must not be empty');
  });
});
