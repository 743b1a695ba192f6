// Rules about directory roles shared by EntraRoleBinding, the whole-procedure construct and the tenants
// checks, so all refuse the same thing with the same words (each naming the prop or JSON path its user typed).
import { IConstruct } from 'constructs';
import { EntraRole } from './entra-role';
import { requireKind } from '../validation/shapes';
import { fail } from '../validation/values';

/** Why `role` is refused without the acknowledgement, or undefined when it is allowed. */
export function globalAdministratorRefusal(role: EntraRole, acknowledged: boolean | undefined): string | undefined {
  if (role.templateId !== EntraRole.GLOBAL_ADMINISTRATOR.templateId || acknowledged === true) {
    return undefined;
  }
  return 'is refused by default: Global Administrator gives the identity full control of the tenant. Use a least-privilege role '
    + '(Exchange Recipient Administrator, Exchange Administrator, Global Reader) or set '
    + 'acknowledgeGlobalAdministratorGrantsFullTenantControl: true';
}

/** How the owner of a role list names things in its messages. */
export interface RoleListWording {
  /** The prop a problem with the role at `index` names (`roles`, or `tenants[1].roles[0]`). */
  readonly propOf: (index: number) => string;
  /** What each role must be (the end of the message when one is not an EntraRole). */
  readonly expected: string;
  /**
   * Where the acknowledgement is set, when not beside the list as a prop: added to the refusal of
   * Global Administrator (`... on tenants[1]`).
   * @default - nothing is added
   */
  readonly acknowledgedOn?: string;
  /**
   * Runs the check of the role at `index`.
   * @default - runs it, so the first problem throws
   */
  readonly each?: (index: number, check: () => void) => void;
}

/**
 * The one role-list check: each role an EntraRole, none twice (by template id, any case), Global
 * Administrator only when `acknowledged` is true. The caller checks that `roles` is a list.
 */
export function checkRoleList(scope: IConstruct | string, roles: readonly unknown[], acknowledged: boolean | undefined, wording: RoleListWording): void {
  const seen = new Set<string>();
  const each = wording.each ?? ((_index: number, check: () => void) => check());
  roles.forEach((role, index) => each(index, () => {
    const prop = wording.propOf(index);
    const checked = requireKind<EntraRole>(scope, prop, role, 'EntraRole', wording.expected);
    const key = checked.templateId.toLowerCase();
    if (seen.has(key)) {
      fail(scope, prop, checked.displayName, 'must not list the same role twice');
    }
    seen.add(key);
    const refusal = globalAdministratorRefusal(checked, acknowledged);
    if (refusal) {
      fail(scope, prop, checked.displayName, wording.acknowledgedOn === undefined ? refusal : `${refusal} on ${wording.acknowledgedOn}`);
    }
  }));
}
