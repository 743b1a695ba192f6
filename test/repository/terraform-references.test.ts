// Every reference in every checked stack resolves: `terraform validate` without provider plugins (all we
// have here) stops before it resolves references, so an undeclared `${type.name...}`, an import `to`
// naming no resource or a depends_on naming nothing would pass it. The checker is the package test's
// (scripts/consumer/terraform-references.js), so both read references the same way.
import { Testing } from 'cdktf';
import { CHECKED_STACKS } from './example-stacks';
import { danglingReferences, interpolations, references } from '../../scripts/consumer/terraform-references';

describe.each(CHECKED_STACKS)('references of %s', (_name, build) => {
  test('every reference, import target and depends_on entry names a declared block', () => {
    const json = JSON.parse(Testing.synth(build(Testing.app())));
    expect(references(json).length).toBeGreaterThan(0);
    expect(danglingReferences(json)).toEqual([]);
  });
});

describe('the reference checker (it can fail)', () => {
  const config = {
    variable: { region: {} },
    locals: { tags: { a: 'b' } },
    data: { azuread_domains: { d: {} } },
    resource: {
      azurerm_resource_group: {
        rg: { name: '${var.region}-${local.tags.a}', location: '${data.azuread_domains.d.domains[0].domain_name}' },
        bad: {
          name: '${azurerm_resource_group.nope.name} $${azurerm_literal.not.a_reference}',
          location: '${var.missing}',
          tags: { t: '${[for rg in azurerm_resource_group.rg.tags : rg.x][0]}', u: '${local.none}', v: '${data.azuread_domains.gone.id}' },
          depends_on: ['azurerm_resource_group.rg', 'azurerm_user_assigned_identity.absent'],
          lifecycle: { postcondition: [{ condition: '${self.name != ""}', error_message: 'x' }] },
        },
      },
    },
    output: { o: { value: '${self.id}' } },
    import: [{ to: 'azurerm_resource_group.rg', id: '/x' }, { to: 'azurerm_resource_group.absent', id: '/y' }],
  };

  test('reports each undeclared reference, import target and depends_on entry, and nothing else', () => {
    expect(danglingReferences(config)).toEqual([
      'azurerm_resource_group.bad depends_on azurerm_user_assigned_identity.absent: not declared',
      'import block to azurerm_resource_group.absent: no such resource',
      'reference to undeclared azurerm_resource_group.nope (at resource.azurerm_resource_group.bad.name)',
      'reference to undeclared data.azuread_domains.gone (at resource.azurerm_resource_group.bad.tags.v)',
      'reference to undeclared local.none (at resource.azurerm_resource_group.bad.tags.u)',
      'reference to undeclared var.missing (at resource.azurerm_resource_group.bad.location)',
      'self.id outside a resource or data source (at output.o.value)',
    ]);
  });

  test('reads interpolations, not escaped literals or strings inside them', () => {
    expect(interpolations('a ${x.y.z} $${not.this} ${f("}", {k = v.w.u})}')).toEqual(['x.y.z', 'f("}", {k = v.w.u})']);
    expect(references({ resource: { t: { n: { a: '${self.identity[0].principal_id == "x.y.z"}' } } } }))
      .toEqual([{ root: 'self', type: undefined, name: undefined, attribute: 'identity', in: { kind: 'resource', type: 't', name: 'n' }, path: 'resource.t.n.a' }]);
  });
});
