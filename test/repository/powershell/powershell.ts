// PowerShell in the tests: the pinned pwsh and Pester that scripts/powershell/install.sh puts in
// .tools/powershell (npm test runs it first), and one batch per test file: every runbook is written to a
// temporary folder with a JSON manifest, and ONE pwsh process parses them all with PowerShell's parser and
// runs the Pester suite scripts/powershell/runbooks.Tests.ps1 over them (check-runbooks.ps1).
// Without pwsh the tests say so and are skipped; under CI (CI=true) they fail instead.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..');
export const PWSH = join(ROOT, '.tools', 'powershell', 'bin', 'pwsh');
export const PESTER = join(ROOT, '.tools', 'powershell', 'pester', 'pester', '6.2.0', 'tools', 'Pester.psd1');
const CHECK = join(ROOT, 'scripts', 'powershell', 'check-runbooks.ps1');

/** Why PowerShell checks cannot run here, or undefined when pwsh and Pester are installed. */
export function powershellMissing(): string | undefined {
  if (!existsSync(PWSH)) {
    return `no pwsh at ${PWSH} (run scripts/powershell/install.sh; it needs the .NET SDK)`;
  }
  if (!existsSync(PESTER)) {
    return `no Pester 6.2.0 at ${PESTER} (run scripts/powershell/install.sh)`;
  }
  return undefined;
}

/** What a run of a runbook must show. */
export interface RunbookExpectation {
  /** Text the output must contain. */
  readonly output?: string[];
  /** The exit code (`exit N`). @default 0 */
  readonly exitCode?: number;
  /** Text of the terminating error the run must end with. */
  readonly throws?: string;
  /** Mocked Exchange cmdlets the body must call. */
  readonly invokes?: string[];
  /** How often Connect-ExchangeOnline is called (2 when the script connects itself). @default 1 */
  readonly connects?: number;
  /** The script handles errors itself (try/catch, trap), so a failing cmdlet need not fail the run. */
  readonly handlesErrors?: boolean;
}

/** One runbook for the batch: its text as PowerShell reads it (see `terraformValue`). */
export interface RunbookCase {
  readonly id: string;
  readonly text: string;
  readonly organization: string;
  /** The client id `-ManagedIdentityAccountId` must get; undefined for a system-assigned identity. */
  readonly accountId?: string;
  /** What a schedule passes (job schedule parameters). */
  readonly parameters?: { [name: string]: string };
  readonly expect?: RunbookExpectation;
}

/** The results of one batch. */
export interface PowerShellReport {
  /** Parser errors per case id (empty list: none). */
  readonly parseErrors: Map<string, string[]>;
  /** Pester results per case id: test name, result and error. */
  readonly tests: Map<string, Array<{ name: string; result: string; error: string }>>;
  readonly seconds: number;
}

/**
 * A runbook's text as Terraform hands it to Azure: the JSON value is a Terraform template, so `$${` is a
 * literal `${`, `%%{` a literal `%{`, and `${reference}` is replaced by `references(reference)`.
 */
export function terraformValue(template: string, references: (expression: string) => string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if ((c === '$' || c === '%') && template[i + 1] === c && template[i + 2] === '{') {
      out += `${c}{`;
      i += 2;
    } else if (c === '$' && template[i + 1] === '{') {
      const end = template.indexOf('}', i + 2);
      out += references(template.slice(i + 2, end));
      i = end;
    } else if (c === '%' && template[i + 1] === '{') {
      throw new Error(`a live template directive at ${i}: ${template.slice(i, i + 30)}`);
    } else {
      out += c;
    }
  }
  return out;
}

/** Parses and runs every case with one pwsh process. */
export function checkRunbooks(cases: RunbookCase[]): PowerShellReport {
  const dir = mkdtempSync(join(tmpdir(), 'exo-pwsh-'));
  const manifest = cases.map((c, index) => {
    const file = join(dir, `runbook-${index}.ps1`);
    writeFileSync(file, c.text, 'utf8');
    return {
      id: c.id, file, organization: c.organization, accountId: c.accountId ?? null,
      parameters: c.parameters ?? {}, expect: c.expect ?? {},
    };
  });
  const manifestFile = join(dir, 'manifest.json');
  const resultFile = join(dir, 'result.json');
  writeFileSync(manifestFile, JSON.stringify(manifest), 'utf8');
  const started = Date.now();
  const run = spawnSync(PWSH, ['-NoProfile', '-NoLogo', '-NonInteractive', '-File', CHECK, '-Manifest', manifestFile, '-Pester', PESTER, '-Result', resultFile],
    { encoding: 'utf8', timeout: 15 * 60 * 1000, env: { ...process.env, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' } });
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0 || !existsSync(resultFile)) {
    throw new Error(`pwsh failed (status ${run.status}): ${run.error ?? ''}${run.stderr}${run.stdout}`);
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8').replace(/^\uFEFF/, ''));
  const parseErrors = new Map<string, string[]>();
  for (const p of [result.parse ?? []].flat()) {
    parseErrors.set(p.id, [p.errors ?? []].flat());
  }
  const tests = new Map<string, Array<{ name: string; result: string; error: string }>>();
  for (const t of [result.tests ?? []].flat()) {
    tests.set(t.id, [...(tests.get(t.id) ?? []), { name: t.name, result: t.result, error: t.error }]);
  }
  return { parseErrors, tests, seconds };
}

/**
 * Registers the PowerShell checks of `cases` (computed lazily) as tests: per case, "parser" and "Pester".
 * Without pwsh: skipped with the reason on stderr, or one failing test under CI=true.
 */
export function describePowerShellChecks(title: string, cases: () => RunbookCase[], ids: string[]): void {
  const missing = powershellMissing();
  describe(title, () => {
    if (missing) {
      process.stderr.write(`\n${process.env.CI === 'true' ? 'FAILING' : 'SKIPPED'}: ${title} (${ids.length} runbooks): ${missing}.\n`);
      if (process.env.CI === 'true') {
        test('needs pwsh (CI=true)', () => {
          throw new Error(`${title}: ${missing}`);
        });
      } else {
        test.skip(`needs pwsh: ${missing}`, () => undefined);
      }
      return;
    }
    let report: PowerShellReport;
    beforeAll(() => {
      report = checkRunbooks(cases());
      process.stderr.write(`${title}: ${ids.length} runbooks parsed and run under Pester by one pwsh process in ${report.seconds.toFixed(1)} s\n`);
    }, 20 * 60 * 1000);
    test.each(ids)('%s: PowerShell parses it without error', (id) => {
      expect(report.parseErrors.get(id)).toEqual([]);
    });
    test.each(ids)('%s: Pester run with Exchange mocked passes', (id) => {
      const results = report.tests.get(id) ?? [];
      expect(results.length).toBe(2);
      expect(results.filter((r) => r.result !== 'Passed')).toEqual([]);
    });
  });
}
