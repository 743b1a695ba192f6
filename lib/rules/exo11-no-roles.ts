// EXO11 (PolicyRule.NO_ROLES): the whole procedure with `roles: []` assigns no Microsoft Entra role.
// Recorded by ExchangeOnlineAutomation (lib/exchange/exchange-online-automation.ts).
import { constructRule } from './construct-rule';

export const NO_ROLES_RULE = constructRule({
  id: 'EXO11',
  description: 'roles is empty, so no Microsoft Entra role is assigned here; Connect-ExchangeOnline fails with "The role assigned to application ... isn\'t supported in this scenario" until the identity holds a supported role.',
  appliesTo: ['ExchangeOnlineAutomation'],
  summary: '`roles: []`: no Entra role assigned here',
  raisedBy: '`ExchangeOnlineAutomation`',
});
