// The ids of objects that exist already (import ids), checked before lib/stack/adopt-existing.ts emits an
// import block for them.
//
// Import id formats, as the providers parse them (each is the same across the releases we support):
// - azurerm (4.0.0 to 5.2.0): the "Import" section of website/docs/r/<type>.html.markdown in
//   hashicorp/terraform-provider-azurerm; the parsers are case-sensitive, so ids must be written as Azure
//   returns them (`resourceGroups`, `automationAccounts`, ...).
// - azuread_app_role_assignment (3.x): `/servicePrincipals/{resource service principal object id}/appRoleAssignedTo/{assignment id}`,
//   docs/resources/app_role_assignment.md and ValidateServicePrincipalIdAppRoleAssignedToID in
//   internal/services/approleassignments/app_role_assignment_resource.go (3.0.0's page still showed the
//   2.x form; the parser already required this one).
// - azuread_directory_role_assignment (3.x): `/roleManagement/directory/roleAssignments/{assignment id}`,
//   ValidateRoleManagementDirectoryRoleAssignmentID in internal/services/directoryroles/directory_role_assignment_resource.go.
//   The documentation page shows the bare assignment id, which the importer rejects
//   (hashicorp/terraform-provider-azuread#1742).
import { IConstruct } from 'constructs';
import { ExpectedParts, matchArmId } from './arm-ids';
import { fail, isUnresolved, requireTrimmed } from './values';

export type { ExpectedParts } from './arm-ids';

/** One import id format: a pattern with named parts, and an example for messages. */
export interface ImportIdFormat {
  readonly resourceType: string;
  readonly pattern: RegExp;
  readonly example: string;
}

const ARM_ACCOUNT = '/subscriptions/(?<subscription>[^/]+)/resourceGroups/(?<resourceGroup>[^/]+)/providers/Microsoft\\.Automation/automationAccounts/(?<account>[^/]+)';
const EXAMPLE_ACCOUNT = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.Automation/automationAccounts/aa-exo';

function armFormat(resourceType: string, child: string, example: string): ImportIdFormat {
  return { resourceType, pattern: new RegExp(`^${ARM_ACCOUNT}${child}$`), example: `${EXAMPLE_ACCOUNT}${example}` };
}

/** The import id format of every resource type this package can adopt. */
export const IMPORT_ID_FORMATS = {
  automationAccount: armFormat('azurerm_automation_account', '', ''),
  module: armFormat('azurerm_automation_module', '/modules/(?<name>[^/]+)', '/modules/ExchangeOnlineManagement'),
  powerShell72Module: armFormat('azurerm_automation_powershell72_module', '/powerShell72Modules/(?<name>[^/]+)', '/powerShell72Modules/ExchangeOnlineManagement'),
  runtimeEnvironment: armFormat('azurerm_automation_runtime_environment', '/runtimeEnvironments/(?<name>[^/]+)', '/runtimeEnvironments/PowerShell-7-4'),
  runtimeEnvironmentPackage: armFormat('azurerm_automation_runtime_environment_package',
    '/runtimeEnvironments/(?<environment>[^/]+)/packages/(?<name>[^/]+)', '/runtimeEnvironments/PowerShell-7-4/packages/ExchangeOnlineManagement'),
  runbook: armFormat('azurerm_automation_runbook', '/runbooks/(?<name>[^/]+)', '/runbooks/Test-ExchangeOnlineConnection'),
  schedule: armFormat('azurerm_automation_schedule', '/schedules/(?<name>[^/]+)', '/schedules/Get-Report-schedule'),
  jobSchedule: {
    resourceType: 'azurerm_automation_job_schedule',
    pattern: new RegExp(`^${ARM_ACCOUNT}/schedules/(?<schedule>[^/|]+)\\|/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Automation/automationAccounts/[^/]+/runbooks/(?<runbook>[^/]+)$`),
    example: `${EXAMPLE_ACCOUNT}/schedules/Get-Report-schedule|${EXAMPLE_ACCOUNT}/runbooks/Get-Report`,
  },
  userAssignedIdentity: {
    resourceType: 'azurerm_user_assigned_identity',
    pattern: /^\/subscriptions\/(?<subscription>[^/]+)\/resourceGroups\/(?<resourceGroup>[^/]+)\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/(?<name>[^/]+)$/,
    example: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-exo',
  },
  appRoleAssignment: {
    resourceType: 'azuread_app_role_assignment',
    pattern: /^\/servicePrincipals\/(?<resourceObjectId>[0-9a-fA-F-]{36})\/appRoleAssignedTo\/(?<assignment>[A-Za-z0-9_-]+)$/,
    example: '/servicePrincipals/00000000-0000-0000-0000-000000000000/appRoleAssignedTo/aaBBcDDeFG6h5JKLMN2PQrrssTTUUvWWxxxxxyyyzzz',
  },
  directoryRoleAssignment: {
    resourceType: 'azuread_directory_role_assignment',
    pattern: /^\/roleManagement\/directory\/roleAssignments\/(?<assignment>[A-Za-z0-9_-]+)$/,
    example: '/roleManagement/directory/roleAssignments/ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1',
  },
} as const;

/**
 * Checks that `id` has the import id format of `format` and that its named parts agree with `expected`
 * (e.g. `{ name: 'Get-Report' }`) exactly, case included: importing an object under a name that differs
 * from the configuration, even in case alone, would make Terraform replace it (see arm-ids.ts).
 * `prop` is the prop the user typed, for messages. Tokens are not judged. Returns the id.
 */
export function checkImportId(scope: IConstruct, prop: string, id: unknown, format: ImportIdFormat, expected: ExpectedParts = {}): string {
  const value = requireTrimmed(scope, prop, id);
  if (isUnresolved(value)) {
    return value;
  }
  const match = matchArmId(format.pattern, value, expected, { names: 'exact' });
  if (!match) {
    fail(scope, prop, value, `must be the import id of an existing ${format.resourceType}, e.g. ${format.example} (exact case, as Azure and Microsoft Graph return it)`);
  }
  const [mismatch] = match.mismatches;
  if (mismatch) {
    fail(scope, prop, value, `names ${mismatch.part} "${mismatch.got}", but the configuration says "${mismatch.want}": Terraform would import the object and then replace it`);
  }
  return value;
}
