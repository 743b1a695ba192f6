// A finding of a tenant's stack in the tenants file's words: the JSON path of the field it is about, the
// rule's text without the TypeScript fix, and the suppression to add to the tenant.
import { TenantConfig, TenantRunbookConfig } from './tenants-file';
import { RunbookScheduleOptions } from '../automation/runbook-schedule';

// What a finding's message ends with in code, and the rule id it starts with (lib/rules/report.ts).
const CODE_FIX = /\s*To accept it: PolicySuppressions\.add\(.*\)\.\s*$/s;
const RULE_ID = /^\[(EXO\d+)\]/;
const CODE_DETAIL = / \([\w.[\]]+: ([^()]*)\)$/;
// The field of a tenant each rule is about, where it is one field (roles and runbooks are found by path).
const RULE_FIELDS: { [ruleId: string]: keyof TenantConfig } = {
  EXO11: 'roles', EXO13: 'exchangeModuleVersion', EXO16: 'runtime',
};
const RUNBOOK_RULE_FIELDS: { [ruleId: string]: keyof TenantRunbookConfig | `schedule.${keyof RunbookScheduleOptions}` } = {
  EXO12: 'schedule.startTime', EXO14: 'file',
};

/**
 * A finding on `constructPath` in the file's words: the JSON path of the field it is about, the
 * rule's text, and, for a policy rule, the suppression to add to the tenant.
 */
export function findingMessage(file: string, at: string, tenant: TenantConfig, constructPath: string, message: string): string {
  const ruleId = RULE_ID.exec(message)?.[1];
  const parts = constructPath.split('/');
  let where = at;
  const runbook = parts.find((part) => part.startsWith('runbook-'));
  const role = parts.find((part) => part.startsWith('role-'));
  const runbookIndex = runbook === undefined ? -1 : tenant.runbooks.findIndex((r) => `runbook-${r.name}` === runbook);
  const roleIndex = role === undefined ? -1 : tenant.roles.findIndex((r) => `role-${r.templateId}` === role);
  const field = ruleId === undefined ? undefined : runbookIndex >= 0 ? RUNBOOK_RULE_FIELDS[ruleId] : RULE_FIELDS[ruleId];
  if (runbookIndex >= 0) {
    where = `${at}.runbooks[${runbookIndex}]${field ? `.${field}` : ''}`;
  } else if (roleIndex >= 0) {
    where = `${at}.roles[${roleIndex}]`;
  } else if (field !== undefined) {
    where = `${at}.${field}`;
  }
  let text = message.replace(CODE_FIX, '');
  if (field !== undefined) {
    // The finding's detail names the construct's prop (`script: x.ps1`, `tenant.exchangeModuleVersion: ...`);
    // the path above names the field, so only the value is kept.
    text = text.replace(CODE_DETAIL, ' (found $1)');
  }
  const fix = ruleId === undefined ? ''
    : ` To accept it, add { "ruleId": "${ruleId}", "reason": "<why, 10 characters or more>" } to ${at}.suppressions.`;
  return `${file}: ${where} ${text}${fix}`;
}
