// A small, linear PowerShell tokenizer: enough of the language to find where a script's preamble ends
// (`using` statements, comment-based help, attributes and the `param()` block, which PowerShell requires
// before any command), what its parameters are, whether it uses named blocks (begin/process/end), and
// whether it calls a command itself. It never uses a regular expression over the user's text: every
// character is looked at a bounded number of times, so the work grows with the length of the script
// (issue 14: a backtracking regular expression made synthesis hang on a 60-character `#####` banner).
//
// What it knows of PowerShell's grammar (about_Comments, about_Quoting_Rules, about_Parsing):
// - `#` at the start of a token comments out the rest of the line; `<# ... #>` is a block comment;
// - '...' (a doubled quote escapes itself), "..." (backtick escapes, a doubled quote escapes itself,
//   `$( ... )` subexpressions that hold code, `${...}` braced variables), here-strings `@'`/`@"` that end
//   at a line starting with `'@`/`"@`; the typographic quotes PowerShell accepts as quotes count as quotes;
// - `${...}` braced variable names; a backtick escapes the next character (line continuation);
// - brackets `( ) [ ] { }`, with `$(`, `@(` and `@{` opening them too.
// The character classes and look-aheads it uses are in powershell-text.ts.
import {
  DOUBLE_QUOTES, endOfHereString, hereStringQuote, isConnectCommand, isSpace, lineOf, PUNCT, SINGLE_QUOTES, WORD_END,
} from './powershell-text';

/** A token of the script's top level (strings and comments inside brackets are still tokens). */
export interface PsToken {
  readonly kind: 'word' | 'string' | 'comment' | 'newline' | 'open' | 'close' | 'punct';
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
  /** For `open`: index of the matching `close` token (-1 when unclosed); for `close`: of its `open`. */
  match: number;
}

/** What scanning found, with offsets into the text. */
export interface PsScan {
  readonly tokens: PsToken[];
  /** A problem PowerShell's parser would also report (an unterminated block comment or here-string). */
  readonly problem?: string;
  /** Whether a command word `Connect-ExchangeOnline` (outside comments and strings) occurs. */
  readonly callsConnect: boolean;
}

/**
 * Tokenizes `text`. Inside double-quoted strings, `$( ... )` holds code again; an explicit stack (not
 * recursion) follows the nesting, so deeply nested input cannot exhaust the call stack.
 */
