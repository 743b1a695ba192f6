// One table of invalid inputs across every construct and prop. Each must fail at construction time with
// an Error whose message names the construct path (or factory), the prop and the rule: never a
// TypeError or a stack trace from inside cdktf.
// The rows live beside each construct's tests (test/<folder>/<file>.corpus.ts, listed in rows.ts).
import { badInputFixture, refusalOf } from './corpus';
import { ALL_ROWS } from './rows';

const CORPUS = ALL_ROWS.flatMap((rows) => rows.badInput ?? []);

describe('bad-input corpus', () => {
  test('has at least 40 cases', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  test.each(CORPUS)('%s', (_what, build, prop, rule) => {
    const f = badInputFixture();
    const { message } = refusalOf(() => build(f));
    expect(message).toContain(prop);
    expect(message).toContain(rule);
    expect(message).toMatch(/^(test(\/[\w.-]+)*|EntraRole\.fromTemplateId|RunbookScript\.fromFile): /);
    expect(message).not.toMatch(/node_modules|at Object\.|\n\s+at /);
  });
});
