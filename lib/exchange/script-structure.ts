// The shape of a user's runbook script, found by the linear tokenizer in lib/validation/powershell-scanner.ts:
// its preamble (what PowerShell requires before any command: `#Requires` and other leading comments,
// comment-based help, `using` statements, attributes such as `[CmdletBinding()]` and `[OutputType()]`, the
// `param()` block), its body, its parameters, and whether the body is made of named blocks
// (`begin`/`process`/`end`). The runbook is written as preamble, connect line, body.
import { PsToken, scanPowerShell } from '../validation/powershell-scanner';
import { isInvisible } from '../validation/powershell-text';

/** A parameter declared in a script's `param()` block. */
export interface ScriptParameter {
  readonly name: string;
  /** The type constraint without brackets (`string`, `int[]`), or undefined when the parameter has none. */
  readonly type?: string;
  readonly mandatory: boolean;
}

/** A script split where the connect line goes. */
export interface ScriptStructure {
  /** Text before the connect line: leading comments, `using` statements, attributes and `param()`. */
  readonly preamble: string;
  /** The rest: the commands. */
  readonly body: string;
  /** The script's own parameters, when it has a `param()` block. */
  readonly parameters?: ScriptParameter[];
  /** The attributes and `param()` block, as written (to declare them again on the body's script block). */
  readonly parameterDeclaration?: string;
  /** Whether the body is made of named blocks (`begin`, `process`, `end`, `clean`, `dynamicparam`). */
  readonly namedBlocks: boolean;
  /** Whether the script calls Connect-ExchangeOnline (outside comments and strings). */
  readonly callsConnect: boolean;
  /** Why PowerShell could not run it, if the scan can tell. */
  readonly problem?: string;
}

const NAMED_BLOCKS = new Set(['begin', 'process', 'end', 'clean', 'dynamicparam']);
const USING_KINDS = new Set(['namespace', 'module', 'assembly']);

/**
 * The structures of the scripts split lately, by text: every `ExchangeOnlineAutomation` adds the same
 * connection-check runbook, and the tenants of an estate share their scripts, so most texts repeat
 * (issue 17: at 1,000 instances in one stack, one scan instead of 1,000). Frozen, as they are shared;
 * bounded, as texts can be large.
 */
const STRUCTURES = new Map<string, ScriptStructure>();
const STRUCTURES_KEPT = 32;

/** Splits `text` into preamble and body. Linear in the length of the text (the first time it is seen). */
export function scriptStructure(text: string): ScriptStructure {
  let structure = STRUCTURES.get(text);
  if (structure === undefined) {
    const found = split(text);
    structure = Object.freeze(found.parameters === undefined ? found : { ...found, parameters: Object.freeze(found.parameters.map((p) => Object.freeze(p))) as ScriptParameter[] });
    if (STRUCTURES.size >= STRUCTURES_KEPT) {
      STRUCTURES.clear();
    }
    STRUCTURES.set(text, structure);
  }
  return structure;
}