export function scanPowerShell(text: string): PsScan {
  const tokens: PsToken[] = [];
  const opens: number[] = [];
  let problem: string | undefined;
  let callsConnect = false;
  // The nesting of code inside strings: each entry is the paren depth of one `$(` subexpression.
  const subexpressions: number[] = [];
  // The string kinds the subexpressions sit in, to resume them when a subexpression closes.
  const resume: Array<'dq' | 'dqhere'> = [];
  const n = text.length;
  let i = 0;

  const push = (kind: PsToken['kind'], start: number, end: number): void => {
    if (subexpressions.length > 0) {
      return; // code inside a string belongs to the string token
    }
    if (kind === 'open') {
      opens.push(tokens.length);
    }
    const token: PsToken = { kind, start, end, match: -1 };
    if (kind === 'close' && opens.length > 0) {
      const open = opens.pop() as number;
      token.match = open;
      tokens[open].match = tokens.length;
    }
    tokens.push(token);
  };

  // Scans the rest of a double-quoted string (or here-string) from `j`; returns the offset after it, or
  // the offset of a `$(` that opens code (then `subexpression` is set).
  let stringStart = -1;
  const scanDoubleQuoted = (j: number, here: boolean): { at: number; subexpression: boolean } => {
    while (j < n) {
      const c = text[j];
      if (c === '`') {
        j += 2;
      } else if (c === '$' && text[j + 1] === '(') {
        return { at: j + 2, subexpression: true };
      } else if (c === '$' && text[j + 1] === '{') {
        const close = text.indexOf('}', j + 2);
        j = close === -1 ? n : close + 1;
      } else if (here) {
        if (c === '\n' && text[j + 1] !== undefined && DOUBLE_QUOTES.has(text[j + 1]) && text[j + 2] === '@') {
          return { at: j + 3, subexpression: false };
        }
        j++;
      } else if (DOUBLE_QUOTES.has(c)) {
        if (text[j + 1] !== undefined && DOUBLE_QUOTES.has(text[j + 1])) {
          j += 2;
        } else {
          return { at: j + 1, subexpression: false };
        }
      } else {
        j++;
      }
    }
    if (here && problem === undefined) {
      problem = `has a here-string (@") that never ends (line ${lineOf(text, stringStart)}): its closing "@ must start a line`;
    }
    return { at: n, subexpression: false };
  };

  const enterString = (j: number, kind: 'dq' | 'dqhere'): void => {
    const { at, subexpression } = scanDoubleQuoted(j, kind === 'dqhere');
    if (subexpression) {
      resume.push(kind);
      subexpressions.push(0);
      i = at;
    } else {
      if (subexpressions.length === 0) {
        push('string', stringStart, at);
      }
      i = at;
    }
  };

  while (i < n) {
    const c = text[i];
    const inString = subexpressions.length > 0;
    if (c === '\n') {
      push('newline', i, i + 1);
      i++;
    } else if (c === '\r' || isSpace(c)) {
      i++;
    } else if (c === '`') {
      i += 2; // escape: the next character (often a newline: line continuation) is not a token of its own
    } else if (c === '#') {
      let j = text.indexOf('\n', i);
      j = j === -1 ? n : j;
      push('comment', i, j);
      i = j;
    } else if (c === '<' && text[i + 1] === '#') {
      const j = text.indexOf('#>', i + 2);
      if (j === -1) {
        problem ??= `has a block comment (<#) that never ends (line ${lineOf(text, i)}): close it with #>`;
        push('comment', i, n);
        i = n;
      } else {
        push('comment', i, j + 2);
        i = j + 2;
      }
    } else if (c === '@' && hereStringQuote(text, i) !== undefined) {
      const quote = hereStringQuote(text, i) as 'single' | 'double';
      const start = i;
      if (quote === 'single') {
        const end = endOfHereString(text, i, 'single');
        if (end === -1) {
          problem ??= `has a here-string (@') that never ends (line ${lineOf(text, i)}): its closing '@ must start a line`;
        }
        push('string', start, end === -1 ? n : end);
        i = end === -1 ? n : end;
      } else {
        if (!inString) {
          stringStart = start;
        }
        const lineEnd = text.indexOf('\n', i);
        enterString(lineEnd === -1 ? n : lineEnd, 'dqhere');
      }
    } else if (SINGLE_QUOTES.has(c)) {
      let j = i + 1;
      while (j < n) {
        if (SINGLE_QUOTES.has(text[j])) {
          if (text[j + 1] !== undefined && SINGLE_QUOTES.has(text[j + 1])) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      push('string', i, Math.min(j + 1, n));
      i = j + 1;
    } else if (DOUBLE_QUOTES.has(c)) {
      if (!inString) {
        stringStart = i;
      }
      enterString(i + 1, 'dq');
    } else if (c === '(' || c === '[' || c === '{') {
      if (inString && c === '(') {
        subexpressions[subexpressions.length - 1]++;
      }
      push('open', i, i + 1);
      i++;
    } else if ((c === '$' || c === '@') && (text[i + 1] === '(' || (c === '@' && text[i + 1] === '{'))) {
      if (inString && text[i + 1] === '(') {
        subexpressions[subexpressions.length - 1]++;
      }
      push('open', i, i + 2);
      i += 2;
    } else if (c === '$' && text[i + 1] === '{') {
      // ${braced variable name}: backtick escapes inside
      let j = i + 2;
      while (j < n && text[j] !== '}') {
        j += text[j] === '`' ? 2 : 1;
      }
      push('word', i, Math.min(j + 1, n));
      i = j + 1;
    } else if (c === ')' || c === ']' || c === '}') {
      if (inString && c === ')') {
        const depth = subexpressions.length - 1;
        if (subexpressions[depth] === 0) {
          // the `$(` of a string closes: back into the string
          subexpressions.pop();
          enterString(i + 1, resume.pop() as 'dq' | 'dqhere');
          continue;
        }
        subexpressions[depth]--;
      }
      push('close', i, i + 1);
      i++;
    } else if (PUNCT.has(c)) {
      push('punct', i, i + 1);
      i++;
    } else {
      let j = i + 1;
      while (j < n && !WORD_END.has(text[j]) && !isSpace(text[j])) {
        j++;
      }
      if (isConnectCommand(text, i, j)) {
        callsConnect = true;
      }
      push('word', i, j);
      i = j;
    }
  }
  return { tokens, problem, callsConnect };
}
