// lib/validation/import-ids.ts: the import id format of each resource type this package adopts, and
// checkImportId, which refuses an id of another format or one whose named parts differ from the configuration.
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { checkImportId, IMPORT_ID_FORMATS } from '../../lib/validation/import-ids';
import { newStack } from '../support/helpers';

const ACCOUNT = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo/providers/Microsoft.Automation/automationAccounts/aa-exo';
const scope = () => new Construct(newStack(), 'c');

describe('IMPORT_ID_FORMATS', () => {
  test('each example matches its own pattern and no other format\'s', () => {
    const formats = Object.entries(IMPORT_ID_FORMATS);
    for (const [key, format] of formats) {
      const matching = formats.filter(([, other]) => other.pattern.test(format.example)).map(([other]) => other);
      expect([key, matching]).toEqual([key, [key]]);
    }
  });

  test('the resource types are the Terraform types adopted', () => {
    expect(Object.fromEntries(Object.entries(IMPORT_ID_FORMATS).map(([key, format]) => [key, format.resourceType]))).toEqual({
      automationAccount: 'azurerm_automation_account',
      module: 'azurerm_automation_module',
      powerShell72Module: 'azurerm_automation_powershell72_module',
      runtimeEnvironment: 'azurerm_automation_runtime_environment',
      runtimeEnvironmentPackage: 'azurerm_automation_runtime_environment_package',
      runbook: 'azurerm_automation_runbook',
      schedule: 'azurerm_automation_schedule',
      jobSchedule: 'azurerm_automation_job_schedule',
      userAssignedIdentity: 'azurerm_user_assigned_identity',
      appRoleAssignment: 'azuread_app_role_assignment',
      directoryRoleAssignment: 'azuread_directory_role_assignment',
    });
  });

  test('the patterns name the parts that are compared', () => {
    const groups = (key: keyof typeof IMPORT_ID_FORMATS) => IMPORT_ID_FORMATS[key].pattern.exec(IMPORT_ID_FORMATS[key].example)?.groups;
    expect(groups('runtimeEnvironmentPackage')).toEqual({
      subscription: '00000000-0000-0000-0000-000000000000', resourceGroup: 'rg-exo', account: 'aa-exo', environment: 'PowerShell-7-4', name: 'ExchangeOnlineManagement',
    });
    expect(groups('jobSchedule')).toEqual({
      subscription: '00000000-0000-0000-0000-000000000000', resourceGroup: 'rg-exo', account: 'aa-exo', schedule: 'Get-Report-schedule', runbook: 'Get-Report',
    });
    expect(groups('directoryRoleAssignment')).toEqual({ assignment: 'ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1' });
  });

  test('azuread ids: the 3.x forms only, not the bare assignment id the documentation shows', () => {
    expect(IMPORT_ID_FORMATS.directoryRoleAssignment.pattern.test('ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1')).toBe(false);
    expect(IMPORT_ID_FORMATS.appRoleAssignment.pattern.test('00000000-0000-0000-0000-000000000000/appRoleAssignedTo/abc')).toBe(false);
  });
});

describe('checkImportId', () => {
  test('returns an id of the format whose parts agree', () => {
    const id = `${ACCOUNT}/runbooks/Get-Report`;
    expect(checkImportId(scope(), 'importFrom', id, IMPORT_ID_FORMATS.runbook, { account: 'aa-exo', resourceGroup: 'rg-exo', name: 'Get-Report' })).toBe(id);
  });

  test('refuses an id of another format with the format\'s example', () => {
    expect(() => checkImportId(scope(), 'importFrom', `${ACCOUNT}/modules/Foo`, IMPORT_ID_FORMATS.runbook)).toThrow(
      `test/c: importFrom "${ACCOUNT}/modules/Foo" must be the import id of an existing azurerm_automation_runbook, e.g. ${IMPORT_ID_FORMATS.runbook.example} (exact case, as Azure and Microsoft Graph return it)`);
  });

  test('segment names are exact: another case is another format', () => {
    expect(() => checkImportId(scope(), 'importFrom', ACCOUNT.replace('resourceGroups', 'resourcegroups'), IMPORT_ID_FORMATS.automationAccount))
      .toThrow('must be the import id of an existing azurerm_automation_account');
  });

  test('names the first part that differs from the configuration, case included', () => {
    expect(() => checkImportId(scope(), 'importFrom', `${ACCOUNT}/runbooks/get-report`, IMPORT_ID_FORMATS.runbook, { name: 'Get-Report' })).toThrow(
      `test/c: importFrom "${ACCOUNT}/runbooks/get-report" names name "get-report", but the configuration says "Get-Report": Terraform would import the object and then replace it`);
    expect(() => checkImportId(scope(), 'importFrom', `${ACCOUNT}/runbooks/R`, IMPORT_ID_FORMATS.runbook, { resourceGroup: 'rg-other', account: 'aa-other' }))
      .toThrow('names resourceGroup "rg-exo", but the configuration says "rg-other"');
  });

  test('parts not expected, or expected as a token, are not compared', () => {
    const id = `${ACCOUNT}/runbooks/R`;
    expect(checkImportId(scope(), 'importFrom', id, IMPORT_ID_FORMATS.runbook, { account: Lazy.stringValue({ produce: () => 'x' }) })).toBe(id);
    expect(checkImportId(scope(), 'importFrom', id, IMPORT_ID_FORMATS.runbook, { account: undefined })).toBe(id);
  });

  test('a token id is returned unjudged; whitespace and a missing id are refused', () => {
    const token = Lazy.stringValue({ produce: () => 'x' });
    expect(checkImportId(scope(), 'importFrom', token, IMPORT_ID_FORMATS.runbook)).toBe(token);
    expect(() => checkImportId(scope(), 'importFrom', `${ACCOUNT} `, IMPORT_ID_FORMATS.automationAccount)).toThrow('must not begin or end with whitespace');
    expect(() => checkImportId(scope(), 'importFrom', undefined, IMPORT_ID_FORMATS.automationAccount)).toThrow('test/c: importFrom (missing) must be a string');
  });
});
