// Which ExchangeOnlineManagement versions load on which PowerShell, in one table. Updating the data for
// a new module release is a change to this file only (test/exchange/exchange-module-support.test.ts has
// a test per row and runtime).
//
// Source: Microsoft's "About the Exchange Online PowerShell module"
// (https://learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2; MicrosoftDocs/
// office-docs-powershell exchange/docs-conceptual/exchange-online-powershell-v2.md, as of 6ff4f2696c,
// 2026-07-31, unchanged at 93336da2bc, 2026-08-21):
// - "Module versions 3.10.0 (June 2026) or later require PowerShell 7.6.0 (March 2026) or later due to
//   .NET 10.0 assembly dependencies." Release notes, 3.10.0: "the minimum required version of PowerShell 7
//   is 7.6. Windows PowerShell 5.1 isn't affected."
// - "Module versions 3.5.0 (May 2024) to 3.9.2 (January 2026) require PowerShell 7.4.0 (November 2023) or
//   later due to .NET 8.0 assembly dependencies."
// - 3.0.0 to 3.4.0: PowerShell 7.2.0 to 7.3.7 (.NET 6.0) in the Windows and Linux tables.
// - "All versions of the module are supported and compatible in Windows PowerShell 5.1."
// - Release notes, "Current release": 3.10.1.
// Managed identity connections need the V3 module (3.0.0 or later), per the managed-identity guide.
//
// Azure Automation runs PowerShell 5.1, 7.2 (retired 2026-09-30) and, in runtime environments, 7.4 and
// 7.6 (https://learn.microsoft.com/azure/automation/automation-runbook-types,
// https://learn.microsoft.com/azure/automation/runtime-environment-overview; 7.6: Azure update 568102,
// "Generally Available: Azure Automation supports PowerShell 7.6 runbooks and Runtime environment",
// 2026-07-30; 7.1/7.2: Azure update 567556, "Support for ... PowerShell- 7.1; 7.2 will be retired on
// September 30, 2026"). So 3.10.0 and later load on 5.1 and 7.6 there; 3.9.2 is the last on 7.4.
// Community reports that 3.10 "may work" on 7.4-7.5, or that 3.9.2 broke projects pinned to 3.9.0, are
// not in Microsoft's notes; pin any version that loads with `version`.
import { PowerShellRuntime } from '../automation/powershell-runtime';
import { EXCHANGE_MODULE } from '../reference/exchange-module-name';
import { internalError } from '../validation/errors';

/** One row of Microsoft's table: a range of module versions and the PowerShell 7 they need. */
export interface ModuleSupportRow {
  /** First module version of the row. */
  readonly from: string;
  /** Last module version of the row; undefined for the open-ended newest row. */
  readonly through?: string;
  /** Oldest PowerShell 7 the row loads on. */
  readonly powerShell7Min: string;
  /** Newest PowerShell 7 the row is supported on; undefined when Microsoft names no upper bound. */
  readonly powerShell7Max?: string;
  /** The .NET the row's assemblies target. */
  readonly dotnet: string;
}

export const EXCHANGE_MODULE_SUPPORT: readonly ModuleSupportRow[] = [
  { from: '3.0.0', through: '3.4.0', powerShell7Min: '7.2.0', powerShell7Max: '7.3.7', dotnet: '.NET 6.0' },
  { from: '3.5.0', through: '3.9.2', powerShell7Min: '7.4.0', dotnet: '.NET 8.0' },
  { from: '3.10.0', powerShell7Min: '7.6.0', dotnet: '.NET 10.0' },
];

/** The "Current release" in the module's release notes: the default where it loads (Windows PowerShell 5.1). */
export const CURRENT_EXCHANGE_MODULE_RELEASE = '3.10.1';

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

