// EXO14 (lib/rules/exo14-script-connects-itself.ts): recorded by ExchangeOnlineRunbook for a script that connects itself.
import { RunbookScript } from '../../lib';
import { SCRIPT_CONNECTS_ITSELF_RULE } from '../../lib/rules/exo14-script-connects-itself';
import { expectConstructRule, runbookWith } from '../support/policy';

describe('EXO14: script connects itself', () => {
  test('is a construct rule of ExchangeOnlineRunbook', () => {
    expectConstructRule(SCRIPT_CONNECTS_ITSELF_RULE, 'EXO14', ['ExchangeOnlineRunbook']);
  });

  test('a script that calls Connect-ExchangeOnline records it with the script\'s source; one that does not, does not', () => {
    const script = RunbookScript.fromInline('Connect-ExchangeOnline -Device\n');
    const connects = runbookWith({ script });
    const plain = runbookWith({ script: RunbookScript.fromInline('Get-Mailbox\n') });
    expect(SCRIPT_CONNECTS_ITSELF_RULE.check(connects)).toEqual([`script: ${script.sourceName}`]);
    expect(SCRIPT_CONNECTS_ITSELF_RULE.check(plain)).toEqual([]);
  });
});
