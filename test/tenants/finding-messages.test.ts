// A finding of a tenant's stack in the tenants file's words (lib/tenants/finding-messages.ts): the JSON
// path of the field it is about, the value found instead of the construct's prop, and the suppression to
// add to the tenant instead of the TypeScript fix.
import { TENANTS_FILE } from '../support/tenants-file';
import { EntraRole, TenantsConfig } from '../../lib';
import { findingMessage } from '../../lib/tenants/finding-messages';

const tenant = { ...TenantsConfig.load(TENANTS_FILE).tenants[1], roles: [EntraRole.GLOBAL_READER, EntraRole.GLOBAL_ADMINISTRATOR] };
const codeFix = (ruleId: string) => ` To accept it: PolicySuppressions.add(construct, [{ ruleId: '${ruleId}', reason: '...' }]).`;
const fileFix = (ruleId: string) => ` To accept it, add { "ruleId": "${ruleId}", "reason": "<why, 10 characters or more>" } to tenants[1].suppressions.`;
const message = (constructPath: string, text: string) => findingMessage('tenants.json', 'tenants[1]', tenant, constructPath, text);

describe('findingMessage', () => {
  test('a runbook rule names the runbook\'s field and the value found', () => {
    expect(message('exo-fabrikam/exo/runbook-Get-InactiveMailboxes/schedule',
      `[EXO12] schedule.startTime is less than five minutes ahead. (schedule.startTime: 2020-01-01T06:00:00Z)${codeFix('EXO12')}`))
      .toBe(`tenants.json: tenants[1].runbooks[0].schedule.startTime [EXO12] schedule.startTime is less than five minutes ahead. (found 2020-01-01T06:00:00Z)${fileFix('EXO12')}`);
    expect(message('exo-fabrikam/exo/runbook-Get-InactiveMailboxes', `[EXO14] The script calls Connect-ExchangeOnline itself. (script: Connects.ps1)${codeFix('EXO14')}`))
      .toBe(`tenants.json: tenants[1].runbooks[0].file [EXO14] The script calls Connect-ExchangeOnline itself. (found Connects.ps1)${fileFix('EXO14')}`);
  });

  test('a runbook finding of another rule names the runbook and keeps the detail as it is', () => {
    expect(message('exo-fabrikam/exo/runbook-Get-InactiveMailboxes/job', `[EXO3] No module. (modules: none)${codeFix('EXO3')}`))
      .toBe(`tenants.json: tenants[1].runbooks[0] [EXO3] No module. (modules: none)${fileFix('EXO3')}`);
  });

  test('a role finding names the role by its index in the tenant\'s roles', () => {
    expect(message(`exo-fabrikam/exo/role-${EntraRole.GLOBAL_ADMINISTRATOR.templateId}`, `[EXO6] The identity gets a high-privilege role. (role: Global Administrator)${codeFix('EXO6')}`))
      .toBe(`tenants.json: tenants[1].roles[1] [EXO6] The identity gets a high-privilege role. (role: Global Administrator)${fileFix('EXO6')}`);
  });

  test.each([
    ['EXO11', 'roles', '[EXO11] roles is empty. (roles: [])', '[EXO11] roles is empty. (found [])'],
    ['EXO13', 'exchangeModuleVersion', '[EXO13] A preview release. (tenant.exchangeModuleVersion: 3.9.1-Preview1)', '[EXO13] A preview release. (found 3.9.1-Preview1)'],
    ['EXO16', 'runtime', '[EXO16] The runtime is retired. (runtime: 7.2)', '[EXO16] The runtime is retired. (found 7.2)'],
  ])('%s names the tenant\'s field %s', (ruleId, field, text, expected) => {
    expect(message('exo-fabrikam/exo/account', `${text}${codeFix(ruleId)}`)).toBe(`tenants.json: tenants[1].${field} ${expected}${fileFix(ruleId)}`);
  });

  test('a finding of a rule without a field names the tenant', () => {
    expect(message('exo-fabrikam/exo/account', `[EXO5] Local authentication is enabled. (localAuthenticationEnabled: true)${codeFix('EXO5')}`))
      .toBe(`tenants.json: tenants[1] [EXO5] Local authentication is enabled. (localAuthenticationEnabled: true)${fileFix('EXO5')}`);
  });

  test('a warning that is not a policy finding names the tenant and offers no suppression', () => {
    expect(message('exo-fabrikam/exo/runbook-Other', 'Something to know.')).toBe('tenants.json: tenants[1] Something to know.');
  });
});
