// The layout of test/ (issue 16): a test of lib/<folder>/<file>.ts lives in
// test/<folder>/<file>.test.ts; helpers live in test/support/; the repository's own checks (README,
// pipelines, release, examples, provider docs and schemas, ...) live in test/repository/, the only tests
// that may import from examples/ or scripts/. Nothing sits at the test/ root.
//
// When you add, split or remove a lib file: give it its test file, or add it to WITHOUT_OWN_TEST below
// with the reason. An entry whose lib file is gone, or that has its own test file by now, fails here, so
// the lists stay current.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

const ROOT = join(__dirname, '..', '..');
const TEST = join(ROOT, 'test');

/**
 * lib files without a test file of their own, and why: the file has no behaviour of its own (types,
 * interfaces, re-exports, cited data), or it declares a provider binding, which the repository checks read
 * against the provider schemas and docs. Each test/... path a reason names must exist. Every other lib
 * file has its own test file.
 */
const WITHOUT_OWN_TEST: { [libFile: string]: string } = {
  // ---- No behaviour of its own ----------------------------------------------------------------------------
  'lib/index.ts': 're-exports only; the public API it makes is read by test/support/public-api.ts for test/corpus/wrong-shape.test.ts',
  'lib/automation/automation-account-interface.ts': 'IAutomationAccount, an interface only',
  'lib/automation/runbook-schedule.ts': 'ScheduleFrequency and the schedule options, types only; schedules are checked by lib/exchange/runbook-checks.ts (test/exchange/runbook-checks.test.ts)',
  'lib/identity/managed-identity.ts': 'IManagedIdentity and ManagedIdentityKind, types only',
  'lib/reference/well-known-ids.ts': 'cited constants; test/entra/entra-role.test.ts and test/exchange/exo-app-role-grant.test.ts check where they are written',
  'lib/rules/construct-views.ts': 'structural types only',
  'lib/rules/rule.ts': 'the Rule interface only',
  'lib/exchange/exchange-online-automation-props.ts': 'the props interfaces of ExchangeOnlineAutomation, types only',
  'lib/reference/exchange-module-name.ts': 'one cited constant',
  'lib/rules/policy-severity.ts': 'an enum only',
  'lib/tenants/tenants-file.ts': 'the tenants file\'s fields and types; test/repository/tenants-schema.test.ts holds them equal to the schema',
  // Hand-written provider bindings: declarations over lib/bindings/hand-written.ts. Every argument they write
  // is checked against the provider schemas and docs; their JSON and HCL output by the stack tests.
  'lib/bindings/hand-written.ts': 'test/stack/hcl-output.test.ts, test/repository/provider-schemas.test.ts',
  'lib/bindings/azuread/app-role-assignment.ts': 'a binding: test/repository/provider-schemas.test.ts, test/repository/provider-docs.test.ts',
  'lib/bindings/azuread/directory-role-assignment.ts': 'a binding: test/repository/provider-schemas.test.ts, test/repository/provider-docs.test.ts',
  'lib/bindings/azuread/domains.ts': 'a binding: test/repository/provider-schemas.test.ts, test/repository/provider-docs.test.ts',
  'lib/bindings/azuread/provider.ts': 'a binding: test/entra/azuread-provider.test.ts, test/repository/provider-schemas.test.ts',
  'lib/bindings/azuread/service-principal.ts': 'a binding: test/repository/provider-schemas.test.ts, test/repository/provider-docs.test.ts',
  'lib/bindings/azurerm/runtime-environment.ts': 'a binding: test/automation/runtime-environment.test.ts, test/repository/provider-schemas.test.ts',
};

/** Test files in a lib folder that test no single lib file of it, and why. */
const CROSS_CUTTING: { [testFile: string]: string } = {
  'test/entra/guid-values.test.ts': 'GUIDs as Azure and Graph read them back, across every construct that writes one',
  'test/exchange/outputs.test.ts': 'ExchangeOnlineAutomation\'s outputs, with the default example\'s in test/repository/default-example-outputs.test.ts',
  'test/policy/app-level-checks.test.ts': 'the policy checks applied to a whole app',
};

/** Folders under test/ that mirror no lib folder, and what they hold. */
const OTHER_FOLDERS: { [folder: string]: string } = {
  support: 'helpers the tests share (no tests)',
  fixtures: 'data files the tests read',
  repository: 'the repository\'s own checks; the only tests that may import from examples/ or scripts/',
  corpus: 'runs every construct\'s wrong-shape and bad-input rows (test/<folder>/<file>.corpus.ts), with the completeness check',
};

