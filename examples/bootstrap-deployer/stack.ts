// The bootstrap stack an admin applies once per tenant, signed in as a Global Administrator (or a
// Privileged Role Administrator with Owner on the scopes): it gives the pipeline's service principal what
// the package needs, so every later `cdktf deploy` runs from the pipeline with no secret and no clicks.
// Replace the placeholders: the pipeline service principal's object id
// (`az ad sp show --id <its client id> --query id -o tsv`) and the resource group it deploys into.
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DeployerPermissions } from '../../lib';
import { configureExampleStack } from '../shared';

export const PIPELINE = {
  deployerObjectId: '99999999-8888-7777-6666-555555555555',
  resourceGroupId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-exo',
} as const;

export class BootstrapDeployerExampleStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    configureExampleStack(this, id);
    new DeployerPermissions(this, 'pipeline', {
      deployerObjectId: PIPELINE.deployerObjectId,
      azureScopes: [PIPELINE.resourceGroupId],
    });
  }
}
