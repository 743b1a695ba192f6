// EXO15 (PolicyRule.VERSION_CONSTRAINT_TOO_WIDE): a Terraform or provider version constraint set on the
// stack also admits releases the stack cannot use. Reported on the stack (a TerraformStack) by its
// version requirements (lib/stack/terraform-requirements.ts) at synthesis, not recorded.
import { constructRule } from './construct-rule';

export const VERSION_CONSTRAINT_TOO_WIDE_RULE = constructRule({
  id: 'EXO15',
  description: 'A version constraint set on the stack (terraform.required_providers.<provider>.version or terraform.required_version) also admits releases that lack what this stack uses; terraform init may pick one that fails. Narrow it to the range named, or remove it to let the package write that range.',
  appliesTo: ['TerraformStack'],
  summary: 'a provider or Terraform version constraint you set (`stack.addOverride(\'terraform.required_providers.azurerm.version\', ...)`) that also admits releases without a feature the stack uses; suppress it on the stack',
  raisedBy: 'the stack\'s version constraints',
});
