// The rules about directory roles (lib/entra/role-rules.ts) that EntraRoleBinding, ExchangeOnlineAutomation
// and the tenants checks share: each role an EntraRole, none twice, Global Administrator only when acknowledged.
import { EntraRole } from '../../lib';
import { checkRoleList, globalAdministratorRefusal, RoleListWording } from '../../lib/entra/role-rules';

const REFUSAL = 'is refused by default: Global Administrator gives the identity full control of the tenant. Use a least-privilege role '
  + '(Exchange Recipient Administrator, Exchange Administrator, Global Reader) or set acknowledgeGlobalAdministratorGrantsFullTenantControl: true';
const WORDING: RoleListWording = { propOf: (index) => `roles[${index}]`, expected: 'an EntraRole, e.g. EntraRole.GLOBAL_READER' };

describe('globalAdministratorRefusal', () => {
  test('refuses Global Administrator (also when made from its template id) unless acknowledged with true', () => {
    const byTemplateId = EntraRole.fromTemplateId(EntraRole.GLOBAL_ADMINISTRATOR.templateId, 'Company Administrator');
    for (const role of [EntraRole.GLOBAL_ADMINISTRATOR, byTemplateId]) {
      expect(globalAdministratorRefusal(role, undefined)).toBe(REFUSAL);
      expect(globalAdministratorRefusal(role, false)).toBe(REFUSAL);
      expect(globalAdministratorRefusal(role, true)).toBeUndefined();
    }
  });

  test('allows every other role', () => {
    expect(globalAdministratorRefusal(EntraRole.EXCHANGE_ADMINISTRATOR, undefined)).toBeUndefined();
    expect(globalAdministratorRefusal(EntraRole.SECURITY_ADMINISTRATOR, false)).toBeUndefined();
  });
});

describe('checkRoleList', () => {
  test('accepts distinct EntraRole values, and an empty list', () => {
    expect(() => checkRoleList('exo', [EntraRole.GLOBAL_READER, EntraRole.EXCHANGE_ADMINISTRATOR], undefined, WORDING)).not.toThrow();
    expect(() => checkRoleList('exo', [], undefined, WORDING)).not.toThrow();
  });

  test('a value that is not an EntraRole is refused with what is expected, at its prop', () => {
    expect(() => checkRoleList('exo', [EntraRole.GLOBAL_READER, 'Global Reader'], undefined, WORDING))
      .toThrow('exo: roles[1] "Global Reader" must be an EntraRole, e.g. EntraRole.GLOBAL_READER');
  });

  test('the same role twice is refused by template id, in any case', () => {
    const custom = EntraRole.fromTemplateId('abcdef12-3456-7890-abcd-ef1234567890', 'Mail Custom');
    const again = EntraRole.fromTemplateId('ABCDEF12-3456-7890-ABCD-EF1234567890', 'Mail Custom Again');
    expect(() => checkRoleList('exo', [custom, again], undefined, WORDING))
      .toThrow('exo: roles[1] "Mail Custom Again" must not list the same role twice');
  });

  test('Global Administrator needs the acknowledgement; where it is set is added when the wording says', () => {
    expect(() => checkRoleList('exo', [EntraRole.GLOBAL_ADMINISTRATOR], false, WORDING)).toThrow(`exo: roles[0] "Global Administrator" ${REFUSAL}`);
    expect(() => checkRoleList('tenants.json', [EntraRole.GLOBAL_ADMINISTRATOR], undefined, { ...WORDING, acknowledgedOn: 'tenants[1]' }))
      .toThrow(`tenants.json: roles[0] "Global Administrator" ${REFUSAL} on tenants[1]`);
    expect(() => checkRoleList('exo', [EntraRole.GLOBAL_ADMINISTRATOR], true, WORDING)).not.toThrow();
  });

  test('by default the first problem throws; `each` sees every role\'s check and can collect them all', () => {
    const roles = ['x', EntraRole.GLOBAL_READER, EntraRole.GLOBAL_READER, EntraRole.GLOBAL_ADMINISTRATOR];
    expect(() => checkRoleList('exo', roles, undefined, WORDING)).toThrow('exo: roles[0] "x" must be');
    const found: string[] = [];
    checkRoleList('exo', roles, undefined, {
      ...WORDING,
      each: (index, check) => {
        try {
          check();
        } catch (error) {
          found.push(`${index}: ${(error as Error).message}`);
        }
      },
    });
    expect(found).toEqual([
      '0: exo: roles[0] "x" must be an EntraRole, e.g. EntraRole.GLOBAL_READER',
      '2: exo: roles[2] "Global Reader" must not list the same role twice',
      `3: exo: roles[3] "Global Administrator" ${REFUSAL}`,
    ]);
  });
});
