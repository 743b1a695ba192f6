// `depends_on` between the package's own resources, written without a stack trace per entry. cdktf turns
// each item of a resource's `dependsOn` config into a token (`Dependable`, an `Intrinsic`) that captures the
// whole call stack when it is made, and resolving it reads the dependency's `fqn`, another token that
// captures the (deeper) synthesis stack. Measured at 1,000 ExchangeOnlineAutomation in one stack: 7,000
// captures while constructing and 4,000 at about 90 microseconds each while synthesizing (BENCHMARKS.md).
// The token here resolves to the same address, `type.name` or `data.type.name`, and captures nothing.
import { IResolvable, IResolveContext, ITerraformDependable, TerraformDataSource, TerraformResource, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Makes `resource` depend on each of `dependencies`, as its `dependsOn` config would: the same entries in
 * `depends_on`, in order. No-op for undefined, as an absent config is.
 */
export function dependOn(resource: TerraformResource, dependencies: readonly ITerraformDependable[] | undefined): void {
  if (dependencies !== undefined) {
    resource.dependsOn = dependencies.map((dependency) => Token.asString(new DependencyAddress(dependency)));
  }
}

/**
 * One `depends_on` entry. Resolves, like cdktf's `Dependable`, with braces suppressed: to the address of a
 * resource or data source in the stack being synthesized, read then (so a later `overrideLogicalId` counts);
 * to the dependency's own `fqn` otherwise (another stack's element, a module, any other ITerraformDependable).
 */
class DependencyAddress implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly dependency: ITerraformDependable) {}

  public resolve(context: IResolveContext): string {
    context.suppressBraces = true;
    return addressIn(context.scope, this.dependency) ?? this.dependency.fqn;
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** The address of `dependency` when it is a resource or data source of the stack of `scope`. */
function addressIn(scope: IConstruct, dependency: ITerraformDependable): string | undefined {
  const resource = TerraformResource.isTerraformResource(dependency);
  if (!resource && !TerraformDataSource.isTerraformDataSource(dependency)) {
    return undefined;
  }
  const element = dependency as TerraformResource | TerraformDataSource;
  if (TerraformStack.of(element) !== TerraformStack.of(scope)) {
    return undefined;
  }
  return `${resource ? '' : 'data.'}${element.terraformResourceType}.${element.friendlyUniqueId}`;
}
