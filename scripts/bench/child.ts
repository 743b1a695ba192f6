// One measurement in a fresh process (started by run.ts):
//   node child.js <library|library-policy|baseline> <example|N> <outdir> [<library cdk.tf.json>]
//   node child.js tenants <tenants file> <outdir>
// Prints one JSON line: phases in ms (performance.now() counts from process start), the CPU time
// (user + system, process.cpuUsage()) of each phase, and peak RSS.
//
// `tenants` runs `exo-tenants synth` (runTenantsCli of lib/tenants/cli.ts, what the bin calls).
// `library` builds the default example, or N ExchangeOnlineAutomation; `library-policy` adds
// ExchangeOnlinePolicyChecks to the N-instance stack (the default example always has them, as
// examples/shared.ts adds them). `baseline` rebuilds the library's own synthesized JSON (4th argument)
// with provider classes: azurerm ones by deep import, azuread ones from lib/bindings/azuread, so the
// baseline can never drift from what the library writes. When the JSON is given, every side reads it
// before timing starts and keeps it until the end, so both pay for it alike.
import { readFileSync } from 'fs';
import * as path from 'path';
import { performance, PerformanceObserver } from 'perf_hooks';
import type { App, TerraformElement, TerraformResource as TerraformResourceType, TerraformStack } from 'cdktf';
import type { IConstruct } from 'constructs';

