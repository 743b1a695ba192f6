// The benchmark's scratch directory, outside the repository. It holds the compiled JavaScript the child
// processes run (the library, the default example and the benchmark stacks, compiled once with tsc so
// that every measurement loads plain JavaScript, as a consumer of the published package does), the
// synth outdirs and the type-check consumer apps. `node_modules` is a symlink to the repository's.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

export interface Workspace {
  /** The repository (`/work/main`). */
  readonly repo: string;
  /** The scratch directory; the report calls it `$BENCH_TMP`. */
  readonly root: string;
  /** Compiled output, laid out like the repository (`build/lib`, `build/examples`, `build/scripts/bench`). */
  readonly buildDir: string;
  /** The compiled child entry point. */
  readonly childScript: string;
  /** `node` plus the TypeScript compiler's entry point. */
  readonly tsc: string;
}

export function createWorkspace(repo: string): Workspace {
  const root = mkdtempSync(path.join(tmpdir(), 'exo-bench-'));
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const buildDir = path.join(root, 'build');
  return {
    repo,
    root,
    buildDir,
    childScript: path.join(buildDir, 'scripts', 'bench', 'child', 'synth.js'),
    tsc: path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'),
  };
}

/**
 * The tsconfig that compiles what the children run. It extends the package's tsconfig.build.json, so the
 * library is compiled exactly as it is published (with declarations, which the type-check benchmark reads).
 */
export function writeBuildConfig(workspace: Workspace): string {
  const config = {
    extends: path.join(workspace.repo, 'tsconfig.build.json'),
    compilerOptions: { outDir: workspace.buildDir, rootDir: workspace.repo },
    include: [],
    files: [
      'lib/index.ts',
      'examples/system-assigned/stack.ts',
      'scripts/bench/child/synth.ts',
      'scripts/bench/stacks/library-scale.ts',
      'scripts/bench/stacks/handwritten-example.ts',
      'scripts/bench/stacks/handwritten-scale.ts',
    ].map((file) => path.join(workspace.repo, file)),
  };
  const file = path.join(workspace.root, 'tsconfig.bench-build.json');
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

/** The compile command (see writeBuildConfig). */
export function compileCommand(workspace: Workspace, configFile: string): { command: string; args: string[] } {
  return { command: process.execPath, args: [workspace.tsc, '-p', configFile] };
}

/**
 * Compiles with tsc. Type errors (the library may be mid-edit) do not stop the benchmark, since tsc still
 * emits JavaScript; they are returned so the report can say so.
 */
export function compile(workspace: Workspace, configFile: string): string[] {
  const { command, args } = compileCommand(workspace, configFile);
  const result = spawnSync(command, args, { cwd: workspace.repo, encoding: 'utf8' });
  if (!existsSync(workspace.childScript)) {
    throw new Error(`tsc produced no ${workspace.childScript}:\n${result.stdout}${result.stderr}`);
  }
  return result.status === 0 ? [] : result.stdout.split('\n').filter((line) => line.includes('error TS'));
}

export function removeWorkspace(workspace: Workspace): void {
  rmSync(workspace.root, { recursive: true, force: true });
}
