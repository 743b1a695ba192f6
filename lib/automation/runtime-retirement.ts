// Runtimes Microsoft has retired in Azure Automation, and the finding (EXO16) a construct records when its
// user picks one. Not exported from the package: constructs call it on the runtime prop they were given.
//
// Source: Azure update 567556, "Retirement: Support for Python-2.7; 3.8 and PowerShell- 7.1; 7.2 will be
// retired on September 30, 2026" (https://azure.microsoft.com/updates?id=567556, published 2026-07-10):
// from then on, runbooks on those versions still run but get no security updates, bug fixes or support.
// PowerShell 7.4 and 7.6 (GA 2026-07-30, Azure update 568102) are the runtime environments to move to.
import { IConstruct } from 'constructs';
import { PowerShellRuntime } from './powershell-runtime';
import { recordFinding } from '../rules/findings';
import { RETIRED_RUNTIME_RULE } from '../rules/exo16-retired-runtime';

/** Retirement dates (ISO) of the runtimes this package still offers, by version. */
const RETIRED: { readonly [version: string]: string } = { '7.2': '2026-09-30' };

/** The date Microsoft retired `runtime` in Azure Automation, or undefined while it is supported. */
export function retirementOf(runtime: PowerShellRuntime): string | undefined {
  return RETIRED[runtime.version];
}

/** Records EXO16 on `scope` when `runtime` (given as `prop`) is retired. */
export function recordRetiredRuntime(scope: IConstruct, prop: string, runtime: PowerShellRuntime): void {
  const retired = retirementOf(runtime);
  if (retired !== undefined) {
    // The detail is the version alone, as a tenants file writes it; the rule's text carries the date.
    recordFinding(scope, RETIRED_RUNTIME_RULE, `${prop}: ${runtime.version}`);
  }
}
