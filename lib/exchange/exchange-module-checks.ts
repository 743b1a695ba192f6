// The checks of an Exchange module import's runtime and version, shared by ExchangeOnlineModuleImport and
// ExchangeOnlineAutomation so that each names the prop its user typed (`version`, `exchangeModuleVersion`).
import { IConstruct } from 'constructs';
import { CURRENT_EXCHANGE_MODULE_RELEASE, defaultExchangeModuleVersion, exchangeModuleIncompatibility, parseModuleVersion } from './exchange-module-support';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { recordFinding } from '../private/findings';
import { requireKind } from '../private/shape-checks';
import { fail, isUnresolved, requireString } from '../private/validation';

/** The runtime of an Exchange module import: a PowerShellRuntime, V5_1 when not given. */
export function requireExchangeRuntime(scope: IConstruct, prop: string, value: unknown): PowerShellRuntime {
  return requireKind<PowerShellRuntime>(scope, prop, value ?? PowerShellRuntime.V5_1, 'PowerShellRuntime',
    'PowerShellRuntime.V5_1, PowerShellRuntime.V7_2 or PowerShellRuntime.V7_4');
}

/**
 * The ExchangeOnlineManagement version for `runtime` (its default when not given), checked to load there.
 * `prop` is the prop the user typed (`version`, or `exchangeModuleVersion` on ExchangeOnlineAutomation).
 */
export function requireExchangeModuleVersion(scope: IConstruct, prop: string, value: unknown, runtime: PowerShellRuntime): string {
  const version = requireString(scope, prop, value ?? defaultExchangeModuleVersion(runtime));
  if (isUnresolved(version)) {
    return version;
  }
  const parsed = parseModuleVersion(version);
  if (!parsed) {
    fail(scope, prop, version, `must be an ExchangeOnlineManagement version such as ${CURRENT_EXCHANGE_MODULE_RELEASE}`);
  }
  const problem = exchangeModuleIncompatibility(parsed, runtime);
  if (problem) {
    fail(scope, prop, version, problem);
  }
  if (parsed.prerelease) {
    recordFinding(scope, 'EXO13', `${prop}: ${version}`);
  }
  return version;
}
