// Which ExchangeOnlineManagement version runs on which PowerShell runtime.
//
// Source: "About the Exchange Online PowerShell module", supported operating systems and PowerShell
// versions (https://learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2):
//   "Module versions 3.5.0 (May 2024) or later require PowerShell 7.4.0 (November 2023) or later due to
//    .NET 8.0 assembly dependencies."  3.0.0 to 3.4.0 run on PowerShell 7.2 (.NET 6.0).
//   Every version is supported on Windows PowerShell 5.1.
// Managed identity connections need the V3 module (3.0.0 or later), per the managed-identity guide.
import { PowerShellRuntime } from '../automation/powershell-runtime';

/**
 * Default ExchangeOnlineManagement version: 3.9.2, the "Current release" in the module's release notes
 * (https://learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2#release-notes).
 */
export const DEFAULT_EXCHANGE_MODULE_VERSION = '3.9.2';

/** The newest version documented to run on PowerShell 7.2 (the default for that runtime). */
export const LAST_EXCHANGE_MODULE_VERSION_FOR_7_2 = '3.4.0';

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z]+))?$/;

/** A parsed module version. */
export interface ModuleVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /**
   * Pre-release label, e.g. `Preview1`.
   * @default - none (a General Availability version)
   */
  readonly prerelease?: string;
}

/** Parses `3.9.2` or `3.10.1-Preview1`; undefined when the text is not a version. */
export function parseModuleVersion(text: string): ModuleVersion | undefined {
  const match = VERSION.exec(text);
  if (!match) {
    return undefined;
  }
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[5] };
}

function atLeast(v: ModuleVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

/** The version a runtime gets when the user names none. */
export function defaultExchangeModuleVersion(runtime: PowerShellRuntime): string {
  return runtime === PowerShellRuntime.V7_2 ? LAST_EXCHANGE_MODULE_VERSION_FOR_7_2 : DEFAULT_EXCHANGE_MODULE_VERSION;
}

/**
 * Why the version cannot run managed-identity connections on the runtime, or undefined when it can.
 * The text says which combination works.
 */
export function exchangeModuleIncompatibility(version: ModuleVersion, runtime: PowerShellRuntime): string | undefined {
  if (!atLeast(version, 3, 0)) {
    return 'is older than 3.0.0: Connect-ExchangeOnline -ManagedIdentity needs the V3 module (3.0.0 or later); '
      + `use ${DEFAULT_EXCHANGE_MODULE_VERSION}`;
  }
  if (runtime === PowerShellRuntime.V7_2 && atLeast(version, 3, 5)) {
    return 'does not run on PowerShell 7.2: ExchangeOnlineManagement 3.5.0 and later need PowerShell 7.4 (.NET 8). '
      + `Use runtime PowerShellRuntime.V7_4 (or V5_1) with this version, or version ${LAST_EXCHANGE_MODULE_VERSION_FOR_7_2} or earlier on 7.2`;
  }
  return undefined;
}
