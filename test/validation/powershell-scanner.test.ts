// lib/validation/powershell-scanner.ts: the linear PowerShell tokenizer: which tokens it sees in tricky
// text (here-strings, comments, #Requires, strings with code inside, a byte order mark), the brackets it
// pairs, the problems PowerShell's parser would also report, and whether the script calls
// Connect-ExchangeOnline in code.
import { PsToken, scanPowerShell } from '../../lib/validation/powershell-scanner';

/** The tokens as [kind, text], newlines left out. */
function tokensOf(text: string): Array<[PsToken['kind'], string]> {
  return scanPowerShell(text).tokens.filter((t) => t.kind !== 'newline').map((t) => [t.kind, text.slice(t.start, t.end)]);
}

describe('scanPowerShell', () => {
  test('words, brackets, punctuation and newlines', () => {
    const text = 'Get-Mailbox -Identity $a | Out-Null; $b = @(1, 2)\n';
    expect(tokensOf(text)).toEqual([
      ['word', 'Get-Mailbox'], ['word', '-Identity'], ['word', '$a'], ['punct', '|'], ['word', 'Out-Null'], ['punct', ';'],
      ['word', '$b'], ['word', '='], ['open', '@('], ['word', '1'], ['punct', ','], ['word', '2'], ['close', ')'],
    ]);
    expect(scanPowerShell(text).tokens.filter((t) => t.kind === 'newline')).toHaveLength(1);
  });

  test('#Requires and # comments run to the end of the line; a block comment spans lines', () => {
    expect(tokensOf('#Requires -Modules ExchangeOnlineManagement\r\n<# help\n#> Get-Mailbox # tail "x"\n')).toEqual([
      ['comment', '#Requires -Modules ExchangeOnlineManagement\r'], ['comment', '<# help\n#>'], ['word', 'Get-Mailbox'], ['comment', '# tail "x"'],
    ]);
  });

  test('strings: doubled quotes, backtick escapes, typographic quotes, and what looks like code inside', () => {
    expect(tokensOf("'it''s # not a comment' \"a `\" b\"\"c\" \u2018typo\u2019")).toEqual([
      ['string', "'it''s # not a comment'"], ['string', '"a `" b""c"'], ['string', '\u2018typo\u2019'],
    ]);
  });

  test('a subexpression inside a double-quoted string belongs to the string token, brackets and all', () => {
    expect(tokensOf('"x $( (1) + ")" ) y" z')).toEqual([['string', '"x $( (1) + ")" ) y"'], ['word', 'z']]);
  });

  test('here-strings are one token, and end only at a line starting with the closing quote', () => {
    const text = "$a = @'\nparam($x) '@ still text\n'@\n$b = @\"\n# not a comment $(Get-Date)\n\"@\nGet-Mailbox\n";
    expect(tokensOf(text)).toEqual([
      ['word', '$a'], ['word', '='], ['string', "@'\nparam($x) '@ still text\n'@"],
      ['word', '$b'], ['word', '='], ['string', '@"\n# not a comment $(Get-Date)\n"@'], ['word', 'Get-Mailbox'],
    ]);
  });

  test('braced variable names and backtick line continuation', () => {
    expect(tokensOf('${Odd `} Name} Get-Mailbox `\n  -Identity x')).toEqual([
      ['word', '${Odd `} Name}'], ['word', 'Get-Mailbox'], ['word', '-Identity'], ['word', 'x'],
    ]);
    expect(scanPowerShell('a `\nb').tokens.some((t) => t.kind === 'newline')).toBe(false);
  });

  test('a byte order mark left in the text is part of the first word, not a space', () => {
    expect(tokensOf('\uFEFFGet-Mailbox')).toEqual([['word', '\uFEFFGet-Mailbox']]);
  });

  test('pairs brackets by index; an unclosed one keeps -1', () => {
    const { tokens } = scanPowerShell('param([string]$a) { ');
    const opens = tokens.map((t, i) => [i, t] as const).filter(([, t]) => t.kind === 'open');
    expect(opens.map(([i, t]) => [i, t.match])).toEqual([[1, 6], [2, 4], [7, -1]]);
    expect(tokens[6].match).toBe(1);
    expect(tokens[4].match).toBe(2);
  });

  test.each([
    ['a block comment', 'Get-Mailbox\n<# open', 'has a block comment (<#) that never ends (line 2): close it with #>'],
    ['a single-quoted here-string', "\n\n$a = @'\ntext\n", "has a here-string (@') that never ends (line 3): its closing '@ must start a line"],
    ['a double-quoted here-string', '$a = @"\ntext\n "@\n', 'has a here-string (@") that never ends (line 1): its closing "@ must start a line'],
  ])('reports %s that never ends, with its line', (_label, text, problem) => {
    expect(scanPowerShell(text).problem).toBe(problem);
  });

  test('reports the first problem only; well-formed text has none', () => {
    expect(scanPowerShell('<# a\n@\'\n').problem).toBe('has a block comment (<#) that never ends (line 1): close it with #>');
    expect(scanPowerShell('Get-Mailbox\n').problem).toBeUndefined();
  });

  test.each([
    ['a command', 'Connect-ExchangeOnline -ManagedIdentity\n', true],
    ['a module-qualified command', 'ExchangeOnlineManagement\\Connect-ExchangeOnline\n', true],
    ['code in a string', '"$(Connect-ExchangeOnline)"', true],
    ['code in a here-string', '@"\n$(Connect-ExchangeOnline)\n"@', true],
    ['a comment', '# Connect-ExchangeOnline\n<# Connect-ExchangeOnline #>', false],
    ['a #Requires line', '#Requires -Modules Connect-ExchangeOnline\n', false],
    ['a string', "'Connect-ExchangeOnline' \"Connect-ExchangeOnline\"", false],
    ['a here-string', "@'\nConnect-ExchangeOnline\n'@", false],
    ['a longer word', 'Connect-ExchangeOnlineX; Test-Connect-ExchangeOnline', false],
  ])('Connect-ExchangeOnline in %s: callsConnect %s', (_label, text, calls) => {
    expect(scanPowerShell(text).callsConnect).toBe(calls);
  });
});
