// The README's two rules tables (### Policy checks) are the rules: one row per rule, in id order, with the
// rule's id, its default severity (policy rules) or what raises it (construct rules), and its summary.
// A rule added, renamed, re-rated or re-worded in lib/rules/ without its row (or the other way) fails here.
import { readFileSync } from 'fs';
import { join } from 'path';
import { ALL_RULES } from '../../lib/rules/all-rules';
import { PolicySeverity } from '../../lib/rules/policy-severity';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The rows of the table whose header line is `header`, in the README section `heading`. */
function tableRows(heading: string, header: string): string[] {
  const start = README.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = README.indexOf('\n### ', start + 1);
  const lines = README.slice(start, end === -1 ? undefined : end).split('\n');
  const at = lines.indexOf(header);
  expect(at).toBeGreaterThan(-1);
  expect(lines[at + 1]).toBe('|---|---|---|');
  const rows: string[] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) {
      break;
    }
    rows.push(line);
  }
  return rows;
}

describe('README rules tables', () => {
  test('policy rules: | id | default severity | summary |, in id order', () => {
    const expected = ALL_RULES.filter((rule) => rule.source === 'policy').map((rule) => `| ${rule.id} | ${rule.severity} | ${rule.summary} |`);
    expect(tableRows('### Policy checks', '| rule | default | finds |')).toEqual(expected);
  });

  test('construct rules (always warnings): | id | what raises it | summary |, in id order', () => {
    const rules = ALL_RULES.filter((rule) => rule.source === 'construct');
    expect(rules.map((rule) => rule.severity)).toEqual(rules.map(() => PolicySeverity.WARNING));
    const expected = rules.map((rule) => `| ${rule.id} | ${rule.raisedBy} | ${rule.summary} |`);
    expect(tableRows('### Policy checks', '| rule | from | finds |')).toEqual(expected);
  });

  test('every rule has a row, and its summary is one line the table can hold', () => {
    for (const rule of ALL_RULES) {
      expect({ id: rule.id, ok: rule.summary.length > 0 && !/[\n|]/.test(rule.summary) && !/[\n|]/.test(rule.raisedBy ?? '') })
        .toEqual({ id: rule.id, ok: true });
      expect(rule.raisedBy === undefined).toBe(rule.source === 'policy');
    }
    const ids = README.match(/^\| EXO\d+ \|/gm)!.map((cell) => cell.slice(2, -2));
    expect(ids).toEqual(ALL_RULES.map((rule) => rule.id));
  });
});
