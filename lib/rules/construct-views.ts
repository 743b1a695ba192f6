// What the rules read of this package's own constructs, which they recognize by marker
// (lib/validation/markers.ts). Structural views, so the rules layer never imports the constructs above
// it; each construct satisfies its view (the compiler checks that where the rules cast).
import { IConstruct } from 'constructs';

/** A managed identity as the rules compare it: by object, or by its principal id as resolved. */
export interface PrincipalView extends IConstruct {
  readonly principalId: string;
}

/** ExchangeOnlineRunbook (marker `ExchangeOnlineRunbook`): the identity its runbook signs in as. */
export interface RunbookView extends IConstruct {
  readonly identity: PrincipalView;
}

/** AppRoleGrant (marker `AppRoleGrant`): which roles of which API go to whom. */
export interface AppRoleGrantView extends IConstruct {
  readonly resourceAppId: string;
  readonly roles: readonly string[];
  readonly principal: PrincipalView;
}

/** EntraRoleBinding (marker `EntraRoleBinding`): the role and its holder. */
export interface EntraRoleBindingView extends IConstruct {
  readonly principal: PrincipalView;
  readonly role: {
    readonly templateId: string;
    readonly displayName: string;
    readonly supportedForExchangeOnline: boolean;
  };
}
