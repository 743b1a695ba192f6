import { Postcondition, TerraformDataSource, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ORGANIZATION_RULE, organizationFormatCondition } from '../validation/organization';
import { DomainsDataSource } from '../bindings/azuread/domains';
import { TerraformRequirements } from '../stack/terraform-requirements';
import { isUnresolved } from '../validation/values';

/**
 * The tenant's domains (`data.azuread_domains`), read once per stack. It resolves the tenant's initial
 * `<name>.onmicrosoft.com` domain, and checks at plan time that each organization the stack connects to
 * is one of the tenant's domains, so a stack pointed at the wrong tenant stops at `terraform plan`. An
 * organization known only at plan time (a Terraform variable) is also checked there to be of the form
 * `<name>.onmicrosoft.com`, as a literal one is at synth: a vanity domain is a domain of the tenant too,
 * but Connect-ExchangeOnline -Organization needs the initial domain.
 * Needs `Domain.Read.All` (or `Directory.Read.All`) for whoever runs Terraform.
 */
export class TenantDomains extends Construct {
  /** The stack's tenant domains, created on first use. */
  public static of(scope: IConstruct): TenantDomains {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild('tenant-domains') as TenantDomains | undefined;
    return existing ?? new TenantDomains(stack, 'tenant-domains');
  }

  /** The `azuread_domains` data source (escape hatch). */
  public readonly lookup: TerraformDataSource;
  private readonly organizations: string[] = [];
  private initial?: DomainsDataSource;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    this.lookup = new DomainsDataSource(this, 'lookup', {});
    this.applyPostconditions();
  }

  /** The tenant's initial `<name>.onmicrosoft.com` domain, as a reference resolved at plan time. */
  public get initialDomain(): string {
    if (!this.initial) {
      this.initial = new DomainsDataSource(this, 'initial', { onlyInitial: true });
    }
    return this.initial.domainNameAt(0);
  }

  /**
   * Adds a plan-time check that `organization` is one of the tenant's domains. A Terraform reference
   * (e.g. a variable) is checked too: its value is compared at plan time, and checked to be
   * `<name>.onmicrosoft.com` (the format a literal value was checked for when it was given).
   */
  public requireOrganization(organization: string): void {
    const key = isUnresolved(organization) ? organization : organization.toLowerCase();
    if (this.organizations.includes(key)) {
      return;
    }
    this.organizations.push(key);
    this.applyPostconditions();
  }

  private applyPostconditions(): void {
    TerraformRequirements.of(this).requireTerraform('1.2.0', 'plan-time postconditions');
    const postcondition: Postcondition[] = [{
      condition: '${length([for d in self.domains : d if d.initial]) > 0}',
      errorMessage: 'The tenant reports no initial .onmicrosoft.com domain; check that the azuread provider targets the right tenant.',
    }];
    for (const organization of this.organizations) {
      // Inside the condition's ${...}, cdktf resolves a reference to a bare expression: lower(var.organization).
      const value = isUnresolved(organization) ? `lower(${organization})` : JSON.stringify(organization);
      if (isUnresolved(organization)) {
        // First, so that a vanity domain of the right tenant gets this message rather than none.
        postcondition.push({
          condition: `\${${organizationFormatCondition(organization)}}`,
          errorMessage: `Organization ${organization} ${ORGANIZATION_RULE}; a vanity domain passes the other checks but fails when the runbook connects.`,
        });
      }
      postcondition.push({
        condition: `\${contains([for d in self.domains : lower(d.domain_name)], ${value})}`,
        errorMessage: `Organization ${organization} is not a domain of the tenant the azuread provider signs in to `
          + '(its initial domain is ${join(", ", [for d in self.domains : d.domain_name if d.initial])}). '
          + 'Use that domain as organization, or point the provider at the right tenant.',
      });
    }
    this.lookup.lifecycle = { postcondition };
  }
}
