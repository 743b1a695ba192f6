// The module/runtime data lives in one place (lib/exchange/exchange-module-support.ts). The versions it
// yields are also written out for readers: in the JSDoc users see in their editor (and API.md) and in the
// README. These tests derive the expected text from the table, so a table update that leaves any of
// those behind fails here instead of shipping stale advice.
import { readFileSync } from 'fs';
import { join } from 'path';
import { PowerShellRuntime } from '../../lib';
import { CURRENT_EXCHANGE_MODULE_RELEASE, defaultExchangeModuleVersion, EXCHANGE_MODULE_SUPPORT } from '../../lib/exchange/exchange-module-support';

const read = (...path: string[]) => readFileSync(join(__dirname, '..', '..', ...path), 'utf8');
const README = read('README.md');
const MODULE_IMPORT = read('lib', 'exchange', 'exchange-online-module.ts');

/** The JSDoc `@default` line of the `version` prop of ExchangeOnlineModuleImportProps. */
function versionDefaultDoc(): string {
  const prop = MODULE_IMPORT.indexOf('readonly version?: string;');
  const doc = MODULE_IMPORT.lastIndexOf('@default', prop);
  expect(doc).toBeGreaterThan(-1);
  return MODULE_IMPORT.slice(doc, MODULE_IMPORT.indexOf('\n', doc));
}

describe('module/runtime data and the text that repeats it', () => {
  test.each(PowerShellRuntime.all().map((runtime) => [runtime.version, runtime]))(
    'PowerShell %s: the README runtime table and the JSDoc name the default the table yields', (_version, runtime) => {
      const version = defaultExchangeModuleVersion(runtime);
      const row = README.split('\n').find((line) => line.startsWith(`| \`V${runtime.version.replace('.', '_')}\` |`));
      expect(row).toBeDefined();
      expect(row).toContain(`default ${version} |`);
      expect(versionDefaultDoc()).toContain(`${version}`);
    });

  test('the README table of module versions has one line per row of the data, with its PowerShell 7 range', () => {
    for (const row of EXCHANGE_MODULE_SUPPORT) {
      const versions = row.through === undefined ? `${row.from} and later` : `${row.from} to ${row.through}`;
      const ps7 = row.powerShell7Max === undefined ? `${row.powerShell7Min} or later` : `${row.powerShell7Min} to ${row.powerShell7Max}`;
      expect(README).toContain(`| ${versions} | yes | ${ps7} (${row.dotnet}) |`);
    }
  });

  test('the README and the JSDoc name the current release', () => {
    expect(README).toContain(`release notes up to ${CURRENT_EXCHANGE_MODULE_RELEASE}`);
    expect(versionDefaultDoc()).toContain(`${CURRENT_EXCHANGE_MODULE_RELEASE} (the current release)`);
  });
});
