// The bootstrap stack an admin applies once per tenant, signed in as a Global Administrator (or a
// Privileged Role Administrator with Owner on the scopes): it gives the pipeline's two service principals
// what the package needs, so every later `cdktf deploy` runs from the pipeline with no secret and no clicks.
// - the deploy identity (`deployerObjectId`): the Graph permissions of the README table, Contributor;
// - the plan identity (`planObjectId`), which pull requests sign in as: Graph read permissions, Reader.
// Replace the placeholders: each service principal's object id (`az ad sp show --id <its client id> --query
// id -o tsv`) and the subscription the pipeline deploys into.
//
// Subscription scope, because the stacks this pairs with (the default example, TenantStack) create their
// resource group, which Contributor on the group itself cannot do. The trade-off: the deploy identity may
// change anything in that subscription, so give the Exchange automation a subscription of its own. A deploy
// stack that only deploys into a group by name can have the group scope instead: list
// `/subscriptions/<id>/resourceGroups/<name>` and set `createResourceGroupsIn: '<region>'`.
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DeployerPermissions } from '../../lib';
import { configureExampleStack } from '../shared';

export const PIPELINE = {
  deployerObjectId: '99999999-8888-7777-6666-555555555555',
  planObjectId: '44444444-3333-2222-1111-000000000000',
  subscriptionScope: '/subscriptions/00000000-0000-0000-0000-000000000000',
} as const;

export class BootstrapDeployerExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    new DeployerPermissions(this, 'pipeline', {
      deployerObjectId: PIPELINE.deployerObjectId,
      planObjectId: PIPELINE.planObjectId,
      azureScopes: [PIPELINE.subscriptionScope],
    });
  }
}