function split(text: string): ScriptStructure {
  const { tokens, problem, callsConnect } = scanPowerShell(text);
  const word = (t: PsToken | undefined): string | undefined => (t !== undefined && t.kind === 'word' ? text.slice(t.start, t.end).toLowerCase() : undefined);
  const isOpen = (t: PsToken | undefined, c: string): boolean => t !== undefined && t.kind === 'open' && text[t.end - 1] === c && t.end - t.start === 1;
  // The next token from `k` that is not a comment or a line break.
  const next = (k: number): number => {
    while (k < tokens.length && (tokens[k].kind === 'comment' || tokens[k].kind === 'newline')) {
      k++;
    }
    return k;
  };

  let k = next(0);
  let preambleEnd = k > 0 ? tokens[k - 1].end : 0; // leading comments stay first (comment-based help)
  // `using` statements: up to the end of the line or a `;`.
  while (word(tokens[k]) === 'using' && USING_KINDS.has(word(tokens[k + 1]) ?? '')) {
    let j = k + 1;
    while (j < tokens.length && tokens[j].kind !== 'newline' && !(tokens[j].kind === 'punct' && text[tokens[j].start] === ';')) {
      j++;
    }
    preambleEnd = tokens[j - 1].end;
    k = next(j);
  }
  // Attributes, then `param(`: only together are they a preamble; `[type]::Member` alone is a command.
  let parameters: ScriptParameter[] | undefined;
  let parameterDeclaration: string | undefined;
  let paramProblem: string | undefined;
  let a = k;
  while (isOpen(tokens[a], '[') && tokens[a].match !== -1) {
    a = next(tokens[a].match + 1);
  }
  if (word(tokens[a]) === 'param' && isOpen(tokens[next(a + 1)], '(')) {
    const open = next(a + 1);
    const close = tokens[open].match;
    if (close === -1) {
      paramProblem = 'has a param( block that is never closed with )';
    } else {
      parameters = parseParameters(text, tokens, open, close);
      parameterDeclaration = text.slice(tokens[k].start, tokens[close].end);
      preambleEnd = tokens[close].end;
      k = next(close + 1);
    }
  }
  // The preamble takes the rest of its last line (spaces and the line break).
  let cut = preambleEnd;
  while (cut < text.length && (text[cut] === ' ' || text[cut] === '\t' || text[cut] === '\r')) {
    cut++;
  }
  if (text[cut] === '\n') {
    cut++;
  } else {
    cut = preambleEnd;
  }
  const bodyTokens = tokens.slice(k);
  const first = bodyTokens.findIndex((t) => t.kind !== 'comment' && t.kind !== 'newline' && !(t.kind === 'punct' && text[t.start] === ';')
    && !(t.kind === 'word' && onlyInvisible(text, t.start, t.end)));
  const namedBlocks = first !== -1 && NAMED_BLOCKS.has(word(bodyTokens[first]) ?? '') && isOpen(tokens[next(k + first + 1)], '{');
  // A preamble of only blank lines stays with the body.
  const preamble = text.slice(0, cut).trim() === '' ? '' : text.slice(0, cut);
  return {
    preamble,
    body: text.slice(preamble.length),
    parameters,
    parameterDeclaration,
    namedBlocks,
    callsConnect,
    problem: problem ?? paramProblem ?? (first === -1 ? 'has no command: only comments, white space or invisible characters after its param() block, if any' : undefined),
  };
}

function onlyInvisible(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isInvisible(text[i])) {
      return false;
    }
  }
  return true;
}

/** The parameters between tokens[open] `(` and tokens[close] `)`. */
function parseParameters(text: string, tokens: PsToken[], open: number, close: number): ScriptParameter[] {
  const result: ScriptParameter[] = [];
  let type: string | undefined;
  let mandatory = false;
  let name: string | undefined;
  let afterEquals = false;
  const finish = (): void => {
    if (name !== undefined) {
      result.push({ name, type, mandatory });
    }
    type = undefined;
    mandatory = false;
    name = undefined;
    afterEquals = false;
  };
  for (let j = open + 1; j < close; j++) {
    const t = tokens[j];
    if (t.kind === 'punct' && text[t.start] === ',') {
      finish();
    } else if (afterEquals) {
      if (t.kind === 'open' && t.match !== -1) {
        j = t.match; // a default value in brackets
      }
    } else if (t.kind === 'open' && text[t.start] === '[' && t.match !== -1) {
      const inner = tokens[j + 1];
      const attribute = tokens[j + 2] !== undefined && tokens[j + 2].kind === 'open' && text[tokens[j + 2].start] === '(';
      if (attribute && inner.kind === 'word' && text.slice(inner.start, inner.end).toLowerCase() === 'parameter') {
        mandatory = mandatory || declaresMandatory(text, tokens, j + 2, tokens[j + 2].match);
      } else if (!attribute) {
        type = text.slice(t.end, tokens[t.match].start).trim();
      }
      j = t.match;
    } else if (t.kind === 'word' && name === undefined && text[t.start] === '$') {
      const w = text.slice(t.start, t.end);
      const braced = w.startsWith('${');
      let e = braced ? w.indexOf('}') : 1;
      if (!braced) {
        while (e < w.length && /[\p{L}\p{Nd}_]/u.test(w[e])) {
          e++;
        }
      }
      name = braced ? w.slice(2, e) : w.slice(1, e);
      afterEquals = w.slice(braced ? e + 1 : e).trimStart().startsWith('=');
    } else if (t.kind === 'word' && name !== undefined && text[t.start] === '=') {
      afterEquals = true;
    }
  }
  finish();
  return result;
}

/** `Mandatory`, `Mandatory = $true`, `Mandatory=1` among the words of a Parameter attribute; not `Mandatory = $false`. */
function declaresMandatory(text: string, tokens: PsToken[], open: number, close: number): boolean {
  for (let j = open + 1; j < close && j !== -1; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || !text.slice(t.start, t.end).toLowerCase().startsWith('mandatory')) {
      continue;
    }
    let setting = '';
    for (let m = j; m < close && tokens[m].kind === 'word' && setting.length < 40; m++) {
      setting += text.slice(tokens[m].start, tokens[m].end).toLowerCase();
    }
    return !(setting.endsWith('=$false') || setting.endsWith('=0'));
  }
  return false;
}
