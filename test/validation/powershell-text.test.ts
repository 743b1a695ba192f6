// lib/validation/powershell-text.ts: the tokenizer's view of the text around one offset: spaces, line
// numbers, where a here-string starts and ends, and whether a word is Connect-ExchangeOnline.
import {
  DOUBLE_QUOTES, endOfHereString, hereStringQuote, isConnectCommand, isInvisible, isSpace, lineOf, SINGLE_QUOTES, WORD_END,
} from '../../lib/validation/powershell-text';

const isConnect = (word: string) => isConnectCommand(word, 0, word.length);

describe('characters', () => {
  test('typographic quotes are quotes, as PowerShell reads them', () => {
    expect([...SINGLE_QUOTES]).toEqual(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
    expect([...DOUBLE_QUOTES]).toEqual(['"', '\u201C', '\u201D', '\u201E']);
    expect(WORD_END.has('\u201C')).toBe(true);
    expect(WORD_END.has('-')).toBe(false);
  });

  test('spaces include the Unicode ones; newlines and invisible characters are not spaces', () => {
    for (const c of [' ', '\t', '\u00A0', '\u2003', '\u3000', '\u202F']) {
      expect([c, isSpace(c)]).toEqual([c, true]);
    }
    for (const c of ['\n', '\r', 'a', '\uFEFF', '\u200B']) {
      expect([c, isSpace(c)]).toEqual([c, false]);
    }
    expect(isInvisible('\uFEFF')).toBe(true);
    expect(isInvisible('\u200B')).toBe(true);
    expect(isInvisible(' ')).toBe(false);
  });

  test('lineOf counts the line of an offset from 1', () => {
    const text = 'a\nb\r\nc';
    expect(lineOf(text, 0)).toBe(1);
    expect(lineOf(text, 2)).toBe(2);
    expect(lineOf(text, 5)).toBe(3);
    expect(lineOf(text, 100)).toBe(3);
  });
});

describe('here-strings', () => {
  test('@ opens one only when a quote and then nothing but spaces follow on its line', () => {
    expect(hereStringQuote("@'\n", 0)).toBe('single');
    expect(hereStringQuote('@"  \r\n', 0)).toBe('double');
    expect(hereStringQuote('@\u201C', 0)).toBe('double');
    expect(hereStringQuote('@"', 0)).toBe('double');
    expect(hereStringQuote('@"x"\n', 0)).toBeUndefined();
    expect(hereStringQuote('@(1)', 0)).toBeUndefined();
    expect(hereStringQuote('@', 0)).toBeUndefined();
  });

  test('ends after a line that starts with its closing quote and @', () => {
    const text = "@'\nx '@ not yet\n'@\nrest";
    expect(endOfHereString(text, 0, 'single')).toBe(text.indexOf('\nrest'));
    expect(endOfHereString('@"\nx\n\'@\n', 0, 'double')).toBe(-1);
    expect(endOfHereString('@"\nx\n\u201D@', 0, 'double')).toBe(7);
    expect(endOfHereString("@'\nx\n '@\n", 0, 'single')).toBe(-1);
  });
});

describe('isConnectCommand', () => {
  test.each([['Connect-ExchangeOnline'], ['connect-exchangeonline'], ['ExchangeOnlineManagement\\Connect-ExchangeOnline'], ['Connect\u2013ExchangeOnline']])('%j is the command', (word) => {
    expect(isConnect(word)).toBe(true);
  });

  test.each([['Connect-ExchangeOnlin'], ['MyConnect-ExchangeOnline'], ['Connect-ExchangeOnlineX'], ['Connect_ExchangeOnline']])('%j is not', (word) => {
    expect(isConnect(word)).toBe(false);
  });

  test('reads only the word between start and end', () => {
    const text = 'x Connect-ExchangeOnline y';
    expect(isConnectCommand(text, 2, 24)).toBe(true);
    expect(isConnectCommand(text, 0, 24)).toBe(false);
  });
});
