// Every policy rule, in id order: one import per rule file (exo01-... to exo16-...). PolicyRule (the
// public view) and the policy checks' aspect derive from this list; test/rules/all-rules.test.ts holds
// it equal to the rule files and test/repository/rules-table.test.ts holds the README's table equal to it.
import { MISSING_EXCHANGE_GRANT_RULE } from './exo01-missing-exchange-grant';
import { MISSING_SUPPORTED_ROLE_RULE } from './exo02-missing-supported-role';
import { MISSING_EXCHANGE_MODULE_RULE } from './exo03-missing-exchange-module';
import { USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE } from './exo04-user-assigned-without-client-id';
import { LOCAL_AUTHENTICATION_ENABLED_RULE } from './exo05-local-authentication-enabled';
import { HIGH_PRIVILEGE_ROLE_RULE } from './exo06-high-privilege-role';
import { EXCHANGE_PRINCIPAL_DESTROYABLE_RULE } from './exo07-exchange-principal-destroyable';
import { SECURITY_ADMINISTRATOR_LIMITS_RULE } from './exo08-security-administrator-limits';
import { UNSUPPORTED_ROLE_RULE } from './exo09-unsupported-role';
import { ADMINISTRATIVE_UNIT_SCOPE_RULE } from './exo10-administrative-unit-scope';
import { NO_ROLES_RULE } from './exo11-no-roles';
import { START_TIME_TOO_SOON_RULE } from './exo12-start-time-too-soon';
import { PREVIEW_MODULE_RULE } from './exo13-preview-module';
import { SCRIPT_CONNECTS_ITSELF_RULE } from './exo14-script-connects-itself';
import { VERSION_CONSTRAINT_TOO_WIDE_RULE } from './exo15-version-constraint-too-wide';
import { RETIRED_RUNTIME_RULE } from './exo16-retired-runtime';
import { Rule } from './rule';

/** Every rule, in id order. */
export const ALL_RULES: readonly Rule[] = [
  MISSING_EXCHANGE_GRANT_RULE,
  MISSING_SUPPORTED_ROLE_RULE,
  MISSING_EXCHANGE_MODULE_RULE,
  USER_ASSIGNED_WITHOUT_CLIENT_ID_RULE,
  LOCAL_AUTHENTICATION_ENABLED_RULE,
  HIGH_PRIVILEGE_ROLE_RULE,
  EXCHANGE_PRINCIPAL_DESTROYABLE_RULE,
  SECURITY_ADMINISTRATOR_LIMITS_RULE,
  UNSUPPORTED_ROLE_RULE,
  ADMINISTRATIVE_UNIT_SCOPE_RULE,
  NO_ROLES_RULE,
  START_TIME_TOO_SOON_RULE,
  PREVIEW_MODULE_RULE,
  SCRIPT_CONNECTS_ITSELF_RULE,
  VERSION_CONSTRAINT_TOO_WIDE_RULE,
  RETIRED_RUNTIME_RULE,
];
