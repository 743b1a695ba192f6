// Test helpers: build a stack, synthesize it, and read the JSON back.
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { IConstruct } from 'constructs';
import { App, TerraformOutput, TerraformResource, TerraformStack, Testing } from 'cdktf';

/** A fresh app (stubbed cdktf version for stable snapshots) with one empty stack. */
export function newStack(id = 'test'): TerraformStack {
  const app: App = Testing.app();
  return new TerraformStack(app, id);
}

/** A fresh stack with the azurerm and azuread providers, as real stacks have. */
export function newStackWithProviders(id = 'test'): TerraformStack {
  return addProviders(newStack(id));
}

/** Adds the azurerm and azuread providers to `stack` (for stacks of an app a test builds itself). */
export function addProviders(stack: TerraformStack): TerraformStack {
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AzureadProvider(stack, 'azuread', {});
  return stack;
}

/** The synthesized stack as parsed JSON. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** All blocks of one resource type, keyed by logical id (empty when there are none). */
export function resourcesOf(json: any, type: string): { [id: string]: any } {
  return json.resource?.[type] ?? {};
}

/** All data sources of one type, keyed by logical id. */
export function dataSourcesOf(json: any, type: string): { [id: string]: any } {
  return json.data?.[type] ?? {};
}

/** The single resource of a type; fails the test when there are zero or several. */
export function onlyResource(json: any, type: string): any {
  const all = Object.values(resourcesOf(json, type));
  if (all.length !== 1) {
    throw new Error(`expected exactly one ${type}, found ${all.length}`);
  }
  return all[0];
}

/** The Terraform address (`type.logicalId`) of the resource at `path`, a construct path below the stack. */
export function addressAt(stack: TerraformStack, path: string): string {
  const found = path.split('/').reduce<IConstruct>((scope, id) => scope.node.findChild(id), stack);
  if (!TerraformResource.isTerraformResource(found)) {
    throw new Error(`no resource at ${path}`);
  }
  return `${found.terraformResourceType}.${found.friendlyUniqueId}`;
}

let probeCount = 0;

/** How a value (usually a reference token) reads in the synthesized Terraform JSON. */
export function rendered(stack: TerraformStack, value: unknown): unknown {
  const id = `probe${++probeCount}`;
  new TerraformOutput(stack, id, { value });
  const output = synthJson(stack).output[id].value;
  stack.node.tryRemoveChild(id);
  return output;
}

/** Messages of one annotation level ('warn', 'error', 'info') attached anywhere under `scope`. */
export function annotations(scope: IConstruct, level: 'warn' | 'error' | 'info'): string[] {
  return scope.node.findAll()
    .flatMap((c) => c.node.metadata)
    .filter((entry) => entry.type === `@cdktf/${level}`)
    .map((entry) => String(entry.data));
}

/**
 * Like `annotations`, after synthesizing the stack of `scope` (once per call): advice a construct
 * records about its props is reported at synthesis, under its policy rule id.
 */
export function annotationsAfterSynth(scope: IConstruct, level: 'warn' | 'error' | 'info'): string[] {
  Testing.synth(TerraformStack.of(scope));
  return annotations(scope, level);
}
