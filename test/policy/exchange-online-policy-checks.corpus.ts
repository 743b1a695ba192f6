// The rows of ExchangeOnlinePolicyChecks (lib/policy/exchange-online-policy-checks.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { ExchangeOnlinePolicyChecks } from '../../lib';
import { ConstructRows } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new ExchangeOnlinePolicyChecks', 'props a string', () => new ExchangeOnlinePolicyChecks('strict' as any), 'ExchangeOnlinePolicyChecks: props "strict" must be an object'],
    ['new ExchangeOnlinePolicyChecks', 'reportAsWarnings a string', () => new ExchangeOnlinePolicyChecks({ reportAsWarnings: 'yes' as any }), 'ExchangeOnlinePolicyChecks: reportAsWarnings "yes" must be true or false'],
  ],
  typeChecks: [
    ['ExchangeOnlinePolicyChecks.isExchangeOnlinePolicyChecks', ExchangeOnlinePolicyChecks.isExchangeOnlinePolicyChecks, () => new ExchangeOnlinePolicyChecks()],
  ],
  notInCorpus: {
    'ExchangeOnlinePolicyChecks#visit': 'called by cdktf with a construct, never by users',
  },
  entryPoints: {
    'new ExchangeOnlinePolicyChecks': { call: (_f, a) => new ExchangeOnlinePolicyChecks(a.props), valid: () => ({ props: {} }) },
  },
  props: [
    ['new ExchangeOnlinePolicyChecks', 'props', 'strict', 'ExchangeOnlinePolicyChecks: props "strict" must be an object with the documented properties'],
    ['new ExchangeOnlinePolicyChecks', 'reportAsWarnings', 'yes', 'ExchangeOnlinePolicyChecks: reportAsWarnings "yes" must be true or false'],
  ],
  propsElsewhere: {
    'ExchangeOnlinePolicyChecks#visit: node': 'called by cdktf with a construct, never by users',
  },
};
