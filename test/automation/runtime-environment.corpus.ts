// The rows of PowerShellRuntimeEnvironment (lib/automation/runtime-environment.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { PowerShellRuntimeEnvironment } from '../../lib';
import { ConstructRows } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new PowerShellRuntimeEnvironment', 'props missing', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
    ['new PowerShellRuntimeEnvironment', 'runtime "7.4"', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: f.account, runtime: '7.4' as any }), 'test/x: runtime "7.4" must be a PowerShellRuntime, e.g. PowerShellRuntime.V7_6'],
    ['new PowerShellRuntimeEnvironment', 'account a name', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: 'aa-exo-test' as any }), 'test/x: account "aa-exo-test" must be an Automation account'],
    // The review's reproductions (each was a TypeError or was emitted as it was given).
    ['new PowerShellRuntimeEnvironment', 'description 42', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: f.account, description: 42 as any }), 'test/x: description 42 must be a string'],
  ],
  typeChecks: [
    ['PowerShellRuntimeEnvironment.isPowerShellRuntimeEnvironment', PowerShellRuntimeEnvironment.isPowerShellRuntimeEnvironment, (f) => new PowerShellRuntimeEnvironment(f.stack, 'env', { account: f.account })],
  ],
  entryPoints: {
    'new PowerShellRuntimeEnvironment': { call: (f, a) => new PowerShellRuntimeEnvironment(f.stack, 'x', a.props), valid: (f) => ({ props: { account: f.account } }) },
  },
  props: [
    ['new PowerShellRuntimeEnvironment', 'account', 'x', 'test/x: account "x" must be an Automation account'],
    ['new PowerShellRuntimeEnvironment', 'description', 42, 'test/x: description 42 must be a string'],
    ['new PowerShellRuntimeEnvironment', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
    ['new PowerShellRuntimeEnvironment', 'name', 42, 'test/x: name 42 must be a string'],
    ['new PowerShellRuntimeEnvironment', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new PowerShellRuntimeEnvironment', 'runtime', 'x', 'test/x: runtime "x" must be a PowerShellRuntime'],
  ],
  badInput: [
    ['runtime environment: name with spaces', (f) => new PowerShellRuntimeEnvironment(f.stack, 'x', { account: f.account, name: 'my env' }), 'name "my env"', 'must start with a letter and contain only letters, digits, underscores and hyphens'],
  ],
};
