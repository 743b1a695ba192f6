// The rows of ExchangeOnlineConnection (lib/exchange/connect-command.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { ExchangeOnlineConnection } from '../../lib';
import { ConstructRows, GUID } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['ExchangeOnlineConnection.commandFor', 'identity a client id', () => ExchangeOnlineConnection.commandFor(GUID as any, 'contoso.onmicrosoft.com'), `ExchangeOnlineConnection.commandFor: identity "${GUID}" must be an IManagedIdentity`],
  ],
  entryPoints: {
    'ExchangeOnlineConnection.commandFor': { call: (_f, a) => ExchangeOnlineConnection.commandFor(a.identity, a.organization), valid: (f) => ({ identity: f.identity, organization: 'contoso.onmicrosoft.com' }) },
  },
  props: [
    ['ExchangeOnlineConnection.commandFor', 'identity', 'x', 'ExchangeOnlineConnection.commandFor: identity "x" must be an IManagedIdentity'],
    ['ExchangeOnlineConnection.commandFor', 'organization', 42, 'ExchangeOnlineConnection.commandFor: organization 42 must be a string'],
  ],
};
