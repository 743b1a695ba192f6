// Every runbook the package can emit, read by PowerShell itself (one pwsh process for this file, see
// test/repository/powershell/powershell.ts): the runbooks of every example and fixture stack, a runbook per runtime and
// identity kind, and the corpus of realistic scripts in test/fixtures/scripts (corpus.json says which are
// accepted, with what their run must show, and which are refused, with the message).
import { readFileSync } from 'fs';
import { join } from 'path';
import { App, Testing } from 'cdktf';
import {
  EntraRole, ExchangeOnlineAutomation, PowerShellRuntime, RunbookScript, ScheduleFrequency, UserAssignedIdentity,
} from '../../../lib';
import { CHECKED_STACKS } from '../example-stacks';
import { annotationsAfterSynth, newStackWithProviders, resourcesOf, synthJson } from '../../support/helpers';
import { describePowerShellChecks, RunbookCase, RunbookExpectation, terraformValue } from './powershell';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const ORGANIZATION = 'contoso.onmicrosoft.com';

/** A client id stands in for a user-assigned identity's client_id reference; anything else is an error. */
function references(expression: string): string {
  if (!/^azurerm_user_assigned_identity\.[\w-]+\.client_id$/.test(expression)) {
    throw new Error(`unexpected live reference in runbook text: \${${expression}}`);
  }
  return CLIENT_ID;
}

/** The runbooks of a synthesized stack (JSON), with the parameters their job schedules pass. */
function runbooksOf(prefix: string, json: any, expect: (name: string) => RunbookExpectation = () => ({})): RunbookCase[] {
  const jobSchedules: any[] = Object.values(json.resource?.azurerm_automation_job_schedule ?? {});
  return Object.entries(resourcesOf(json, 'azurerm_automation_runbook')).map(([address, runbook]: [string, any]) => {
    const content: string = runbook.content;
    const schedule: any = jobSchedules.find((j: any) => String(j.runbook_name).includes(address));
    const organization = /-Organization '([^']+)'/.exec(content)?.[1] ?? '';
    return {
      id: `${prefix}: ${runbook.name}`,
      text: terraformValue(content, references),
      organization,
      accountId: content.includes('-ManagedIdentityAccountId') ? CLIENT_ID : undefined,
      parameters: schedule?.parameters === undefined ? undefined
        : Object.fromEntries(Object.entries(schedule.parameters).map(([k, v]) => [k, terraformValue(String(v), references)])),
      expect: expect(runbook.name),
    };
  });
}

// --- every example and fixture stack
const stackCases = (): RunbookCase[] => CHECKED_STACKS.flatMap(([name, build]) => {
  const app = Testing.app();
  const stack = build(app as App);
  return runbooksOf(name, JSON.parse(Testing.synth(stack)));
});

