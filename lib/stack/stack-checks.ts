// What every stack that uses this package gets, registered once per stack by the first construct of the
// package created in it: the collision check (a validation), the version requirements (an aspect), HCL
// meta-arguments Terraform reads, the findings constructs recorded about their own props (an aspect
// over every construct of the stack), and policy checks added above the stack (see below).
import { Aspects, IAspect, TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkCollisionsOf } from './collisions';
import { recordedFindings } from '../rules/findings';
import { fixHclMetaArguments, fixHclTerraformBlock } from './hcl-output';
import { isMarked } from '../validation/markers';
import { TerraformRequirements } from './terraform-requirements';
import { reportFinding } from '../rules/report';

const REGISTERED = new WeakSet<TerraformStack>();
/**
 * Per app (tree root): the stacks prepared since its stacks were last handed the policy checks from
 * above. A synthesis prepares each stack once, so a stack prepared a second time starts a new one.
 */
const PREPARED = new WeakMap<IConstruct, WeakSet<TerraformStack>>();

/**
 * Per resource: HCL meta-arguments (hcl-output.ts). Per construct: the findings it recorded (findings.ts).
 * When the stack's requirements were created with it, it stands in their place among the stack's aspects
 * and visits for them first, where their own aspect would have run: cdktf's aspect walk costs per aspect
 * and construct (it computes the construct's path for each), and their aspect acts on the stack node only.
 */
class StackAspect implements IAspect {
  public constructor(private readonly requirements?: TerraformRequirements) {}

  public visit(node: IConstruct): void {
    this.requirements?.visit(node);
    if (TerraformStack.isStack(node)) {
      runPolicyChecksFromAbove(node);
    }
    if (TerraformResource.isTerraformResource(node) || TerraformDataSource.isTerraformDataSource(node)) {
      fixHclMetaArguments(node);
    }
    for (const finding of recordedFindings(node)) {
      reportFinding(node, finding.rule, finding.detail, true);
    }
  }
}

/** Registers the stack-wide checks of the stack `scope` belongs to (idempotent). */
export function registerStackChecks(scope: IConstruct): void {
  checkCollisionsOf(scope);
  const stack = TerraformStack.of(scope);
  if (!REGISTERED.has(stack)) {
    REGISTERED.add(stack);
    // Requirements made earlier (by a construct that needs them without these checks) keep their own aspect.
    let combined = false;
    TerraformRequirements.of(stack, (requirements) => {
      combined = true;
      return new StackAspect(requirements);
    });
    if (!combined) {
      Aspects.of(stack).add(new StackAspect());
    }
    fixHclTerraformBlock(stack);
    handPolicyChecksToStacksBeforeSynthesis(stack);
  }
}

// cdktf 0.21 (and CDK Terrain) invoke the aspects of each stack and its children only: an aspect added
// to the app is never called. The README documents `Aspects.of(app).add(new ExchangeOnlinePolicyChecks())`,
// so the package makes that work in two places:
// - `app.synth()` prepares every stack before it synthesizes any; the first prepared stack that uses the
//   package adds the policy checks found above each stack of the app to that stack, so they run with the
//   stack's own aspects, in stacks without any construct of the package too (an app with no construct of
//   the package at all runs none of this: cdktf's Aspects.add and App.synth offer no hook, so that case is
//   documented on ExchangeOnlinePolicyChecks: add the checks to each stack). That walk of the whole app
//   runs once per synthesis of the app, not once per stack: the other stacks' preparations find that this
//   synthesis has handed down already (a walk per stack made `app.synth()` quadratic in stacks, issue 17).
//   A stack prepared again starts the next synthesis, which walks again (new stacks, new checks, or a
//   synthesis that threw half-way). Nothing holds on to the app: an app that is dropped is collected;
// - `Testing.synth(stack)` prepares nothing: the stack's own aspect runs the checks from above over the
//   stack when they were not handed over.

/** The policy checks added to the scopes above `stack` and not to the stack itself. */
function policyChecksAbove(stack: TerraformStack): IAspect[] {
  const own = Aspects.of(stack).all;
  return stack.node.scopes.slice(0, -1)
    .flatMap((scope) => Aspects.of(scope).all)
    .filter((aspect) => isMarked(aspect, 'ExchangeOnlinePolicyChecks') && !own.includes(aspect));
}

function handPolicyChecksToStacksBeforeSynthesis(stack: TerraformStack): void {
  const prepare = stack.prepareStack.bind(stack);
  stack.prepareStack = () => {
    const root = stack.node.root;
    const prepared = PREPARED.get(root);
    if (prepared !== undefined && !prepared.has(stack)) {
      prepared.add(stack);
    } else {
      PREPARED.set(root, new WeakSet([stack]));
      for (const each of root.node.findAll().filter(TerraformStack.isStack)) {
        for (const aspect of policyChecksAbove(each)) {
          Aspects.of(each).add(aspect);
        }
      }
    }
    prepare();
  };
}

function runPolicyChecksFromAbove(stack: TerraformStack): void {
  const checks = policyChecksAbove(stack);
  if (checks.length > 0) {
    for (const node of stack.node.findAll()) {
      checks.forEach((aspect) => aspect.visit(node));
    }
  }
}