type Json = { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Keys whose values are Terraform maps (user keys, not arguments): kept as they are. */
const MAP_KEYS = new Set(['triggers', 'tags']);

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(`_${name}`);

/** The provider class of a block type, loaded once: `azurerm_automation_account` -> lib/automation-account AutomationAccount. */
const classes = new Map<string, new (scope: TerraformStack, id: string, config: Json) => TerraformElement>();
function providerClass(kind: 'resource' | 'data', type: string): new (scope: TerraformStack, id: string, config: Json) => TerraformElement {
  if (!classes.has(`${kind}.${type}`)) {
    classes.set(`${kind}.${type}`, loadProviderClass(kind, type));
  }
  return classes.get(`${kind}.${type}`)!;
}

function loadProviderClass(kind: 'resource' | 'data', type: string): new (scope: TerraformStack, id: string, config: Json) => TerraformElement {
  const azuread: Json = {
    'resource.azuread_app_role_assignment': ['app-role-assignment', 'AppRoleAssignmentResource'],
    'resource.azuread_directory_role_assignment': ['directory-role-assignment', 'DirectoryRoleAssignmentResource'],
    'resource.azuread_service_principal': ['service-principal', 'ServicePrincipalResource'],
    'data.azuread_domains': ['domains', 'DomainsDataSource'],
    'data.azuread_service_principal': ['service-principal', 'ServicePrincipalDataSource'],
  };
  const local = azuread[`${kind}.${type}`];
  if (local) {
    return require(`../../lib/bindings/azuread/${local[0]}`)[local[1]]; // eslint-disable-line @typescript-eslint/no-require-imports
  }
  if (type.startsWith('azurerm_')) {
    const base = type.slice('azurerm_'.length);
    const file = `${kind === 'data' ? 'data-azurerm-' : ''}${base.replace(/_/g, '-')}`;
    return require(`@cdktf/provider-azurerm/lib/${file}`)[pascal(kind === 'data' ? `data_azurerm_${base}` : base)]; // eslint-disable-line @typescript-eslint/no-require-imports
  }
  if (type === 'time_sleep') {
    // hashicorp/time has no provider package here; the library writes it with a generic TerraformResource too.
    const { TerraformResource } = require('cdktf'); // eslint-disable-line @typescript-eslint/no-require-imports
    return class extends (TerraformResource as typeof TerraformResourceType) {
      constructor(scope: TerraformStack, id: string, private readonly body: Json) {
        super(scope, id, { terraformResourceType: type, terraformGeneratorMetadata: { providerName: 'time' }, dependsOn: body.dependsOn });
      }
      protected synthesizeAttributes(): Json {
        return { create_duration: this.body.createDuration, triggers: this.body.triggers };
      }
    };
  }
  throw new Error(`bench baseline: no provider class for ${kind} ${type}; add it to scripts/bench/child.ts`);
}

/** One block to build: its class and config are prepared before timing; `refs` are filled in with tokens when built. */
interface Step {
  readonly name: string;
  /**
   * The construct path below the stack that gives the block its logical id the way cdktf names it
   * (`exo-00001/account/resource` -> `exo-00001_account_resource_047B01D9`), from the library's metadata;
   * undefined for outputs, which the library names with `overrideLogicalId` as the baseline does.
   */
  readonly path?: string[];
  readonly ElementClass: new (scope: TerraformStack, id: string, config: Json) => TerraformElement;
  readonly config: Json;
  /** [object, key, address, attribute]: `object[key]` becomes a reference to the built block at `address`. */
  readonly refs: [Json, string, string, string][];
  readonly dependsOn: string[];
}

/**
 * Prepares the baseline from the library's JSON in the load phase, so the timed construct phase does what
 * hand-written code does (one `new` per block with a ready config) and not the conversion work:
 * camelCased arguments, provider classes loaded, blocks ordered so references come first.
 */
function planBaseline(json: Json): [string, Step][] {
  const steps = new Map<string, Step>();
  const visit = (address: string): boolean => {
    const [kind, type, name] = address.startsWith('data.') ? address.split('.') : ['resource', ...address.split('.')];
    const body = json[kind]?.[type]?.[name];
    if (body && !steps.has(address)) {
      const { depends_on: dependsOn = [], ...config } = body;
      const path: string[] = config['//'].metadata.path.split('/').slice(1);
      delete config['//'];
      const refs: Step['refs'] = [];
      const converted = convert(config, refs, visit);
      dependsOn.forEach(visit);
      steps.set(address, { name, path, ElementClass: providerClass(kind as 'resource' | 'data', type), config: converted, refs, dependsOn });
    }
    return body !== undefined;
  };
  for (const kind of ['data', 'resource']) {
    for (const [type, blocks] of Object.entries<Json>(json[kind] ?? {})) {
      Object.keys(blocks).forEach((name) => visit(kind === 'data' ? `data.${type}.${name}` : `${type}.${name}`));
    }
  }
  const { TerraformOutput } = require('cdktf'); // eslint-disable-line @typescript-eslint/no-require-imports
  Object.entries<Json>(json.output ?? {}).forEach(([name, output]) => {
    const refs: Step['refs'] = [];
    steps.set(`output.${name}`, { name, ElementClass: TerraformOutput, config: convert(output, refs, visit), refs, dependsOn: [] });
  });
  return [...steps.entries()];
}

/** camelCases argument names (not map keys) and records each whole-string reference to a known block. */
function convert(value: Json, refs: Step['refs'], isBlock: (address: string) => boolean, keepKeys = false): Json {
  const out: Json = Array.isArray(value) ? [] : {};
  for (const [key, item] of Object.entries(value)) {
    const outKey = Array.isArray(value) || keepKeys ? key : camel(key);
    const ref = typeof item === 'string' ? /^\$\{((?:data\.)?\w+\.[\w-]+)\.([^{}]+)\}$/.exec(item) : null;
    if (ref && isBlock(ref[1])) {
      refs.push([out, outKey, ref[1], ref[2]]);
    }
    out[outKey] = item && typeof item === 'object' ? convert(item, refs, isBlock, MAP_KEYS.has(key)) : item;
  }
  return out;
}

/** The provider block classes (loaded in the load phase by `main`, as the library side loads them before timing). */
function providerModule(name: 'azurerm' | 'azuread'): Json {
  return require(`@cdktf/provider-${name}/lib/provider`); // eslint-disable-line @typescript-eslint/no-require-imports
}

/**
 * Builds the planned blocks in `stack` with provider classes; references become tokens again. Each block
 * gets the library's address as hand-written code would: as a construct in nested scopes (plain
 * `Construct`s, created when first needed) whose path cdktf turns into that logical id, so both sides pay
 * cdktf's naming (`getLogicalId`, an MD5 of the path) alike. Outputs keep `overrideLogicalId`, as the
 * library names them.
 */
function buildBaseline(stack: TerraformStack, json: Json, steps: [string, Step][]): void {
  const { Token, TerraformProvider, LocalBackend } = require('cdktf'); // eslint-disable-line @typescript-eslint/no-require-imports
  const { Construct } = require('constructs'); // eslint-disable-line @typescript-eslint/no-require-imports
  const scopes = new Map<string, IConstruct>();
  const scopeOf = (path: string[]): IConstruct => {
    if (path.length === 0) {
      return stack;
    }
    const key = path.join('/');
    if (!scopes.has(key)) {
      scopes.set(key, new Construct(scopeOf(path.slice(0, -1)), path[path.length - 1]));
    }
    return scopes.get(key)!;
  };
  const providers: Json = {
    azurerm: () => new (providerModule('azurerm').AzurermProvider)(stack, 'azurerm', convert(json.provider.azurerm[0], [], () => false)),
    azuread: () => new (providerModule('azuread').AzureadProvider)(stack, 'azuread', {}),
    time: () => new TerraformProvider(stack, 'time', { terraformResourceType: 'time', terraformProviderSource: 'hashicorp/time', terraformGeneratorMetadata: { providerName: 'time' } }),
  };
  Object.keys(json.provider).forEach((name) => providers[name]());
  new LocalBackend(stack, { path: json.terraform.backend.local.path });
  ['required_providers', 'required_version'].forEach((key) => json.terraform[key] && stack.addOverride(`terraform.${key}`, json.terraform[key]));
  const built = new Map<string, TerraformElement>();
  for (const [address, step] of steps) {
    step.refs.forEach(([object, key, target, attribute]) => {
      object[key] = Token.asString((built.get(target) as unknown as Json).interpolationForAttribute(attribute));
    });
    const config = step.dependsOn.length ? { ...step.config, dependsOn: step.dependsOn.map((address) => built.get(address)) } : step.config;
    if (step.path) {
      built.set(address, new step.ElementClass(scopeOf(step.path.slice(0, -1)) as TerraformStack, step.path[step.path.length - 1], config));
    } else {
      new step.ElementClass(stack, step.name, config).overrideLogicalId(step.name);
    }
  }
}

const cpuNow = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000; };

