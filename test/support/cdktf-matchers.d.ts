// Types for the jest matchers cdktf adds in test/support/setup.ts (Testing.setupJest()).
declare namespace jest {
  interface Matchers<R> {
    toHaveResource(resource: { tfResourceType: string }): R;
    toHaveResourceWithProperties(resource: { tfResourceType: string }, properties: Record<string, unknown>): R;
    toHaveDataSource(dataSource: { tfResourceType: string }): R;
    toHaveDataSourceWithProperties(dataSource: { tfResourceType: string }, properties: Record<string, unknown>): R;
    toBeValidTerraform(): R;
    toPlanSuccessfully(): R;
  }
}
