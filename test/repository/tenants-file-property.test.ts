// The schema (what editors check) and the command's reader (TenantsConfig) agree on generated files: a
// seeded generator mixes valid and wrong values for every field, and for each file
// - a file the schema refuses, the reader refuses too;
// - a file the schema accepts, the reader accepts, or refuses only by a rule a JSON Schema cannot state
//   (listed below with the reason), each message naming the JSON path;
// - no message names TypeScript (a class, a method, an enum member, an environment variable of cdktf).
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import Ajv from 'ajv';
import { DEFAULT_TENANTS_FILE } from '../../examples/tenants/main';
import { TenantsConfig } from '../../lib';
import { TENANTS_SCHEMA_FILE } from '../../scripts/tenants-schema';

const schema = JSON.parse(readFileSync(TENANTS_SCHEMA_FILE, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(schema);
const SCRIPTS = join(dirname(DEFAULT_TENANTS_FILE), 'scripts');

/** mulberry32: a small seeded generator, so a failure names the seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MISSING = Symbol('missing');
type Pick = <T>(good: T[], bad?: unknown[]) => T | unknown;

/** One generated file: mostly valid values, with a wrong (or missing, or extra) one now and then. */
function generate(seed: number): unknown {
  const next = random(seed);
  const pick: Pick = (good, bad = []) => {
    const pool: unknown[] = next() < 0.975 || bad.length === 0 ? good : bad;
    return pool[Math.floor(next() * pool.length)];
  };
  const set = (object: Record<string, unknown>, key: string, value: unknown) => {
    if (value !== MISSING) {
      object[key] = value;
    }
  };
  const guids = ['11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222', '3333AAAA-3333-3333-3333-333333333333'];
  const roles = ['Exchange Recipient Administrator', 'Exchange Administrator', 'Global Reader', 'Security Reader', 'Security Administrator', 'Compliance Administrator', 'Helpdesk Administrator', 'Global Administrator'];
  const tenants = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => {
    const tenant: Record<string, unknown> = {};
    set(tenant, 'name', pick([`t${i}`, `tenant-${i}`, `t${i}-eu`], ['Contoso', '', 'a'.repeat(41), 't0', MISSING]));
    set(tenant, 'tenantId', pick(guids, ['contoso', 42, MISSING]));
    set(tenant, 'subscriptionId', pick(guids, ['sub', MISSING]));
    set(tenant, 'organization', pick([`t${i}.onmicrosoft.com`, 'contoso.onmicrosoft.com'], ['contoso.com', ' ', MISSING]));
    set(tenant, 'location', pick(['westeurope', 'West Europe'], ['', 7, MISSING]));
    set(tenant, 'resourceGroupName', pick([`rg-exo-${i}`, 'rg-exo', 'rg_(exo).1'], ['rg.', 'r'.repeat(91), 'rg exo', MISSING]));
    set(tenant, 'automationAccountName', pick([`aa-exo-${i}`, 'aa-exo-shared'], ['aa-ex', '-aa-exo', 'aa_exo_1', MISSING]));
    const identity = pick(['system-assigned', 'user-assigned'], ['system', MISSING]);
    set(tenant, 'identity', identity);
    if (identity === 'user-assigned' ? next() < 0.95 : next() < 0.05) {
      set(tenant, 'userAssignedIdentityName', pick(['id-exo', `id_exo-${i}`], ['id.exo', 'ab', '']));
    }
    const chosen = roles.filter(() => next() < 0.2);
    set(tenant, 'roles', pick([chosen, [], ['Global Reader']], ['Global Reader', ['Exchange Admin'], ['Global Reader', 'Global Reader'], ['global reader'], MISSING]));
    if (next() < 0.3) {
      set(tenant, 'acknowledgeGlobalAdministratorGrantsFullTenantControl', pick([true, false], ['yes', 1]));
    }
    set(tenant, 'runtime', pick([MISSING, '5.1', '7.2', '7.4'], ['7.3', 7.4, 'toString', '']));
    set(tenant, 'exchangeModuleVersion', pick([MISSING, MISSING, '3.9.2', '3.4.0', '3.0.0', '3.5.1'], ['2.0.5', 'latest', '3.10.0-Preview1', '']));
    if (next() < 0.8) {
      const runbooks = Array.from({ length: Math.floor(next() * 3) }, (__, r) => {
        const runbook: Record<string, unknown> = {};
        set(runbook, 'name', pick([`Get-Report${r}`, 'Get-Report0'], ['Get Report', '', MISSING]));
        const inactive = next() < 0.5;
        set(runbook, 'file', pick([join(SCRIPTS, inactive ? 'Get-InactiveMailboxes.ps1' : 'Get-SharedMailboxReport.ps1')], [join(SCRIPTS, 'missing.ps1'), '', MISSING]));
        if (next() < 0.5) {
          set(runbook, 'parameters', pick([[{ name: 'DaysInactive', type: 'int', mandatory: true }], []],
            [[{ name: 'Days-Inactive' }], [{ name: 'A' }, { name: 'a' }], [{ type: 'int' }], 'DaysInactive']));
        }
        if (next() < 0.7) {
          const schedule: Record<string, unknown> = {};
          const frequency = pick(['Day', 'Week', 'Hour', 'OneTime', 'Month'], ['day', MISSING]);
          set(schedule, 'frequency', frequency);
          if (next() < 0.4) {
            set(schedule, 'interval', pick([1, 2, 100], [0, 101, 1.5, '2']));
          }
          if (next() < 0.4) {
            set(schedule, 'weekDays', pick([['Monday'], ['Monday', 'Friday']], [['monday'], 'Monday']));
          }
          if (next() < 0.4) {
            set(schedule, 'timezone', pick(['Europe/Amsterdam', 'Etc/UTC'], ['Europe/Atlantis', 'europe/amsterdam']));
          }
          if (next() < 0.3) {
            set(schedule, 'startTime', pick(['2099-01-01T06:00:00Z', '2020-01-01T06:00:00Z', '2099-01-01T07:00:00+01:00'], ['2099-01-01', 'tomorrow']));
          }
          if (next() < 0.3) {
            set(schedule, 'parameters', pick([{ DaysInactive: '90' }], [{ Other: '1' }, { DaysInactive: 90 }]));
          }
          if (next() < 0.03) {
            set(schedule, 'every', 'day');
          }
          set(runbook, 'schedule', schedule);
        }
        if (next() < 0.03) {
          set(runbook, 'path', 'x.ps1');
        }
        return runbook;
      });
      set(tenant, 'runbooks', pick([runbooks], ['Get-Report']));
    }
    if (next() < 0.3) {
      set(tenant, 'suppressions', pick([[{ ruleId: 'EXO6', reason: 'reviewed by the security team' }], [{ ruleId: 'EXO12', reason: 'the start time is set on purpose' }], []],
        [[{ ruleId: 'EXO99', reason: 'reviewed by the security team' }], [{ ruleId: 'EXO6', reason: 'ok         ' }], [{ ruleId: 'EXO6' }],
          [{ ruleId: 'EXO6', reason: 'reviewed by the security team' }, { ruleId: 'EXO6', reason: 'reviewed by the security team' }], 'EXO6']));
    }
    if (next() < 0.03) {
      tenant.rolez = [];
    }
    return tenant;
  });
  const state: Record<string, unknown> = {};
  set(state, 'resourceGroupName', pick(['rg-terraform-state'], ['', MISSING]));
  set(state, 'storageAccountName', pick(['stexoterraformstate'], [' ', MISSING]));
  set(state, 'containerName', pick(['tfstate'], [MISSING]));
  const file: Record<string, unknown> = {};
  set(file, 'state', pick([state], ['rg', MISSING]));
  set(file, 'tenants', pick([tenants], [[], MISSING]));
  return file;
}

/**
 * What the reader refuses that a JSON Schema cannot say, and why not. A file the schema accepts may be
 * refused only with one of these messages (after the file name and the JSON path).
 */
const READER_ONLY_RULES: Array<[RegExp, string]> = [
  [/^tenants\[\d+\]\.name "[^"]*" is also tenants\[\d+\]\.name; /, 'uniqueness of a property across items'],
  [/^tenants\[\d+\]\.resourceGroupName "[^"]*" in subscription \S+ is also tenants\[\d+\]\.resourceGroupName/, 'uniqueness of a pair of properties across items, without regard to case'],
  [/^tenants\[\d+\]\.organization "[^"]*" must be the tenant's initial domain/, 'written as a pattern it would be the same rule; the reader names the domain rule in words'],
  [/^tenants\[\d+\]\.exchangeModuleVersion "[^"]*" (does not load on|must be an ExchangeOnlineManagement version|is older than 3\.0\.0)/, 'which versions load on which runtime is a table the library keeps'],
  [/^tenants\[\d+\]\.runbooks\[\d+\]\.file "[^"]*" must name a readable file/, 'whether a file exists'],
  [/^tenants\[\d+\]\.runbooks\[\d+\]\.name "[^"]*" (must be 1-63|is used twice in this tenant)/, 'uniqueness across items; the name rule is azurerm\'s'],
  [/^tenants\[\d+\]\.runbooks\[\d+\]\.parameters\[\d+\]\.(name|type) \S+ must/, 'PowerShell\'s naming rules and case-insensitive uniqueness'],
  [/^tenants\[\d+\]\.runbooks\[\d+\]\.schedule\.(interval|weekDays) .* (must not be set|can only be set) when frequency is /, 'a rule between two fields'],
  [/^tenants\[\d+\]\.runbooks\[\d+\]\.schedule\.startTime "[^"]*" must be an RFC 3339 time/, 'a date-time check (draft-07 "format" is optional for validators)'],
  [/^tenants\[\d+\]\.runbooks\[\d+\]\.schedule\.parameters "[^"]*" (is not a parameter of the runbook|is given twice)|^tenants\[\d+\]\.runbooks\[\d+\]\.schedule\.parameters .* must give the mandatory parameter/, 'a rule between two fields'],
  [/^tenants\[\d+\]\.suppressions\[\d+\]\.ruleId "[^"]*" is suppressed twice in this tenant/, 'uniqueness of a property across items'],
];

// TypeScript names a tenants file's reader must never show: classes, enum members, methods, cdktf's variables.
const TYPESCRIPT = /PolicySuppressions|PowerShellRuntime|EntraRole|ScheduleFrequency|CDKTF_|\.add\(|\bprops?\b|\b[A-Z][A-Za-z]+\.[A-Z][A-Z0-9_]+\b/;

function readerProblems(file: unknown): string[] {
  try {
    TenantsConfig.parse(JSON.stringify(file), 'tenants.json', dirname(DEFAULT_TENANTS_FILE));
    return [];
  } catch (error) {
    return (error as Error).message.split('\n');
  }
}

describe('schema and reader agree on generated tenants files', () => {
  // More seeds for a longer search: TENANTS_PROPERTY_SEEDS=5000 npx jest test/repository/tenants-file-property.test.ts
  const seeds = Array.from({ length: Number(process.env.TENANTS_PROPERTY_SEEDS ?? 400) }, (_, i) => i + 1);
  const results = seeds.map((seed) => {
    const file = generate(seed);
    return { seed, file, schemaAccepts: validate(file) as boolean, problems: readerProblems(file) };
  });

  test('the generator makes both kinds of files (so the checks below are not vacuous)', () => {
    const accepted = results.filter((r) => r.schemaAccepts);
    expect(accepted.length).toBeGreaterThan(60);
    expect(results.length - accepted.length).toBeGreaterThan(60);
    expect(accepted.filter((r) => r.problems.length === 0).length).toBeGreaterThan(30);
    expect(accepted.filter((r) => r.problems.length > 0).length).toBeGreaterThan(10);
  });

  test('every file the schema refuses, the reader refuses', () => {
    const missed = results.filter((r) => !r.schemaAccepts && r.problems.length === 0)
      .map((r) => ({ seed: r.seed, schema: validate(r.file) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`) }));
    expect(missed).toEqual([]);
  });

  test('a file the schema accepts is refused only by a rule a schema cannot state, naming the JSON path', () => {
    const unexplained = results.filter((r) => r.schemaAccepts).flatMap((r) => r.problems
      .map((line) => line.replace(/^tenants\.json: /, ''))
      .filter((problem) => !READER_ONLY_RULES.some(([rule]) => rule.test(problem)))
      .map((problem) => ({ seed: r.seed, problem })));
    expect(unexplained).toEqual([]);
  });

  test('every message names the file and a JSON path, and no TypeScript', () => {
    const lines = results.flatMap((r) => r.problems.map((line) => ({ seed: r.seed, line })));
    expect(lines.filter(({ line }) => !/^tenants\.json: (\(file\)|state|tenants)(\[\d+\])?[.\[ ]/.test(line))).toEqual([]);
    expect(lines.filter(({ line }) => TYPESCRIPT.test(line))).toEqual([]);
  });
});