function compare(a: ModuleVersion, b: ModuleVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

const parsed = (text: string) => parseModuleVersion(text)!;

/** The PowerShell 7 version a runtime runs (7.2 -> 7.2.0), or undefined for Windows PowerShell 5.1. */
function powerShell7Of(runtime: PowerShellRuntime): ModuleVersion | undefined {
  return runtime.version.startsWith('5.') ? undefined : parsed(`${runtime.version}.0`);
}

function rowOf(version: ModuleVersion): ModuleSupportRow | undefined {
  return [...EXCHANGE_MODULE_SUPPORT].reverse().find((row) => compare(version, parsed(row.from)) >= 0);
}

function loadsOn(row: ModuleSupportRow, runtime: PowerShellRuntime): boolean {
  const ps = powerShell7Of(runtime);
  if (ps === undefined) {
    return true;
  }
  // A runtime "7.2" is every 7.2.x patch: compare by major.minor against the row's bounds.
  const minor = (v: ModuleVersion) => ({ major: v.major, minor: v.minor, patch: 0 });
  return compare(ps, minor(parsed(row.powerShell7Min))) >= 0
    && (row.powerShell7Max === undefined || compare(ps, minor(parsed(row.powerShell7Max))) <= 0);
}

/** The newest release that loads on the runtime (the default when the user names no version). */
export function defaultExchangeModuleVersion(runtime: PowerShellRuntime): string {
  const row = [...EXCHANGE_MODULE_SUPPORT].reverse().find((r) => loadsOn(r, runtime));
  if (row === undefined) {
    internalError(`internal error: no ExchangeOnlineManagement version loads on ${runtime}`);
  }
  return row.through ?? CURRENT_EXCHANGE_MODULE_RELEASE;
}

function rangeText(row: ModuleSupportRow): string {
  return row.through === undefined ? `${row.from} and later` : `${row.from} to ${row.through}`;
}

/**
 * Why the version cannot run managed-identity connections on the runtime, or undefined when it can.
 * The text says which combination works; `runtimeName` names the other runtimes (default:
 * `PowerShellRuntime.V7_2 or V5_1`, as TypeScript writes them).
 */
export function exchangeModuleIncompatibility(version: ModuleVersion, runtime: PowerShellRuntime,
  runtimeName?: (runtime: PowerShellRuntime) => string): string | undefined {
  const row = rowOf(version);
  if (row === undefined) {
    return 'is older than 3.0.0: Connect-ExchangeOnline -ManagedIdentity needs the V3 module (3.0.0 or later); '
      + `use ${defaultExchangeModuleVersion(runtime)}`;
  }
  if (loadsOn(row, runtime)) {
    return undefined;
  }
  const needs = row.powerShell7Max === undefined
    ? `need PowerShell ${row.powerShell7Min} or later (${row.dotnet})`
    : `support PowerShell ${row.powerShell7Min} to ${row.powerShell7Max} (${row.dotnet})`;
  const others = [PowerShellRuntime.V7_6, PowerShellRuntime.V7_4, PowerShellRuntime.V7_2, PowerShellRuntime.V5_1]
    .filter((r) => r !== runtime && loadsOn(row, r))
    .map((r) => `V${r.version.replace('.', '_')}`);
  const alternatives = runtimeName === undefined ? `PowerShellRuntime.${others.join(' or ')}`
    : [PowerShellRuntime.V7_2, PowerShellRuntime.V7_4, PowerShellRuntime.V5_1].filter((r) => r !== runtime && loadsOn(row, r)).map(runtimeName).join(' or ');
  return `does not load on ${runtime}: ExchangeOnlineManagement ${rangeText(row)} ${needs}. `
    + `Use version ${defaultExchangeModuleVersion(runtime)} on ${runtime}, or runtime ${alternatives} with this version`;
}

// The V3 module's REST connections need PowerShellGet, which needs PackageManagement. Azure Automation's
// 5.1 and 7.2 sandboxes carry old copies, and Microsoft's known issues for both say to "explicitly upload
// PowerShellGet and PackageManagement modules" when using ExchangeOnlineManagement 3.0.0 or later
// (https://learn.microsoft.com/azure/automation/automation-runbook-types, known issues).
// PowerShell 7.4 and 7.6 ship both modules in-box, so their runtime environments need only the Exchange
// package: PowerShell's src/Modules/PSGalleryModules.csproj (PowerShell/PowerShell, the net10.0 line that
// became 7.6) bundles PowerShellGet 2.2.5 and PackageManagement 1.4.8.1, the versions imported for 5.1/7.2.
// Microsoft's module page says only that REST connections "in Windows require the PowerShellGet module"
// and that this concerns "PowerShell 5.1 more than PowerShell 7" (exchange-online-powershell-v2.md,
// "PowerShellGet required in Windows").
// Versions: the current stable releases on the PowerShell Gallery
// (https://www.powershellgallery.com/packages/PackageManagement/1.4.8.1,
//  https://www.powershellgallery.com/packages/PowerShellGet/2.2.5).
const PACKAGE_MANAGEMENT = { name: 'PackageManagement', version: '1.4.8.1' };
const POWERSHELL_GET = { name: 'PowerShellGet', version: '2.2.5' };

/** The modules an Exchange module import brings in for `runtime`, in import order (Exchange last). */
export function exchangeModulesFor(runtime: PowerShellRuntime, exchangeVersion: string): Array<{ name: string; version: string }> {
  const wanted = runtime.usesRuntimeEnvironment ? [] : [PACKAGE_MANAGEMENT, POWERSHELL_GET];
  return [...wanted, { name: EXCHANGE_MODULE, version: exchangeVersion }];
}