/**
 * `tenants <tenants file> <outdir>`: `exo-tenants synth` through the CLI's exported function, in this fresh
 * process; the synth phase (after the package is loaded) is timed on its own, so the per-tenant figure
 * does not carry the fixed start-up.
 */
async function tenants(file: string, outdir: string): Promise<void> {
  let gcMs = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => { gcMs += entry.duration; })).observe({ entryTypes: ['gc'] });
  const { runTenantsCli } = await import('../../lib/tenants/cli');
  const loaded = performance.now();
  const cpuLoaded = cpuNow();
  const errors: string[] = [];
  const code = runTenantsCli(['synth', file, '--output', outdir], () => undefined, (line) => errors.push(line));
  const end = performance.now();
  const cpuEnd = cpuNow();
  if (code !== 0) {
    throw new Error(`exo-tenants synth exited with ${code}:\n${errors.join('\n')}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // lets the gc entries arrive (after the timing)
  process.stdout.write(`${JSON.stringify({
    loadMs: loaded, cpuLoadMs: cpuLoaded, synthMs: end - loaded, cpuSynthMs: cpuEnd - cpuLoaded, gcMs, maxRssKb: process.resourceUsage().maxRSS,
  })}\n`);
}

async function main(): Promise<void> {
  const [side, size, outdir, jsonFile] = process.argv.slice(2);
  if (side === 'tenants') {
    return tenants(size, outdir);
  }
  let gcMs = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => { gcMs += entry.duration; })).observe({ entryTypes: ['gc'] });
  const boot = performance.now();
  const cpuBoot = cpuNow();
  const json: Json | undefined = jsonFile ? JSON.parse(readFileSync(jsonFile, 'utf8')) : undefined;
  const jsonMs = performance.now() - boot;
  const cpuJsonMs = cpuNow() - cpuBoot;
  const jsonRssKb = process.memoryUsage().rss / 1024;
  const { App: CdktfApp, Aspects, LocalBackend, TerraformStack: Stack } = await import('cdktf');
  let create: (app: App) => TerraformStack;
  let planMs = 0;
  let cpuPlanMs = 0;
  if (side === 'baseline') {
    // Loading the provider classes is part of the timed load phase, as a hand-written stack imports them.
    ['data', 'resource'].forEach((kind) => Object.keys(json![kind] ?? {}).forEach((type) => providerClass(kind as 'resource' | 'data', type)));
    (['azurerm', 'azuread'] as const).forEach(providerModule);
    await import('constructs');
    const planned = performance.now();
    const cpuPlanned = cpuNow();
    let plan: [string, Step][] | undefined = planBaseline(json!);
    planMs = performance.now() - planned;
    cpuPlanMs = cpuNow() - cpuPlanned;
    create = (app) => {
      const stack = new Stack(app, 'bench');
      buildBaseline(stack, json!, plan!);
      plan = undefined; // as hand-written code keeps no plan
      return stack;
    };
  } else if (size === 'example') {
    const { SystemAssignedExampleStack } = await import('../../examples/system-assigned/stack');
    create = (app) => new SystemAssignedExampleStack(app, 'bench');
  } else {
    const lib = await import('../../lib');
    const { AzurermProvider } = await import('@cdktf/provider-azurerm/lib/provider');
    const { AzureadProvider } = await import('@cdktf/provider-azuread/lib/provider');
    const { ResourceGroup } = await import('@cdktf/provider-azurerm/lib/resource-group');
    create = (app) => {
      const stack = new Stack(app, 'bench');
      if (side === 'library-policy') {
        Aspects.of(stack).add(new lib.ExchangeOnlinePolicyChecks());
      }
      new AzurermProvider(stack, 'azurerm', { features: [{}] });
      new AzureadProvider(stack, 'azuread', {});
      new LocalBackend(stack, { path: 'terraform.bench.tfstate' });
      const group = new ResourceGroup(stack, 'group', { name: 'rg-exo-bench', location: 'westeurope' });
      for (let index = 1; index <= Number(size); index++) {
        const n = String(index).padStart(5, '0');
        new lib.ExchangeOnlineAutomation(stack, `exo-${n}`, {
          organization: 'contoso.onmicrosoft.com', resourceGroupName: group.name, location: group.location,
          automationAccountName: `aa-exo-bench-${n}`, roles: [lib.EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR],
        });
      }
      return stack;
    };
  }
  const loaded = performance.now();
  const cpuLoaded = cpuNow();
  const app = new CdktfApp({ outdir });
  const stack = create(app);
  const constructed = performance.now();
  const cpuConstructed = cpuNow();
  app.synth();
  const end = performance.now();
  const cpuEnd = cpuNow();
  await new Promise((resolve) => setTimeout(resolve, 50)); // lets the gc entries arrive (after the timing)
  const maxRssKb = process.resourceUsage().maxRSS;
  // What the synthesized app keeps alive, without the garbage that peak RSS also holds (run.ts starts the
  // child with --expose-gc; the collection runs after every other figure was taken).
  (globalThis as { gc?: () => void }).gc?.();
  const liveHeapKb = (await import('v8')).getHeapStatistics().used_heap_size / 1024;
  process.stdout.write(`${JSON.stringify({
    liveHeapKb, jsonMs, jsonRssKb, planMs, gcMs, constructs: stack.node.findAll().length, tailMs: performance.now() - end, loadMs: loaded - boot, cpuJsonMs, cpuPlanMs, cpuLoadMs: cpuLoaded, cpuConstructMs: cpuConstructed - cpuLoaded, cpuSynthMs: cpuEnd - cpuConstructed, constructMs: constructed - loaded, synthMs: end - constructed, totalMs: end,
    maxRssKb, stackFile: path.join(outdir, 'stacks', stack.node.id, 'cdk.tf.json'),
    keptJson: json !== undefined, // holds the JSON to the end on every side
  })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
