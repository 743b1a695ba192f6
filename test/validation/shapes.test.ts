// lib/validation/shapes.ts: requireOptionalDependables judges `fqn` without reading it. cdktf computes
// an element's `fqn` on first read (a reference token, whose creation captures a whole V8 stack trace);
// validation read it in every constructor (issue 17), synthesis reads it anyway.
import { requireOptionalDependables } from '../../lib/validation/shapes';

describe('requireOptionalDependables', () => {
  test('accepts an fqn accessor without calling it', () => {
    let reads = 0;
    class Element {
      public get fqn(): string {
        reads++;
        return 'azurerm_resource_group.group';
      }
    }
    requireOptionalDependables('scope', 'dependsOn', [new Element(), { fqn: 'azurerm_automation_account.account' }]);
    expect(reads).toBe(0);
  });

  test('still refuses a list item without a string fqn, naming the item', () => {
    expect(() => requireOptionalDependables('scope', 'dependsOn', [{ fqn: 'a.b' }, { fqn: 5 }]))
      .toThrow('scope: dependsOn[1] {"fqn":5} must be a Terraform resource or data source (an ITerraformDependable)');
    expect(() => requireOptionalDependables('scope', 'dependsOn', ['azurerm_resource_group.group']))
      .toThrow(/dependsOn\[0\] .*must be a Terraform resource or data source/);
  });
});
