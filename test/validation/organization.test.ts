// lib/validation/organization.ts: the -Organization value must be the tenant's <name>.onmicrosoft.com
// domain, at synth for a literal and, through organizationFormatCondition, at plan time for a variable
// (test/entra/tenant-domains.test.ts has Terraform evaluate the two on the same cases).
import { ORGANIZATION_RULE, organizationFormatCondition, requireOrganization } from '../../lib/validation/organization';

describe('requireOrganization', () => {
  test.each([
    ['contoso.onmicrosoft.com'], ['Contoso.OnMicrosoft.COM'], ['a.onmicrosoft.com'], ['contoso-eu-01.onmicrosoft.com'], [`${'a'.repeat(63)}.onmicrosoft.com`],
  ])('accepts %j', (value) => {
    expect(requireOrganization('f', 'organization', value)).toBe(value);
  });

  test.each([
    ['contoso.com'], ['mail.contoso.onmicrosoft.com'], ['-contoso.onmicrosoft.com'], ['contoso-.onmicrosoft.com'], [`${'a'.repeat(64)}.onmicrosoft.com`],
    ['.onmicrosoft.com'], ['contoso.onmicrosoft.com.evil.example'], ['contoso_eu.onmicrosoft.com'], ['contoso.onmicrosoftXcom'],
  ])('refuses %j with the rule', (value) => {
    expect(() => requireOrganization('f', 'organization', value)).toThrow(`f: organization ${JSON.stringify(value)} ${ORGANIZATION_RULE}`);
  });

  test('the rule names the form and the command that needs it', () => {
    expect(ORGANIZATION_RULE).toBe('must be the tenant\'s initial domain, <name>.onmicrosoft.com (e.g. contoso.onmicrosoft.com), as Connect-ExchangeOnline -Organization expects');
  });
});

describe('organizationFormatCondition', () => {
  test('compares the lower-cased expression with the rule and bounds its length at 63 + 16 characters', () => {
    expect(organizationFormatCondition('var.organization')).toBe(
      'can(regex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?[.]onmicrosoft[.]com$", lower(var.organization))) && try(length(var.organization) <= 79, false)');
  });

  test('the pattern it writes has no brace (cdktf would end the expression there) and no backslash to escape', () => {
    const condition = organizationFormatCondition('x');
    expect(condition).not.toMatch(/[{}\\]/);
  });

  test('its regular expression agrees with requireOrganization on lower-case domains', () => {
    const pattern = new RegExp(/regex\("([^"]+)"/.exec(organizationFormatCondition('x'))![1]);
    const cases = ['contoso.onmicrosoft.com', 'a.onmicrosoft.com', 'contoso-eu.onmicrosoft.com', 'contoso.com', '-a.onmicrosoft.com', 'a-.onmicrosoft.com', 'a_b.onmicrosoft.com'];
    for (const value of cases) {
      let accepted = true;
      try {
        requireOrganization('f', 'organization', value);
      } catch {
        accepted = false;
      }
      expect([value, pattern.test(value)]).toEqual([value, accepted]);
    }
  });
});
