// `data.azuread_domains` (docs/data-sources/domains.md): the tenant's domains, each with `domain_name` and
// `initial` (true for the `<name>.onmicrosoft.com` domain the tenant was created with).
import { Token, TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { Arguments, AZUREAD, elementConfig, HandWrittenDataSource } from '../hand-written';

export interface DomainsConfig extends TerraformMetaArguments {
  /** `only_initial`: return only the initial domain. */
  readonly onlyInitial?: boolean;
}

export class DomainsDataSource extends HandWrittenDataSource {
  public static readonly tfResourceType = 'azuread_domains';

  constructor(scope: Construct, id: string, private readonly config: DomainsConfig) {
    super(scope, id, elementConfig(DomainsDataSource.tfResourceType, AZUREAD, config));
  }

  /** `domains[<index>].domain_name`, as a reference. */
  public domainNameAt(index: number): string {
    return Token.asString(this.interpolationForAttribute(`domains[${index}].domain_name`));
  }

  protected arguments(): Arguments {
    return { only_initial: this.config.onlyInitial };
  }
}
