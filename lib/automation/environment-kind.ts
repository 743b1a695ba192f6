// The one check that a prop holds a runtime environment of this package (PowerShellRuntimeEnvironment,
// from any copy of the package: by its marker, lib/validation/markers.ts), used by every construct that
// takes one. Not in account-kind.ts: runtime-environment.ts imports that file, so it would be an import circle.
import { IConstruct } from 'constructs';
import { PowerShellRuntimeEnvironment } from './runtime-environment';
import { requireKind } from '../validation/shapes';

/** Requires `value` to be a PowerShellRuntimeEnvironment; the message names `prop`. */
export function requireRuntimeEnvironment(scope: IConstruct | string, prop: string, value: unknown): PowerShellRuntimeEnvironment {
  return requireKind<PowerShellRuntimeEnvironment>(scope, prop, value, 'PowerShellRuntimeEnvironment', 'a PowerShellRuntimeEnvironment');
}
