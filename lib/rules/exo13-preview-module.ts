// EXO13 (PolicyRule.PREVIEW_MODULE): a preview ExchangeOnlineManagement version is imported.
// Recorded by ExchangeOnlineModuleImport and ExchangeOnlineAutomation (lib/exchange/exchange-module-checks.ts).
import { constructRule } from './construct-rule';

export const PREVIEW_MODULE_RULE = constructRule({
  id: 'EXO13',
  description: 'The ExchangeOnlineManagement version is a preview release; Microsoft recommends General Availability versions for production runbooks.',
  appliesTo: ['ExchangeOnlineModuleImport', 'ExchangeOnlineAutomation'],
  summary: 'a preview ExchangeOnlineManagement version',
  raisedBy: 'module imports',
});
