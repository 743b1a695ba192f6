// Public API: re-exports only. Each construct lives in its own file under a folder per concern.
export * from './identity/managed-identity';
export * from './identity/system-assigned-identity';
export * from './identity/user-assigned-identity';
export * from './automation/automation-account';
export * from './entra/entra-role';
export * from './entra/entra-role-binding';
export * from './entra/api-service-principal';
export * from './entra/app-role-grant';
export * from './entra/tenant-domains';
export * from './exchange/exo-app-role-grant';
export * from './automation/powershell-runtime';
export * from './automation/runtime-environment';
export * from './automation/powershell-gallery-module';
export * from './automation/runbook-schedule';
export * from './exchange/exchange-online-module';
export * from './exchange/runbook-script';
export * from './exchange/exchange-runbook';
export * from './exchange/exchange-online-automation';
export { ExchangeOnlineConnection } from './exchange/connect-command';
export {
  AutomationRuntimeEnvironmentResource, AutomationRuntimeEnvironmentConfig,
  AutomationRuntimeEnvironmentPackageResource, AutomationRuntimeEnvironmentPackageConfig,
} from './automation/runtime-environment-resources';
export * from './policy/policy-rule';
export * from './policy/policy-suppressions';
export * from './policy/exchange-online-policy-checks';
