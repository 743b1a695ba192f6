// An Automation account that exists already, known by its attributes (AutomationAccountWithIdentity.fromAttributes).
import { Construct } from 'constructs';
import { checkUserAssignedIdentities, runbookIdentityOf } from './account-identities';
import { markAsAutomationAccount } from './account-kind';
import { AutomationAccountAttributes, IAutomationAccount } from './automation-account-interface';
import { IManagedIdentity, IUserAssignedIdentity } from '../identity/managed-identity';
import { SystemAssignedIdentity } from '../identity/system-assigned-identity';
import { requireLocation, requireResourceGroupName } from '../validation/azure-names';
import { matchArmId } from '../validation/arm-ids';
import { IMPORT_ID_FORMATS } from '../validation/import-ids';
import { fail, isUnresolved, requireGuid, requireObject, requireString, requireTrimmed } from '../validation/values';

export class ImportedAutomationAccount extends Construct implements IAutomationAccount {
  public readonly name: string;
  public readonly resourceGroupName: string;
  public readonly location: string;
  public readonly accountId: string;
  public readonly identity: IManagedIdentity;
  public readonly systemAssignedIdentity?: IManagedIdentity;
  public readonly userAssignedIdentities: IUserAssignedIdentity[];

  constructor(scope: Construct, id: string, attrs: AutomationAccountAttributes) {
    super(scope, id);
    markAsAutomationAccount(this);
    requireObject(this, 'attrs', attrs);
    this.name = requireString(this, 'name', attrs.name);
    this.resourceGroupName = requireResourceGroupName(this, 'resourceGroupName', attrs.resourceGroupName);
    this.location = requireLocation(this, 'location', attrs.location);
    this.accountId = requireTrimmed(this, 'accountId', attrs.accountId);
    if (!isUnresolved(this.accountId)) {
      // The account exists: Azure finds it by name in any case, so the names may differ from the id in case.
      const match = matchArmId(IMPORT_ID_FORMATS.automationAccount.pattern, this.accountId,
        { account: this.name, resourceGroup: this.resourceGroupName }, { names: 'anyCase' });
      if (!match) {
        fail(this, 'accountId', this.accountId,
          `must be the ARM id of an Automation account, exactly as Azure writes it, e.g. ${IMPORT_ID_FORMATS.automationAccount.example}`);
      }
      const [mismatch] = match.mismatches;
      if (mismatch) {
        const [prop, what] = mismatch.part === 'account' ? ['name', 'account name'] : ['resourceGroupName', 'resource group'];
        fail(this, prop, mismatch.want, `must match the ${what} in accountId (${mismatch.got})`);
      }
    }
    this.userAssignedIdentities = checkUserAssignedIdentities(this, attrs.userAssignedIdentities, attrs.runbookIdentity);
    if (attrs.systemAssignedPrincipalId !== undefined) {
      requireGuid(this, 'systemAssignedPrincipalId', attrs.systemAssignedPrincipalId);
      this.systemAssignedIdentity = new SystemAssignedIdentity(this, 'system-identity', { principalId: attrs.systemAssignedPrincipalId });
    }
    if (!this.systemAssignedIdentity && this.userAssignedIdentities.length === 0) {
      fail(this, 'systemAssignedPrincipalId', undefined,
        'is required when userAssignedIdentities is empty: name the identity the account\'s runbooks sign in as');
    }
    this.identity = runbookIdentityOf(attrs.runbookIdentity, this.systemAssignedIdentity, this.userAssignedIdentities);
  }
}
