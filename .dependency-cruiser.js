/**
 * The library's layers (ARCHITECTURE.md), enforced by dependency-cruiser in `npm test` (`npm run layers`).
 * A module may import from its own folder and from the folders below its own in LAYERS, never from one
 * above: a back-import, or an import circle, fails the run with the rule's name and both file paths.
 * Type-only imports count too (tsPreCompilationDeps), so a layer cannot lean on a higher one's types.
 */
const LAYERS = [
  // internal: nothing here is exported from lib/index.ts unless ARCHITECTURE.md says so
  'reference',  // data with its citation: well-known ids, time zones
  'validation', // checks of values and the one error every refusal uses
  'bindings',   // hand-written provider bindings (azuread, the azurerm resources newer than the prebuilt ones)
  'terraform',  // reading and writing Terraform values: resource arguments, tokens, escaping, version ranges
  'rules',      // findings, the policy rules (one per file), suppressions and reporting
  'stack',      // what every stack gets: collision check, version requirements, HCL fixes, adoption
  // public: constructs, in the order they build on each other
  'identity',
  'automation',
  'entra',
  'exchange',
  'policy',
  'tenants',
];

const folder = (name) => `^lib/${name}/`;

const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'Import circles make load order matter and hide which module owns what.',
    from: { path: '^lib/' },
    to: { circular: true },
  },
  {
    name: 'index-is-the-entry',
    severity: 'error',
    comment: 'lib/index.ts is the package entry point; nothing in lib imports it.',
    from: { path: '^lib/' },
    to: { path: '^lib/index\\.ts$' },
  },
  {
    name: 'lib-stays-in-lib',
    severity: 'error',
    comment: 'The library ships alone: it never imports tests, scripts or examples.',
    from: { path: '^lib/' },
    to: { path: '^(test|scripts|examples|pipelines)/' },
  },
  ...LAYERS.map((layer, index) => ({
    name: `layer-${layer}`,
    severity: 'error',
    comment: `lib/${layer}/ may import only ${index === 0 ? 'itself' : `lib/{${LAYERS.slice(0, index).join(',')}}/`} (ARCHITECTURE.md).`,
    from: { path: folder(layer) },
    to: { path: `^lib/(${LAYERS.slice(index + 1).join('|')})/` },
  })).filter((rule) => rule.to.path !== '^lib/()/'),
  {
    name: 'no-unknown-folder',
    severity: 'error',
    comment: 'Every folder of lib/ has a layer: add a new one to LAYERS and to ARCHITECTURE.md.',
    from: { path: '^lib/[^/]+/', pathNot: `^lib/(${LAYERS.join('|')})/` },
    to: {},
  },
];

module.exports = {
  forbidden,
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
  },
};

// Not part of dependency-cruiser's schema: read by the test that keeps ARCHITECTURE.md equal to the layers.
Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
