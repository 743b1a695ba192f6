// The rows of ExchangeOnlineModuleImport (lib/exchange/exchange-online-module.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { ExchangeOnlineModuleImport, PowerShellRuntime } from '../../lib';
import { ConstructRows } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new ExchangeOnlineModuleImport', 'props missing', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
    ['new ExchangeOnlineModuleImport', 'runtime "5.1"', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, runtime: '5.1' as any }), 'test/x: runtime "5.1" must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6'],
    ['new ExchangeOnlineModuleImport', 'account a plain object', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: { name: 'aa' } as any }), 'test/x: account {"name":"aa"} must be an Automation account'],
  ],
  typeChecks: [
    ['ExchangeOnlineModuleImport.isExchangeOnlineModuleImport', ExchangeOnlineModuleImport.isExchangeOnlineModuleImport, (f) => f.modules],
  ],
  entryPoints: {
    'new ExchangeOnlineModuleImport': { call: (f, a) => new ExchangeOnlineModuleImport(f.stack, 'x', a.props), valid: (f) => ({ props: { account: f.account } }) },
  },
  props: [
    ['new ExchangeOnlineModuleImport', 'account', 'x', 'test/x: account "x" must be an Automation account'],
    ['new ExchangeOnlineModuleImport', 'importModulesFrom', ['x'], 'test/x: importModulesFrom ["x"] must be an object with the documented properties'],
    ['new ExchangeOnlineModuleImport', 'importRuntimeEnvironmentFrom', 42, 'test/x: importRuntimeEnvironmentFrom 42 must be a string'],
    ['new ExchangeOnlineModuleImport', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new ExchangeOnlineModuleImport', 'runtime', 'x', 'test/x: runtime "x" must be PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6'],
    ['new ExchangeOnlineModuleImport', 'runtimeEnvironment', 'x', 'test/x: runtimeEnvironment "x" must be a PowerShellRuntimeEnvironment'],
    ['new ExchangeOnlineModuleImport', 'version', 42, 'test/x: version 42 must be a string'],
  ],
  badInput: [
    ['modules: 3.9.2 on PowerShell 7.2', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V7_2, version: '3.9.2' }), 'version "3.9.2"', 'does not load on PowerShell 7.2'],
    ['modules: V2 module', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, version: '2.0.6' }), 'version "2.0.6"', 'is older than 3.0.0'],
    ['modules: version "latest"', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, version: 'latest' }), 'version "latest"', 'must be an ExchangeOnlineManagement version'],
    ['modules: runtime as a string', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: f.account, runtime: '7.4' as any }), 'runtime "7.4"', 'must be PowerShellRuntime.V5_1'],
    ['modules: account missing', (f) => new ExchangeOnlineModuleImport(f.stack, 'x', { account: undefined as any }), 'account (missing)', 'must be an Automation account (AutomationAccountWithIdentity or AutomationAccountWithIdentity.fromAttributes)'],
  ],
};
