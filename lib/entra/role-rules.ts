// Rules about directory roles shared by EntraRoleBinding and the whole-procedure construct, so both
// refuse the same thing with the same words (each naming the prop its user typed).
import { EntraRole } from './entra-role';

/** Why `role` is refused without the acknowledgement, or undefined when it is allowed. */
export function globalAdministratorRefusal(role: EntraRole, acknowledged: boolean | undefined): string | undefined {
  if (role.templateId !== EntraRole.GLOBAL_ADMINISTRATOR.templateId || acknowledged === true) {
    return undefined;
  }
  return 'is refused by default: Global Administrator gives the identity full control of the tenant. Use a least-privilege role '
    + '(Exchange Recipient Administrator, Exchange Administrator, Global Reader) or set '
    + 'acknowledgeGlobalAdministratorGrantsFullTenantControl: true';
}
