// The rows of PowerShellGalleryModule (lib/automation/powershell-gallery-module.ts) in the wrong-shape and bad-input
// corpora, which test/corpus/wrong-shape.test.ts and test/corpus/bad-input.test.ts run (the fields are
// explained in test/corpus/corpus.ts).
import { PowerShellGalleryModule, PowerShellRuntime } from '../../lib';
import { ConstructRows } from '../corpus/corpus';

export const ROWS: ConstructRows = {
  cases: [
    ['new PowerShellGalleryModule', 'props missing', (f) => new PowerShellGalleryModule(f.stack, 'x', undefined as any), 'test/x: props (missing) must be an object'],
    ['new PowerShellGalleryModule', 'runtime "5.1"', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: '5.1' as any, moduleName: 'Az.Accounts', version: '3.0.0' }), 'test/x: runtime "5.1" must be a PowerShellRuntime'],
    ['new PowerShellGalleryModule', 'dependsOn not a list', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V5_1, moduleName: 'Az.Accounts', version: '3.0.0', dependsOn: 'x' as any }), 'test/x: dependsOn "x" must be a list'],
    ['PowerShellGalleryModule.packageUri', 'version missing', () => PowerShellGalleryModule.packageUri('ExchangeOnlineManagement', undefined as any), 'PowerShellGalleryModule.packageUri: version (missing) must be a string'],
  ],
  entryPoints: {
    'new PowerShellGalleryModule': {
      call: (f, a) => new PowerShellGalleryModule(f.stack, 'x', a.props),
      valid: (f) => ({ props: { account: f.account, runtime: PowerShellRuntime.V5_1, moduleName: 'Az.Accounts', version: '3.0.0' } }),
    },
    'PowerShellGalleryModule.packageUri': { call: (_f, a) => PowerShellGalleryModule.packageUri(a.moduleName, a.version), valid: () => ({ moduleName: 'Az.Accounts', version: '3.0.0' }) },
  },
  props: [
    ['PowerShellGalleryModule.packageUri', 'moduleName', 42, 'PowerShellGalleryModule.packageUri: moduleName 42 must be a string'],
    ['PowerShellGalleryModule.packageUri', 'version', 42, 'PowerShellGalleryModule.packageUri: version 42 must be a string'],
    ['new PowerShellGalleryModule', 'account', 'x', 'test/x: account "x" must be an Automation account'],
    ['new PowerShellGalleryModule', 'dependsOn', 'x', 'test/x: dependsOn "x" must be a list'],
    ['new PowerShellGalleryModule', 'importFrom', 42, 'test/x: importFrom 42 must be a string'],
    ['new PowerShellGalleryModule', 'moduleName', 42, 'test/x: moduleName 42 must be a string'],
    ['new PowerShellGalleryModule', 'props', undefined, 'test/x: props (missing) must be an object with the documented properties'],
    ['new PowerShellGalleryModule', 'runtime', 'x', 'test/x: runtime "x" must be a PowerShellRuntime: PowerShellRuntime.V5_1, V7_2, V7_4 or V7_6'],
    ['new PowerShellGalleryModule', 'runtimeEnvironment', 'x', 'test/x: runtimeEnvironment "x" must be a PowerShellRuntimeEnvironment'],
    ['new PowerShellGalleryModule', 'version', 42, 'test/x: version 42 must be a string'],
  ],
  badInput: [
    ['gallery module: name with a space', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V5_1, moduleName: 'Exchange Online', version: '1.0.0' }), 'moduleName "Exchange Online"', 'must be a PowerShell Gallery module name'],
    ['gallery module: 7.4 without environment', (f) => new PowerShellGalleryModule(f.stack, 'x', { account: f.account, runtime: PowerShellRuntime.V7_4, moduleName: 'Az.Accounts', version: '3.0.0' }), 'runtimeEnvironment (missing)', 'is required for PowerShell 7.4'],
  ],
};
