// `data.azuread_domains` (docs/data-sources/domains.md): the tenant's domains, each with `domain_name` and
// `initial` (true for the `<name>.onmicrosoft.com` domain the tenant was created with).
import { Token, TerraformDataSource, TerraformMetaArguments } from 'cdktf';
import { Construct } from 'constructs';
import { AZUREAD, elementConfig, hclAttributes, jsonAttributes } from '../bindings';

export interface DomainsConfig extends TerraformMetaArguments {
  /** `only_initial`: return only the initial domain. */
  readonly onlyInitial?: boolean;
}

export class DomainsDataSource extends TerraformDataSource {
  public static readonly tfResourceType = 'azuread_domains';

  constructor(scope: Construct, id: string, private readonly config: DomainsConfig) {
    super(scope, id, elementConfig(DomainsDataSource.tfResourceType, AZUREAD, config));
  }

  /** `domains[<index>].domain_name`, as a reference. */
  public domainNameAt(index: number): string {
    return Token.asString(this.interpolationForAttribute(`domains[${index}].domain_name`));
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return jsonAttributes({ only_initial: this.config.onlyInitial });
  }

  protected synthesizeHclAttributes(): { [name: string]: unknown } {
    return hclAttributes({ only_initial: this.config.onlyInitial });
  }
}
