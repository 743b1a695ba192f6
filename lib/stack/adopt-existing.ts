// Adopting objects that exist already: a construct given the id of the object it would create emits a
// Terraform `import` block (cdktf's `importFrom`, Terraform 1.5 or later), so the first plan imports the
// object instead of creating a duplicate that Azure or Entra ID would refuse. The id is checked first
// (lib/validation/import-ids.ts).
import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { TerraformRequirements } from './terraform-requirements';
import { checkImportId, ExpectedParts, ImportIdFormat } from '../validation/import-ids';

/**
 * Validates `id` (see checkImportId) and emits the import block on `resource`. Does nothing when `id` is
 * undefined.
 */
export function adoptExisting(
  scope: IConstruct, prop: string, id: string | undefined, resource: TerraformResource, format: ImportIdFormat, expected: ExpectedParts = {},
): void {
  if (id === undefined) {
    return;
  }
  resource.importFrom(checkImportId(scope, prop, id, format, expected));
  TerraformRequirements.of(scope).requireTerraform('1.5.0', 'import blocks (adopting objects that exist)');
}
