// EXO5 (PolicyRule.LOCAL_AUTHENTICATION_ENABLED): an Automation account whose runbooks sign in with a
// managed identity needs no shared keys, so local authentication must be off.
import { TerraformResource } from 'cdktf';
import { PolicySeverity } from './policy-severity';
import { Rule } from './rule';
import { resolveIn } from '../terraform/resolve';
import { argumentOf } from '../terraform/resource-arguments';

export const LOCAL_AUTHENTICATION_ENABLED_RULE: Rule = {
  id: 'EXO5', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azurerm_automation_account'],
  description: 'The Automation account has local authentication (shared keys) enabled; a managed identity needs none, so turn it off (localAuthenticationEnabled: false).',
  summary: 'an Automation account with local authentication on (including the provider\'s default of `true`)',
  // The provider's default for local_authentication_enabled is true.
  check: (node) => resolveIn(node, argumentOf(node as TerraformResource, 'localAuthenticationEnabled')) === false ? [] : ['local_authentication_enabled'],
};
