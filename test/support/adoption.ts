// Import ids of a setup made by hand (an Automation account aa-exo-prod in rg-exo, an Exchange grant, a role
// assignment), for the tests of adoption: test/stack/adopt-existing.test.ts, test/exchange/exchange-online-adoption.test.ts
// and test/exchange/exchange-online-automation.test.ts.
export const SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
export const ACCOUNT = `${SUB}/resourceGroups/rg-exo/providers/Microsoft.Automation/automationAccounts/aa-exo-prod`;
export const GRANT = '/servicePrincipals/99999999-8888-7777-6666-555555555555/appRoleAssignedTo/aaBBcDDeFG6h5JKLMN2PQrrssTTUUvWWxxxxxyyyzzz';
export const ROLE = '/roleManagement/directory/roleAssignments/ePROZI_iKE653D_d6aoLHyr-lKgHI8ZGiIdz8CLVcng-1';
export const RG = { resourceGroupName: 'rg-exo', location: 'westeurope' };
export const OTHER_ACCOUNT = ACCOUNT.replace('aa-exo-prod', 'aa-exo-other');
export const OTHER_GROUP = ACCOUNT.replace('rg-exo', 'rg-other');

/** The import blocks of a synthesized stack, as `{ <address>: <id> }`. */
export function importsOf(json: any): { [to: string]: string } {
  return Object.fromEntries((json.import ?? []).map((block: { to: string; id: string }) => [block.to, block.id]));
}
