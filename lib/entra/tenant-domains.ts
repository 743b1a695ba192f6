import { DataAzureadDomains } from '@cdktf/provider-azuread/lib/data-azuread-domains';
import { Postcondition, TerraformStack } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { TerraformRequirements } from '../private/terraform-requirements';
import { isUnresolved } from '../private/validation';

/**
 * The tenant's domains (`data.azuread_domains`), read once per stack. It resolves the tenant's initial
 * `<name>.onmicrosoft.com` domain, and checks at plan time that each organization the stack connects to
 * is one of the tenant's domains, so a stack pointed at the wrong tenant stops at `terraform plan`.
 * Needs `Domain.Read.All` (or `Directory.Read.All`) for whoever runs Terraform.
 */
export class TenantDomains extends Construct {
  /** The stack's tenant domains, created on first use. */
  public static of(scope: IConstruct): TenantDomains {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild('tenant-domains') as TenantDomains | undefined;
    return existing ?? new TenantDomains(stack, 'tenant-domains');
  }

  /** The `azuread_domains` data source. */
  public readonly lookup: DataAzureadDomains;
  private readonly organizations: string[] = [];
  private initial?: DataAzureadDomains;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    this.lookup = new DataAzureadDomains(this, 'lookup', {});
    this.applyPostconditions();
  }

  /** The tenant's initial `<name>.onmicrosoft.com` domain, as a reference resolved at plan time. */
  public get initialDomain(): string {
    if (!this.initial) {
      this.initial = new DataAzureadDomains(this, 'initial', { onlyInitial: true });
    }
    return this.initial.domains.get(0).domainName;
  }

  /** Adds a plan-time check that `organization` is one of the tenant's domains. */
  public requireOrganization(organization: string): void {
    if (isUnresolved(organization) || this.organizations.includes(organization.toLowerCase())) {
      return;
    }
    this.organizations.push(organization.toLowerCase());
    this.applyPostconditions();
  }

  private applyPostconditions(): void {
    TerraformRequirements.of(this).requireTerraform('1.2.0', 'plan-time postconditions');
    const postcondition: Postcondition[] = [{
      condition: '${length([for d in self.domains : d if d.initial]) > 0}',
      errorMessage: 'The tenant reports no initial .onmicrosoft.com domain; check that the azuread provider targets the right tenant.',
    }];
    for (const organization of this.organizations) {
      postcondition.push({
        condition: `\${contains([for d in self.domains : lower(d.domain_name)], ${JSON.stringify(organization)})}`,
        errorMessage: `Organization ${organization} is not a domain of the tenant the azuread provider signs in to `
          + '(its initial domain is ${join(", ", [for d in self.domains : d.domain_name if d.initial])}). '
          + 'Use that domain as organization, or point the provider at the right tenant.',
      });
    }
    this.lookup.lifecycle = { postcondition };
  }
}
