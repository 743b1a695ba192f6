// EXO16 (PolicyRule.RETIRED_RUNTIME): a runtime is PowerShell 7.2, which Microsoft retired in Azure Automation on 2026-09-30.
// Recorded by ExchangeOnlineModuleImport and PowerShellGalleryModule (lib/automation/runtime-retirement.ts).
import { constructRule } from './construct-rule';

export const RETIRED_RUNTIME_RULE = constructRule({
  id: 'EXO16',
  description: 'The runtime is PowerShell 7.2, which Microsoft retired in Azure Automation on 2026-09-30 (Azure update 567556): its runbooks still run but get no security updates, bug fixes or support. Move to PowerShell 7.6, or 7.4 (ExchangeOnlineManagement 3.10.0 and later need 7.6).',
  appliesTo: ['ExchangeOnlineModuleImport', 'PowerShellGalleryModule'],
  summary: '`PowerShellRuntime.V7_2`, retired in Azure Automation on 2026-09-30; move to `V7_4` or `V7_6`',
  raisedBy: 'module imports',
});
