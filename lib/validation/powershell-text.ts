// The PowerShell tokenizer's view of the text around one offset (powershell-scanner.ts): the characters
// PowerShell's grammar gives a meaning (quotes, including the typographic ones; dashes; spaces; what ends a
// word), where a here-string starts and ends, whether a word is Connect-ExchangeOnline, and line numbers for
// messages. The tokenizer moves past what these functions read, so its work stays linear in the text.

export const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
export const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E']);
const DASHES = new Set(['-', '\u2013', '\u2014', '\u2015']);
const NEWLINES = new Set(['\n', '\r']);
// Characters that end a generic token (a word).
export const WORD_END = new Set([' ', '\t', '\f', '\v', '\u00A0', '\u0085', '\u2028', '\u2029', '\n', '\r',
  '(', ')', '{', '}', '[', ']', ';', ',', '|', '&', '`', ...SINGLE_QUOTES, ...DOUBLE_QUOTES]);
export const PUNCT = new Set([';', ',', '|', '&']);

/** White space PowerShell skips between tokens (newlines are tokens of their own). */
export function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00A0' || c === '\u0085'
    || c === '\u2028' || c === '\u2029' || (c >= '\u2000' && c <= '\u200A') || c === '\u3000' || c === '\u202F' || c === '\u205F';
}

/** Line number (1-based) of `offset`, for messages. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
    }
  }
  return line;
}

/** Offset after the here-string that starts at `i` (at the `@`), or -1 when it never ends. */
export function endOfHereString(text: string, i: number, quote: 'single' | 'double'): number {
  // The terminator is a line that starts with the closing quote and `@`.
  let j = text.indexOf('\n', i);
  while (j !== -1) {
    const c = text[j + 1];
    if (c !== undefined && text[j + 2] === '@' && (quote === 'single' ? SINGLE_QUOTES.has(c) : DOUBLE_QUOTES.has(c))) {
      return j + 3;
    }
    j = text.indexOf('\n', j + 1);
  }
  return -1;
}

/** True when `@` at `i` opens a here-string: a quote, then only spaces up to the end of the line. */
export function hereStringQuote(text: string, i: number): 'single' | 'double' | undefined {
  const q = text[i + 1];
  const kind = q === undefined ? undefined : SINGLE_QUOTES.has(q) ? 'single' : DOUBLE_QUOTES.has(q) ? 'double' : undefined;
  if (kind === undefined) {
    return undefined;
  }
  let j = i + 2;
  while (j < text.length && isSpace(text[j])) {
    j++;
  }
  return j >= text.length || NEWLINES.has(text[j]) ? kind : undefined;
}

const CONNECT = 'connect-exchangeonline';

/** The word text[start, end) is `Connect-ExchangeOnline`, maybe module-qualified (`...\Connect-ExchangeOnline`). */
export function isConnectCommand(text: string, start: number, end: number): boolean {
  if (end - start < CONNECT.length) {
    return false;
  }
  const from = end - CONNECT.length;
  if (from > start && text[from - 1] !== '\\') {
    return false;
  }
  for (let k = 0; k < CONNECT.length; k++) {
    const c = text[from + k].toLowerCase();
    if (c !== CONNECT[k] && !(CONNECT[k] === '-' && DASHES.has(c))) {
      return false;
    }
  }
  return true;
}

/** Characters that show nothing: a text of only these and white space has no command. */
export function isInvisible(c: string): boolean {
  return c === '\u200B' || c === '\u200C' || c === '\u200D' || c === '\u2060' || c === '\uFEFF' || c === '\u180E';
}
