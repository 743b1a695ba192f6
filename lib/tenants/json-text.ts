// The text of a tenants file as people save it: with or without a byte order mark (Windows PowerShell's
// `Out-File -Encoding utf8` writes one; its default encoding is UTF-16 LE), and a syntax error reported at
// a line and column, which JavaScript's own JSON.parse does not give on every Node.js version.

/** Decodes a file's bytes: UTF-8 (a byte order mark is dropped) or UTF-16 LE/BE with its byte order mark. */
export function decodeJsonFile(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return bytes.subarray(2).toString('utf16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return stripBom(bytes.toString('utf8'));
}

/** `text` without a leading byte order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A JSON syntax error: where (1-based line and column) and what was expected there. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

/** The parsed value, or the first syntax error of `text` with its line and column. */
export function parseJson(text: string): { value: unknown } | { error: JsonSyntaxError } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const found = firstSyntaxError(text);
    if (found === undefined) {
      // JSON.parse refused what the scanner accepts: not expected; keep JSON.parse's words.
      return { error: { line: 1, column: 1, problem: (error as Error).message } };
    }
    const before = text.slice(0, found.offset);
    const line = before.split('\n').length;
    const column = found.offset - before.lastIndexOf('\n');
    return { error: { line, column, problem: found.problem } };
  }
}

/** What the scanner stops at: the offset of the first character that is not valid JSON, and why. */
interface ScanError {
  readonly offset: number;
  readonly problem: string;
}

/** A strict JSON scanner (RFC 8259) that only finds where the text stops being JSON. */
function firstSyntaxError(text: string): ScanError | undefined {
  let i = 0;
  const stop = (problem: string): never => {
    throw { offset: i, problem } as ScanError;
  };
  const found = (): string => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) {
      i++;
    }
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
    } else {
      stop(`expected a value (found ${found()}); true, false and null are written in lower case`);
    }
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) {
        stop('a string must not contain a line break or control character (write \\n for a line break)');
      }
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
            stop('expected four hexadecimal digits after \\u');
          }
          i += 4;
        } else if (i >= text.length || !'"\\/bfnrt'.includes(text[i])) {
          stop(`${JSON.stringify(`\\${text[i] ?? ''}`)} is not a JSON escape; write \\\\ for a backslash (e.g. in a Windows path)`);
        }
      }
      i++;
    }
    if (i >= text.length) {
      stop('a string is not closed: expected " before the end of the file');
    }
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (match === null || match[0] === '-' || match[0] === '') {
      stop(`expected a value (found ${found()})`);
    }
    i += match![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') {
          stop(text[i] === '}' ? 'expected a field name in double quotes (a comma must not come before })'
            : `expected a field name in double quotes (found ${found()})`);
        }
        string();
        space();
        if (text[i] !== ':') {
          stop(`expected ":" after the field name (found ${found()})`);
        }
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
        } else if (text[i] === '}') {
          i++;
          return;
        } else {
          stop(`expected "," or "}" (found ${found()})`);
        }
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] === ']') {
          stop('expected a value (a comma must not come before ])');
        }
        value();
        space();
        if (text[i] === ',') {
          i++;
        } else if (text[i] === ']') {
          i++;
          return;
        } else {
          stop(`expected "," or "]" (found ${found()})`);
        }
      }
    } else if (c === '"') {
      string();
    } else if (c === 't' || c === 'f' || c === 'n') {
      literal(c === 't' ? 'true' : c === 'f' ? 'false' : 'null');
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      number();
    } else if (c === "'") {
      stop('strings are written in double quotes (found \')');
    } else {
      stop(`expected a value (found ${found()})`);
    }
  };
  try {
    value();
    space();
    if (i < text.length) {
      stop(`expected the end of the file after the JSON value (found ${found()})`);
    }
    return undefined;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'offset' in error) {
      return error as ScanError;
    }
    throw error;
  }
}
