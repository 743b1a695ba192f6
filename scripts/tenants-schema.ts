// Writes schema/tenants.schema.json, the JSON Schema of the tenants file that editors use, from the
// library's own lists (roles, runtimes, frequencies, time zones, field names), so schema and loader cannot
// drift: test/repository/tenants-schema.test.ts fails when the committed file differs from this output.
//   npx ts-node --transpile-only scripts/tenants-schema.ts
import { writeFileSync } from 'fs';
import * as path from 'path';
import { EntraRole, PolicyRule, ScheduleFrequency } from '../lib';
import { AUTOMATION_ACCOUNT_NAME, IDENTITY_NAME, RESOURCE_GROUP_NAME } from '../lib/validation/azure-names';
import { AZURE_SCHEDULE_TIME_ZONES } from '../lib/reference/azure-time-zones';
import {
  TENANT_IDENTITIES, TENANT_RUNTIMES, TenantConfig, TenantRunbookConfig, TenantsFileContent, TenantsStateConfig,
} from '../lib/tenants/tenants-file';
import { RunbookParameter, RunbookScheduleOptions } from '../lib';

export const TENANTS_SCHEMA_FILE = path.join(__dirname, '..', 'schema', 'tenants.schema.json');
const WEEK_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// The schema's properties name the fields of the library's types (lib/tenants/tenants-file.ts), each once:
// `satisfies` makes the compiler refuse a missing or unknown one, and a required one that is not a field.
type Properties<T, Extra extends string = '$comment'> = { [K in keyof Required<T> | Extra]: object };
type FieldNames<T> = Array<keyof T>;