// --- every runtime, both identity kinds, a script with param(), named blocks and a schedule value
function runtimeStack(runtime: PowerShellRuntime, userAssigned: boolean) {
  const stack = newStackWithProviders();
  const identity = userAssigned ? new UserAssignedIdentity(stack, 'identity', { name: 'id-exo', resourceGroupName: 'rg-exo', location: 'westeurope' }) : undefined;
  const exo = new ExchangeOnlineAutomation(stack, 'exo', {
    organization: ORGANIZATION, resourceGroupName: 'rg-exo', location: 'westeurope', automationAccountName: 'aa-exo-test',
    roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR], runtime, userAssignedIdentity: identity, connectionCheckRunbook: false,
  });
  exo.addRunbook('flat', {
    name: 'Flat',
    script: RunbookScript.fromInline('[CmdletBinding()]\nparam([Parameter(Mandatory)][string]$Path, [int]$Days = 3)\nGet-Mailbox -ResultSize 1 | Out-Null\nWrite-Output "Path=$Path Days=$Days"\n'),
    schedule: { frequency: ScheduleFrequency.DAY, parameters: { Path: '${env:TEMP}\\report-%{x}.csv' } },
  });
  exo.addRunbook('blocks', {
    name: 'Blocks',
    parameters: [{ name: 'Days', type: 'int', mandatory: true }],
    script: RunbookScript.fromInline('begin { $n = 0 }\nprocess { Get-Mailbox -ResultSize 1 | ForEach-Object { $n++ } }\nend { Write-Output "Days=$Days n=$n bound=$($PSBoundParameters[\'Days\'])" }\n'),
    schedule: { frequency: ScheduleFrequency.DAY, parameters: { days: '8' } },
  });
  return stack;
}
const RUNTIME_KINDS = PowerShellRuntime.all().flatMap((runtime) => [false, true].map((userAssigned) => ({ runtime, userAssigned })));
const runtimeCases = (): RunbookCase[] => RUNTIME_KINDS.flatMap(({ runtime, userAssigned }) =>
  runbooksOf(`${runtime} ${userAssigned ? 'user-assigned' : 'system-assigned'}`, synthJson(runtimeStack(runtime, userAssigned)), (name) => (name === 'Flat'
    ? { output: ['Path=${env:TEMP}\\report-%{x}.csv Days=3'], invokes: ['Get-Mailbox'] }
    : { output: ['Days=8 n=1 bound=8'], invokes: ['Get-Mailbox'] }))).map((c) => {
  if (c.id.includes('user-assigned') !== (c.accountId !== undefined)) {
    throw new Error(`${c.id}: -ManagedIdentityAccountId must be given for a user-assigned identity only`);
  }
  return c;
});

// --- the corpus
interface CorpusEntry {
  readonly file: string;
  readonly refused?: string;
  readonly finding?: string;
  readonly parameters?: { [name: string]: string };
  readonly expect?: RunbookExpectation;
}
const CORPUS_DIR = join(__dirname, '..', '..', 'fixtures', 'scripts');
const CORPUS: CorpusEntry[] = JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')).scripts;
const ACCEPTED = CORPUS.filter((e) => e.refused === undefined);

function corpusStack(entry: CorpusEntry) {
  const stack = newStackWithProviders();
  const exo = new ExchangeOnlineAutomation(stack, 'exo', {
    organization: ORGANIZATION, resourceGroupName: 'rg-exo', location: 'westeurope', automationAccountName: 'aa-exo-test',
    roles: [EntraRole.EXCHANGE_RECIPIENT_ADMINISTRATOR], connectionCheckRunbook: false,
  });
  const runbook = exo.addRunbookFromFile('corpus', {
    name: 'Corpus', filePath: join(CORPUS_DIR, entry.file),
    schedule: entry.parameters === undefined ? undefined : { frequency: ScheduleFrequency.DAY, parameters: entry.parameters },
  });
  return { stack, runbook };
}
const corpusCases = (): RunbookCase[] => ACCEPTED.flatMap((entry) =>
  runbooksOf(`corpus ${entry.file}`, synthJson(corpusStack(entry).stack), () => ({
    ...entry.expect, handlesErrors: entry.expect?.throws !== undefined || /try-catch|trap/.test(entry.file),
  })));

describe('script corpus (test/fixtures/scripts)', () => {
  test('has at least 30 realistic scripts, accepted and refused', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(ACCEPTED.length).toBeGreaterThanOrEqual(30);
  });
  test.each(CORPUS.filter((e) => e.refused !== undefined).map((e) => [e.file, e.refused]))('%s is refused: %s', (file, message) => {
    expect(() => corpusStack({ file: file as string })).toThrow(message as string);
  });
  test.each(ACCEPTED.map((e) => [e.file, e]))('%s is accepted with its findings', (_file, entry) => {
    const { runbook } = corpusStack(entry as CorpusEntry);
    const warnings = annotationsAfterSynth(runbook, 'warn').join('\n');
    if ((entry as CorpusEntry).finding) {
      expect(warnings).toContain(`[${(entry as CorpusEntry).finding}]`);
    } else {
      expect(warnings).not.toContain('[EXO14]');
    }
  });
});

// One batch, one pwsh process, for every runbook of this file.
const ALL = [...stackCases(), ...runtimeCases(), ...corpusCases()];
describePowerShellChecks('every emitted runbook', () => ALL, ALL.map((c) => c.id));
