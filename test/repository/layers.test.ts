// The library's layers (ARCHITECTURE.md, .dependency-cruiser.js) as npm test enforces them: `npm run
// layers` passes on lib/, and fails on a copy of lib/ with one import added that runs back up a layer or
// closes a circle, naming the rule and the files. ARCHITECTURE.md lists the same layers in the same order.
import { spawnSync } from 'child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.js');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, read as dependency-cruiser reads it
const { LAYERS } = require(CONFIG) as { LAYERS: string[] };

/** Runs dependency-cruiser with the project's config on `lib/` under `cwd`. */
function cruise(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(DEPCRUISE, ['lib', '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A copy of lib/ (and the tsconfig dependency-cruiser reads) in a temporary folder, with `extra` files added. */
function withCopyOfLib(extra: { [file: string]: string }, check: (cwd: string) => void): void {
  const cwd = mkdtempSync(path.join(tmpdir(), 'exo-layers-'));
  try {
    cpSync(path.join(ROOT, 'lib'), path.join(cwd, 'lib'), { recursive: true });
    cpSync(path.join(ROOT, 'tsconfig.json'), path.join(cwd, 'tsconfig.json'));
    for (const [file, text] of Object.entries(extra)) {
      writeFileSync(path.join(cwd, file), text);
    }
    check(cwd);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

describe('layers', () => {
  test('lib/ keeps its layers: no back-import, no circle', () => {
    const run = cruise(ROOT);
    expect(run.output).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });

  describe('a copy of lib/ with one wrong import of each kind', () => {
    // One run over one copy holding every case (each run takes seconds); each case names its own file.
    let run: { status: number | null; output: string };
    beforeAll(() => {
      withCopyOfLib({
        // an import that runs back up a layer
        'lib/validation/back-import.ts': "import { ExchangeOnlineAutomation } from '../exchange/exchange-online-automation';\nexport const NAME = ExchangeOnlineAutomation.name;\n",
        // a type-only one
        'lib/rules/type-import.ts': "import type { EntraRoleBinding } from '../entra/entra-role-binding';\nexport type Binding = EntraRoleBinding;\n",
        // a circle within one folder
        'lib/terraform/circle-a.ts': "import { B } from './circle-b';\nexport const A = () => B;\n",
        'lib/terraform/circle-b.ts': "import { A } from './circle-a';\nexport const B = () => A;\n",
      }, (cwd) => {
        // a folder without a layer (its imports would be judged by no layer rule otherwise)
        cpSync(path.join(cwd, 'lib', 'stack'), path.join(cwd, 'lib', 'misc'), { recursive: true });
        run = cruise(cwd);
      });
    }, 60_000);

    test('fails', () => {
      expect(run.status).not.toBe(0);
    });

    test('an import that runs back up a layer fails, naming the rule and both files', () => {
      expect(run.output).toMatch(/error layer-validation: lib\/validation\/back-import\.ts → lib\/exchange\/exchange-online-automation\.ts/);
    });

    test('a type-only import counts too', () => {
      expect(run.output).toMatch(/error layer-rules: lib\/rules\/type-import\.ts → lib\/entra\/entra-role-binding\.ts/);
    });

    test('an import circle within one folder fails', () => {
      expect(run.output).toMatch(/error no-circular: lib\/terraform\/circle-[ab]\.ts →/);
    });

    test('a folder without a layer fails', () => {
      expect(run.output).toMatch(/error no-unknown-folder: lib\/misc\//);
    });

    test('nothing else fails: the copy of lib/ alone is clean', () => {
      const violations = run.output.split('\n').filter((line) => /^\s*error /.test(line));
      expect(violations.filter((line) => !/back-import|type-import|circle-[ab]|lib\/misc\//.test(line))).toEqual([]);
    });
  });

  test('every folder of lib/ has a layer', () => {
    const folders = readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect([...folders].sort()).toEqual([...LAYERS].sort());
  });

  test('ARCHITECTURE.md lists the layers of .dependency-cruiser.js, lowest first', () => {
    const text = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const table = text.slice(text.indexOf('<!-- layers -->'), text.indexOf('<!-- /layers -->'));
    const listed = [...table.matchAll(/^\| \d+ \| `lib\/([a-z-]+)\/` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(LAYERS);
  });
});
