// The checks of an Exchange module import's runtime and version, shared by ExchangeOnlineModuleImport and
// ExchangeOnlineAutomation so that each names the prop its user typed (`version`, `exchangeModuleVersion`).
import { IConstruct } from 'constructs';
import {
  CURRENT_EXCHANGE_MODULE_RELEASE, defaultExchangeModuleVersion, exchangeModuleIncompatibility, exchangeModulesFor, parseModuleVersion,
} from './exchange-module-support';
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { recordFinding } from '../rules/findings';
import { PREVIEW_MODULE_RULE } from '../rules/exo13-preview-module';
import { checkImportId, IMPORT_ID_FORMATS } from '../validation/import-ids';
import { LiteralNames } from '../terraform/literal-names';
import { requireKind, requireOptionalStringMap } from '../validation/shapes';
import { fail, isUnresolved, requireString } from '../validation/values';

/** The runtime of an Exchange module import: a PowerShellRuntime, V5_1 when not given. */
export function requireExchangeRuntime(scope: IConstruct | string, prop: string, value: unknown): PowerShellRuntime {
  return requireKind<PowerShellRuntime>(scope, prop, value ?? PowerShellRuntime.V5_1, 'PowerShellRuntime',
    'PowerShellRuntime.V5_1, PowerShellRuntime.V7_2, PowerShellRuntime.V7_4 or PowerShellRuntime.V7_6');
}

/**
 * The ExchangeOnlineManagement version for `runtime` (its default when not given), checked to load there.
 * `prop` is the prop the user typed (`version`, or `exchangeModuleVersion` on ExchangeOnlineAutomation);
 * `runtimeName` names another runtime the way the user writes one (a tenants file: `"7.4"`).
 */
export function requireExchangeModuleVersion(scope: IConstruct | string, prop: string, value: unknown, runtime: PowerShellRuntime,
  runtimeName?: (runtime: PowerShellRuntime) => string): string {
  const version = requireString(scope, prop, value ?? defaultExchangeModuleVersion(runtime));
  if (isUnresolved(version)) {
    return version;
  }
  const parsed = parseModuleVersion(version);
  if (!parsed) {
    fail(scope, prop, version, `must be an ExchangeOnlineManagement version such as ${CURRENT_EXCHANGE_MODULE_RELEASE}`);
  }
  const problem = exchangeModuleIncompatibility(parsed, runtime, runtimeName);
  if (problem) {
    fail(scope, prop, version, problem);
  }
  // A finding belongs to a construct; a file's check (a string scope) leaves it to the construct built from it.
  if (parsed.prerelease && typeof scope !== 'string') {
    recordFinding(scope, PREVIEW_MODULE_RULE, `${prop}: ${version}`);
  }
  return version;
}

/**
 * Import ids of modules that exist already, by module name: each name one of the modules imported for
 * `runtime`, each id of that runtime's module format and naming the module, and `where` (the literal
 * `account`, `resourceGroup` and, for 7.4 and 7.6, `environment`; unknown parts are not compared). `prop` is the
 * prop the user typed (`importModulesFrom`, or `importExisting.modules`). Returns the map.
 */
export function checkModuleImports(scope: IConstruct, prop: string, value: unknown, runtime: PowerShellRuntime, where: LiteralNames): { [name: string]: string } {
  const importFrom = requireOptionalStringMap(scope, prop, value) ?? {};
  const wanted = exchangeModulesFor(runtime, '').map((module) => module.name);
  const format = runtime.usesRuntimeEnvironment ? IMPORT_ID_FORMATS.runtimeEnvironmentPackage
    : runtime.runbookType === 'PowerShell72' ? IMPORT_ID_FORMATS.powerShell72Module : IMPORT_ID_FORMATS.module;
  for (const [name, id] of Object.entries(importFrom)) {
    if (!wanted.includes(name)) {
      fail(scope, prop, name, `must name a module imported for ${runtime}: ${wanted.join(', ')}`);
    }
    checkImportId(scope, `${prop}["${name}"]`, id, format, { ...where, name });
  }
  return importFrom;
}

/** The import id of a runtime environment named `name` in the account `where` names. */
export function checkRuntimeEnvironmentImport(scope: IConstruct, prop: string, value: unknown, name: string, where: LiteralNames): string {
  return checkImportId(scope, prop, value, IMPORT_ID_FORMATS.runtimeEnvironment, { ...where, name });
}
