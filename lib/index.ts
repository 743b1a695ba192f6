// Public API: re-exports only. Each construct lives in its own file under a folder per concern.
export * from './identity/managed-identity';
export * from './identity/system-assigned-identity';
export * from './identity/user-assigned-identity';
export * from './automation/automation-account';
export * from './entra/entra-role';
export * from './entra/entra-role-binding';
export * from './entra/api-service-principal';
export * from './entra/app-role-grant';
export * from './exchange/exo-app-role-grant';
