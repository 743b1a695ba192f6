// lib/automation/runtime-retirement.ts: the runtimes Microsoft has retired in Azure Automation (7.2, on
// 2026-09-30), and the EXO16 finding recorded on the construct whose runtime prop names one.
import { Construct } from 'constructs';
import { PowerShellRuntime } from '../../lib/automation/powershell-runtime';
import { recordRetiredRuntime, retirementOf } from '../../lib/automation/runtime-retirement';
import { recordedFindings } from '../../lib/rules/findings';
import { newStack } from '../support/helpers';

test('retirementOf: PowerShell 7.2 was retired on 2026-09-30; 5.1, 7.4 and 7.6 are supported', () => {
  expect(PowerShellRuntime.all().map((runtime) => [runtime.version, retirementOf(runtime)])).toEqual([
    ['5.1', undefined], ['7.2', '2026-09-30'], ['7.4', undefined], ['7.6', undefined],
  ]);
});

test('recordRetiredRuntime records EXO16 with the prop and the version, for a retired runtime only', () => {
  const stack = newStack();
  const retired = new Construct(stack, 'retired');
  recordRetiredRuntime(retired, 'runtime', PowerShellRuntime.V7_2);
  expect(recordedFindings(retired).map((f) => [f.rule.id, f.detail])).toEqual([['EXO16', 'runtime: 7.2']]);
  expect(recordedFindings(retired)[0].rule.description).toContain('retired in Azure Automation on 2026-09-30');
  for (const runtime of [PowerShellRuntime.V5_1, PowerShellRuntime.V7_4, PowerShellRuntime.V7_6]) {
    const supported = new Construct(stack, `supported-${runtime.version}`);
    recordRetiredRuntime(supported, 'runtime', runtime);
    expect(recordedFindings(supported)).toEqual([]);
  }
});
