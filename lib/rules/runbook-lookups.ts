// What several policy rules read of a runbook: EXO1 and EXO2 look up the identity an ExchangeOnlineRunbook
// signs in as; EXO3 and EXO4 look at hand-written runbooks that connect to Exchange Online.
import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { RunbookView } from './construct-views';
import { StackIndex, stackIndexOf } from './stack-index';
import { resolveIn } from '../terraform/resolve';
import { argumentOf } from '../terraform/resource-arguments';
import { isMarked } from '../validation/markers';

const CONNECT = /Connect-ExchangeOnline\b/i;

/**
 * EXO1/EXO2: the finding when the identity of runbook `node` is in neither set `holders` picks from the
 * stack index (identities, and principal ids as resolved, so `fromAttributes` copies count).
 */
export function runbookIdentityWithout(node: IConstruct, holders: (index: StackIndex) => [Set<unknown>, Set<unknown>]): string[] {
  const { identity } = node as RunbookView;
  const [identities, principals] = holders(stackIndexOf(node));
  const held = identities.has(identity) || principals.has(resolveIn(node, identity.principalId));
  return held ? [] : [`identity: ${identity.node.path}`];
}

/** The runbook resource when it was written by hand (not by ExchangeOnlineRunbook) and connects to Exchange Online. */
export function handWrittenConnectingRunbook(node: IConstruct): TerraformResource | undefined {
  if (isMarked(node.node.scope, 'ExchangeOnlineRunbook')) {
    return undefined;
  }
  const content = resolveIn(node, argumentOf(node as TerraformResource, 'content'));
  return typeof content === 'string' && CONNECT.test(content) ? node as TerraformResource : undefined;
}