/** The schema's text, as the file holds it. */
export function tenantsSchemaText(): string {
  const nonEmpty = { type: 'string', minLength: 1, pattern: '\\S' };
  const guid = { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' };
  const comment = { type: 'string', description: 'A note for people; ignored.' };
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/cdktf-exo-managed-identity/cdktf-exo-managed-identity/schema/tenants.schema.json',
    title: 'Exchange Online managed identity: tenants file',
    description: 'One entry per tenant; `npx exo-tenants synth tenants.json` makes one Terraform stack per tenant, each with its own state blob. The loader (TenantsConfig) applies the same rules and a few that a schema cannot state (unique tenant names, module version per runtime, the organization domain).',
    type: 'object',
    additionalProperties: false,
    required: ['state', 'tenants'] satisfies FieldNames<TenantsFileContent>,
    properties: {
      $schema: { type: 'string' },
      $comment: comment,
      state: {
        description: 'Where Terraform keeps each tenant\'s state: blob exchange-online/<tenant name>.tfstate in this container (azurerm backend, Entra ID auth).',
        type: 'object', additionalProperties: false,
        required: ['resourceGroupName', 'storageAccountName', 'containerName'] satisfies FieldNames<TenantsStateConfig>,
        properties: { $comment: comment, resourceGroupName: nonEmpty, storageAccountName: nonEmpty, containerName: nonEmpty } satisfies Properties<TenantsStateConfig>,
      },
      tenants: { type: 'array', minItems: 1, items: { $ref: '#/definitions/tenant' } },
    } satisfies Properties<TenantsFileContent, '$schema' | '$comment'>,
    definitions: {
      tenant: {
        type: 'object', additionalProperties: false,
        required: ['name', 'tenantId', 'subscriptionId', 'organization', 'location', 'resourceGroupName', 'automationAccountName', 'identity', 'roles'] satisfies FieldNames<TenantConfig>,
        properties: {
          $comment: comment,
          name: { description: 'Names the stack (exo-<name>) and its state blob.', type: 'string', pattern: '^[a-z0-9-]{1,40}$' },
          tenantId: { ...guid, description: 'The Microsoft Entra tenant id.' },
          subscriptionId: { ...guid, description: 'The Azure subscription of the Automation account.' },
          organization: { ...nonEmpty, description: 'The tenant\'s initial domain, <name>.onmicrosoft.com (Connect-ExchangeOnline -Organization).' },
          location: { ...nonEmpty, description: 'Azure region, e.g. westeurope.' },
          resourceGroupName: {
            type: 'string', pattern: RESOURCE_GROUP_NAME.source,
            description: 'The resource group the stack creates (one per tenant and subscription): 1-90 letters, digits, underscores, hyphens, periods or parentheses, not ending with a period.',
          },
          automationAccountName: {
            type: 'string', pattern: AUTOMATION_ACCOUNT_NAME.source,
            description: 'The Automation account the stack creates: 6-50 letters, digits or hyphens, starting and ending with a letter or digit.',
          },
          identity: { enum: TENANT_IDENTITIES },
          userAssignedIdentityName: {
            type: 'string', pattern: IDENTITY_NAME.source,
            description: 'Only with identity "user-assigned" (then required): 3-128 letters, digits, hyphens or underscores, starting with a letter or digit.',
          },
          roles: {
            description: 'Microsoft Entra roles Microsoft supports for Exchange Online PowerShell; choose the least privilege. An empty list is allowed with a warning (EXO11): Connect-ExchangeOnline fails until the identity holds a supported role assigned elsewhere.',
            type: 'array', uniqueItems: true, items: { enum: EntraRole.exchangeOnlineSupportedRoles().map((r: EntraRole) => r.displayName) },
          },
          acknowledgeGlobalAdministratorGrantsFullTenantControl: {
            description: 'Required (true) when roles includes Global Administrator, which gives the identity full control of the tenant.',
            type: 'boolean',
          },
          suppressions: {
            description: 'Policy findings accepted for this tenant\'s stack, each with the reason (the rule id is the [EXOn] a warning starts with).',
            type: 'array',
            items: {
              type: 'object', additionalProperties: false, required: ['ruleId', 'reason'],
              properties: {
                ruleId: { enum: PolicyRule.all().map((rule: PolicyRule) => rule.id) },
                reason: { type: 'string', pattern: '\\S[\\s\\S]{8,}\\S', description: 'Why the finding is acceptable: at least 10 characters.' },
              },
            },
          },
          runtime: { description: 'PowerShell runtime of the runbooks (default 5.1).', enum: Object.keys(TENANT_RUNTIMES) },
          exchangeModuleVersion: { ...nonEmpty, description: 'ExchangeOnlineManagement version (default: the newest that loads on the runtime).' },
          runbooks: { type: 'array', items: { $ref: '#/definitions/runbook' } },
        } satisfies Properties<TenantConfig>,
        allOf: [
          {
            if: { properties: { identity: { const: 'user-assigned' } } },
            then: { required: ['userAssignedIdentityName'] satisfies FieldNames<TenantConfig> },
            else: { not: { required: ['userAssignedIdentityName'] satisfies FieldNames<TenantConfig> } },
          },
          {
            if: { required: ['roles'] satisfies FieldNames<TenantConfig>, properties: { roles: { contains: { const: 'Global Administrator' } } } },
            then: { required: ['acknowledgeGlobalAdministratorGrantsFullTenantControl'] satisfies FieldNames<TenantConfig>, properties: { acknowledgeGlobalAdministratorGrantsFullTenantControl: { const: true } } },
          },
        ],
      },
      runbook: {
        type: 'object', additionalProperties: false, required: ['name', 'file'] satisfies FieldNames<TenantRunbookConfig>,
        properties: {
          $comment: comment,
          name: nonEmpty,
          file: { ...nonEmpty, description: 'The .ps1 file, relative to this tenants file.' },
          parameters: {
            type: 'array',
            items: {
              type: 'object', additionalProperties: false, required: ['name'] satisfies FieldNames<RunbookParameter>,
              properties: { name: nonEmpty, type: nonEmpty, mandatory: { type: 'boolean' } } satisfies Properties<RunbookParameter, never>,
            },
          },
          schedule: {
            type: 'object', additionalProperties: false, required: ['frequency'] satisfies FieldNames<RunbookScheduleOptions>,
            properties: {
              frequency: { enum: Object.values(ScheduleFrequency) },
              interval: { type: 'integer', minimum: 1, maximum: 100 },
              startTime: { type: 'string' },
              timezone: { description: 'A time zone name azurerm accepts (exact case).', enum: [...AZURE_SCHEDULE_TIME_ZONES] },
              weekDays: { type: 'array', items: { enum: WEEK_DAYS } },
              parameters: { type: 'object', additionalProperties: { type: 'string' } },
              name: nonEmpty,
              description: { type: 'string' },
            } satisfies Partial<Properties<RunbookScheduleOptions, never>>,
          },
        } satisfies Properties<TenantRunbookConfig>,
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(TENANTS_SCHEMA_FILE, tenantsSchemaText());
  console.log(`wrote ${path.relative(process.cwd(), TENANTS_SCHEMA_FILE)}`);
}
