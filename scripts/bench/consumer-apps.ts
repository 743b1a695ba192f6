// Tiny consumer apps for the type-check benchmark, generated into the scratch directory (never the
// repository: one of them imports the providers from their package roots, which the repo's lint forbids).
// All four build the same stack, the default example:
//   library-dist      examples/system-assigned/stack.ts importing the compiled package (.d.ts), as npm consumers do
//   library-src       the same, importing lib/index.ts sources from the repository
//   handwritten-deep  scripts/bench/stacks/handwritten-*.ts, provider classes by deep import
//   handwritten-root  the same code with every provider import rewritten to the package root
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { Workspace } from './workspace';

export type ConsumerAppName = 'library-dist' | 'library-src' | 'handwritten-deep' | 'handwritten-root';

export interface ConsumerApp {
  readonly name: ConsumerAppName;
  readonly description: string;
  readonly dir: string;
  readonly tsconfig: string;
}

/** What a `cdktf init --template=typescript` project would use; `types: ["node"]` as every cdktf app has @types/node. */
const CONSUMER_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'commonjs',
  lib: ['ES2022'],
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};

/** The hand-written example and everything it imports. */
const HANDWRITTEN_FILES = ['basics.ts', 'handwritten-time.ts', 'handwritten-resources.ts', 'handwritten-example.ts'];

const LIBRARY_MAIN = `import { App } from 'cdktf';
import { SystemAssignedExampleStack } from './stack';

const app = new App();
new SystemAssignedExampleStack(app, 'exo-system-assigned');
app.synth();
`;

const HANDWRITTEN_MAIN = `import { App } from 'cdktf';
import { HandWrittenExampleStack } from './handwritten-example';

const app = new App();
new HandWrittenExampleStack(app, 'exo-system-assigned');
app.synth();
`;

export function writeConsumerApps(workspace: Workspace): ConsumerApp[] {
  const repoFile = (...parts: string[]) => path.join(workspace.repo, ...parts);
  const stacks = repoFile('scripts', 'bench', 'stacks');
  const apps: ConsumerApp[] = [];
  const app = (name: ConsumerAppName, description: string, files: { [file: string]: string }): void => {
    const dir = path.join(workspace.root, 'typecheck', name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(files)) {
      writeFileSync(path.join(dir, file), text);
    }
    const tsconfig = path.join(dir, 'tsconfig.json');
    writeFileSync(tsconfig, `${JSON.stringify({ compilerOptions: CONSUMER_COMPILER_OPTIONS, files: ['main.ts'] }, null, 2)}\n`);
    apps.push({ name, description, dir, tsconfig });
  };

  const exampleApp = (libraryPath: string) => ({
    'main.ts': LIBRARY_MAIN,
    'shared.ts': importLibraryFrom(readFileSync(repoFile('examples', 'shared.ts'), 'utf8'), libraryPath),
    'stack.ts': importLibraryFrom(readFileSync(repoFile('examples', 'system-assigned', 'stack.ts'), 'utf8'), libraryPath)
      .replace(`from '../shared'`, `from './shared'`),
  });
  const libraryFrom = (name: ConsumerAppName, target: string) =>
    path.relative(path.join(workspace.root, 'typecheck', name), target).split(path.sep).join('/');
  app('library-dist', 'default example importing the compiled package (`.d.ts`)',
    exampleApp(libraryFrom('library-dist', path.join(workspace.buildDir, 'lib'))));
  app('library-src', 'default example importing `lib/index.ts` sources',
    exampleApp(libraryFrom('library-src', repoFile('lib'))));

  const handWritten = Object.fromEntries(HANDWRITTEN_FILES.map((file) => [file, readFileSync(path.join(stacks, file), 'utf8')]));
  app('handwritten-deep', 'hand-written example, provider classes by deep import',
    { 'main.ts': HANDWRITTEN_MAIN, ...handWritten });
  app('handwritten-root', 'hand-written example, providers imported from their package roots',
    { 'main.ts': HANDWRITTEN_MAIN, ...mapValues(handWritten, toRootImports) });
  return apps;
}

/** Points the examples' relative imports of the library (`'../lib'`, `'../../lib'`) at `libraryPath`. */
function importLibraryFrom(source: string, libraryPath: string): string {
  return source.replace(/from '(?:\.\.\/)+lib'/g, `from '${libraryPath}'`);
}

function mapValues(files: { [file: string]: string }, transform: (text: string) => string): { [file: string]: string } {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, transform(text)]));
}

/**
 * Rewrites `import { AutomationAccount } from '@cdktf/provider-azurerm/lib/automation-account'` to an import
 * from the package root. The roots export each resource as a namespace (`automationAccount`), so:
 *   import { automationAccount as azurerm_automationAccount } from '@cdktf/provider-azurerm';
 *   import AutomationAccount = azurerm_automationAccount.AutomationAccount;
 */
export function toRootImports(source: string): string {
  const deepImport = /^import \{ ([^}]+) \} from '(@cdktf\/provider-(azurerm|azuread))\/lib\/([a-z0-9-]+)';$/gm;
  return source.replace(deepImport, (_line, names: string, root: string, provider: string, module: string) => {
    const namespace = module.replace(/-([a-z0-9])/g, (_m, letter: string) => letter.toUpperCase());
    const alias = `${provider}_${namespace}`;
    const aliases = names.split(',').map((name) => name.trim()).filter(Boolean)
      .map((name) => `import ${name} = ${alias}.${name};`);
    return [`import { ${namespace} as ${alias} } from '${root}';`, ...aliases].join('\n');
  });
}
