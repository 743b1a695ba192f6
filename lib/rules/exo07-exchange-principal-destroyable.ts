// EXO7 (PolicyRule.EXCHANGE_PRINCIPAL_DESTROYABLE): a managed service principal of Office 365 Exchange
// Online must have prevent_destroy, or terraform destroy deletes the tenant's own.
import { TerraformResource } from 'cdktf';
import { PolicySeverity } from './policy-severity';
import { Rule } from './rule';
import { EXCHANGE_ONLINE_APP_ID } from '../reference/well-known-ids';
import { resolveIn } from '../terraform/resolve';
import { argumentOf } from '../terraform/resource-arguments';

export const EXCHANGE_PRINCIPAL_DESTROYABLE_RULE: Rule = {
  id: 'EXO7', severity: PolicySeverity.ERROR, source: 'policy', appliesTo: ['azuread_service_principal'],
  description: `An azuread_service_principal for Office 365 Exchange Online (${EXCHANGE_ONLINE_APP_ID}) has no prevent_destroy; terraform destroy would delete the tenant's Exchange Online service principal.`,
  summary: 'an `azuread_service_principal` for Office 365 Exchange Online without `prevent_destroy`',
  check: (node) => {
    const principal = node as TerraformResource;
    const clientId = resolveIn(node, argumentOf(principal, 'clientId'));
    const exchange = typeof clientId === 'string' && clientId.toLowerCase() === EXCHANGE_ONLINE_APP_ID;
    return exchange && principal.lifecycle?.preventDestroy !== true ? [`client_id: ${clientId}`] : [];
  },
};