const posix = (path: string) => path.split(sep).join('/');

/** Every file below `dir` (absolute paths). */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

const libFiles = () => filesBelow(join(ROOT, 'lib')).filter((f) => f.endsWith('.ts')).map((f) => posix(relative(ROOT, f))).sort();
const ownTest = (libFile: string) => libFile.replace(/^lib\//, 'test/').replace(/\.ts$/, '.test.ts');
const libFolders = () => readdirSync(join(ROOT, 'lib')).filter((name) => statSync(join(ROOT, 'lib', name)).isDirectory());

/**
 * The modules `file` imports (import ... from, import(), require(), export ... from; comments are skipped)
 * that resolve into examples/ or scripts/ of the repository, as paths relative to it.
 */
function importsFromExamplesOrScripts(file: string, text: string): string[] {
  const code = text.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => posix(relative(ROOT, resolve(dirname(file), specifier))))
    .filter((path) => /^(examples|scripts)(\/|$)/.test(path));
}

describe('test layout', () => {
  test('nothing sits at the test/ root but folders', () => {
    expect(readdirSync(TEST).filter((name) => !statSync(join(TEST, name)).isDirectory())).toEqual([]);
  });

  test('every folder under test/ mirrors a lib folder or is one of the others', () => {
    const known = new Set([...libFolders(), ...Object.keys(OTHER_FOLDERS)]);
    expect(readdirSync(TEST).filter((name) => statSync(join(TEST, name)).isDirectory() && !known.has(name))).toEqual([]);
  });

  test('every lib file has test/<folder>/<file>.test.ts, or is listed with the reason', () => {
    expect(libFiles().filter((file) => !existsSync(join(ROOT, ownTest(file))) && !(file in WITHOUT_OWN_TEST))).toEqual([]);
  });

  test('the list of lib files without a test file of their own is current', () => {
    const files = new Set(libFiles());
    expect(Object.keys(WITHOUT_OWN_TEST).filter((file) => !files.has(file))).toEqual([]);
    expect(Object.keys(WITHOUT_OWN_TEST).filter((file) => existsSync(join(ROOT, ownTest(file))))).toEqual([]);
    const named = Object.values(WITHOUT_OWN_TEST).flatMap((reason) => [...reason.matchAll(/\btest\/[\w./-]+\.ts\b/g)].map((m) => m[0]));
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  test('every test file in a lib folder tests the lib file of its name, or is listed with the reason', () => {
    const inLibFolders = libFolders().filter((folder) => existsSync(join(TEST, folder)))
      .flatMap((folder) => filesBelow(join(TEST, folder))).map((f) => posix(relative(ROOT, f))).filter((f) => f.endsWith('.test.ts'));
    const unmatched = inLibFolders.filter((f) => !existsSync(join(ROOT, f.replace(/^test\//, 'lib/').replace(/\.test\.ts$/, '.ts'))));
    expect(unmatched.filter((f) => !(f in CROSS_CUTTING))).toEqual([]);
    expect(Object.keys(CROSS_CUTTING).filter((f) => !unmatched.includes(f))).toEqual([]);
  });

  test('only test/repository/ imports from examples/ or scripts/', () => {
    const offenders = filesBelow(TEST)
      .filter((f) => /\.[jt]s$/.test(f) && !posix(relative(TEST, f)).startsWith('repository/'))
      .flatMap((f) => importsFromExamplesOrScripts(f, readFileSync(f, 'utf8')).map((target) => `${posix(relative(ROOT, f))} imports ${target}`));
    expect(offenders).toEqual([]);
  });

  test('the import check finds imports from examples/ and scripts/ (it can fail)', () => {
    const file = join(TEST, 'stack', 'x.test.ts');
    const text = [
      "import { A } from '../../examples/tenants/main';",
      "import '../../scripts/setup';",
      "const b = require('../../scripts/flavors/readme');",
      "import { C } from '../../lib';",
      "// import { D } from '../../examples/core/stack'; (a comment is not checked)",
    ].join('\n');
    expect(importsFromExamplesOrScripts(file, text)).toEqual(['examples/tenants/main', 'scripts/setup', 'scripts/flavors/readme']);
  });
});
