// `cdktf synth --hcl` output that Terraform reads without complaint. cdktf 0.21 (and CDK Terrain 0.24,
// open-constructs/cdk-terrain#313) renders three things in a way Terraform rejects or deprecates, while
// the JSON output is right:
// - any `terraform {}` setting besides required_providers/backend/cloud, such as `required_version`,
//   becomes `0 = "required_version"` (renderTerraform passes the keys, not the settings);
// - every reference becomes an interpolation-only string (`name = "${azurerm_x.y.name}"`), which
//   Terraform reads but `terraform fmt` rewrites (`name = azurerm_x.y.name`), so the output is never
//   fmt-clean;
// - a lifecycle's `postcondition` list becomes an argument (`postcondition = [...]`), which Terraform
//   refuses ("An argument named "postcondition" is not expected here. Did you mean to define a block of
//   type "postcondition"?"): postconditions are blocks;
// - `depends_on` entries become quoted strings (`"azurerm_x.y"`), which Terraform 1.x reads with the
//   warning "Quoted references are deprecated".
// - a multi-line string becomes an `<<EOF` heredoc, and HCL ends a heredoc at the first line that is the
//   delimiter after trimming spaces (cdktf lib/hcl/render.js renderString), so a runbook with a line
//   `EOF` or `  EOF` (say in a here-string) is cut there; it also turns CR LF into LF and adds a line break.
//   Runbook text is written with a delimiter chosen per value that no line of the text equals
//   (`heredocDelimiter`), or as a quoted string with escapes when it has carriage returns.
// The helpers below rewrite the meta-arguments of one element in the typed form cdktf's HCL renderer
// understands (blocks as `isBlock` lists, references unquoted), and the broken settings lines of a stack's
// terraform block; everything else, including the JSON output, stays as it is.
import { TerraformDataSource, TerraformResource, TerraformStack } from 'cdktf';

type Attributes = { [name: string]: unknown };

const FIXED = Symbol.for('cdktf-exo-managed-identity.hcl-meta-arguments');

/** Wraps the element's `toHclTerraform` so its `depends_on` and `lifecycle` render as Terraform expects. */
export function fixHclMetaArguments(element: TerraformResource | TerraformDataSource): void {
  const target = element as unknown as { [FIXED]?: boolean; toHclTerraform(): { [kind: string]: unknown } };
  if (target[FIXED]) {
    return;
  }
  const original = target.toHclTerraform.bind(target);
  Object.defineProperty(target, FIXED, { value: true });
  target.toHclTerraform = () => {
    const hcl = original();
    markRunbookText(hcl);
    for (const kind of ['resource', 'data']) {
      const byType = hcl[kind] as { [type: string]: { [name: string]: Attributes } } | undefined;
      for (const blocks of Object.values(byType ?? {})) {
        for (const attributes of Object.values(blocks)) {
          rewrite(attributes);
        }
      }
    }
    return hcl;
  };
}

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function simple(value: unknown): unknown {
  return { value, isBlock: false, type: 'simple', storageClassType: typeof value === 'boolean' ? 'boolean' : 'string' };
}

function rewrite(attributes: Attributes): void {
  const dependsOn = attributes.depends_on;
  if (Array.isArray(dependsOn) && dependsOn.length > 0) {
    // A list whose items render unquoted: `depends_on = [azurerm_x.y]`.
    attributes.depends_on = { value: dependsOn, isBlock: false, type: 'list', storageClassType: 'numberList' };
  }
  const lifecycle = attributes.lifecycle as Attributes | undefined;
  if (!lifecycle || typeof lifecycle !== 'object' || 'value' in lifecycle) {
    return;
  }
  const typed: Attributes = {};
  for (const [key, value] of Object.entries(lifecycle)) {
    const name = snake(key);
    if ((name === 'postcondition' || name === 'precondition') && Array.isArray(value)) {
      typed[name] = {
        value: value.map((check: Attributes) => Object.fromEntries(Object.entries(check).map(([k, v]) => [snake(k), simple(v)]))),
        isBlock: true, type: 'list', storageClassType: 'object',
      };
    } else if (typeof value === 'boolean') {
      typed[name] = simple(value);
    } else if (Array.isArray(value)) {
      typed[name] = { value, isBlock: false, type: 'list', storageClassType: 'numberList' };
    } else if (value !== undefined) {
      typed[name] = value;
    }
  }
  attributes.lifecycle = { value: typed, isBlock: true, type: 'simple', storageClassType: 'object' };
}

const STACK_FIXED = Symbol.for('cdktf-exo-managed-identity.hcl-terraform-block');

/**
 * Wraps the stack's `toHclTerraform` so the settings of its terraform block that the renderer garbles
 * (`0 = "required_version"`) read `required_version = ">= 1.5.0"` again. Only string settings set through
 * `addOverride('terraform.<setting>', ...)` are known to the stack; others are left as rendered.
 */
export function fixHclTerraformBlock(stack: TerraformStack): void {
  const target = stack as unknown as { [STACK_FIXED]?: boolean; rawOverrides?: { terraform?: Attributes }; toHclTerraform(): { hcl: string } };
  if (target[STACK_FIXED]) {
    return;
  }
  const original = target.toHclTerraform.bind(target);
  Object.defineProperty(target, STACK_FIXED, { value: true });
  target.toHclTerraform = () => {
    const result = original();
    const settings = target.rawOverrides?.terraform ?? {};
    const hcl = unwrapInterpolationOnly(writeRunbookText(result.hcl).replace(/^ {2}\d+ = "([a-z_]+)"$/gm, (line, name: string) => {
      const value = settings[name];
      return typeof value === 'string' ? `  ${name} = ${JSON.stringify(value)}` : line;
    }));
    return { ...result, hcl };
  };
}

/**
 * `name = "${expression}"` -> `name = expression`, as `terraform fmt` writes it (an interpolation-only
 * template has the value of its expression, so nothing changes in meaning). Lines inside heredocs (runbook
 * text) are left alone.
 */
export function unwrapInterpolationOnly(hcl: string): string {
  let heredoc: string | undefined;
  return hcl.split('\n').map((line) => {
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) {
        heredoc = undefined;
      }
      return line;
    }
    const opens = /<<-?([A-Z][A-Z0-9_]*)$/.exec(line);
    if (opens) {
      heredoc = opens[1];
      return line;
    }
    const match = /^(\s*[\w-]+\s*=\s*)"\$\{(.*)\}"(,?)$/.exec(line);
    return match && isWholeExpression(match[2]) ? `${match[1]}${match[2]}${match[3]}` : line;
  }).join('\n');
}

/** True when `text` (what stands between `"${` and `}"`) is one expression, not `a} and ${b`. */
function isWholeExpression(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') {
        i++;
      } else if (c === '"') {
        quoted = false;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth === 0) {
        return false;
      }
      depth--;
    }
  }
  return depth === 0 && !quoted;
}

// Runbook text (and job schedule parameter values) travels from the resource's HCL (where it is still one string) to the stack's rendered HCL
// between two marker lines; NUL never occurs in a runbook (checkScriptText refuses it), and CR is carried as
// \u0001 because the renderer would turn it into a line break.
const OPEN_MARK = '\u0000exo-runbook-text';
const CLOSE_MARK = '\u0000exo-runbook-text-end';
const CR_MARK = '\u0001';

function mark(text: string): string {
  return text.includes(OPEN_MARK) ? text : `${OPEN_MARK}\n${text.split('\r').join(CR_MARK)}\n${CLOSE_MARK}`;
}

/**
 * Marks the PowerShell text of the resource's HCL: a runbook's `content`, and a job schedule's parameter
 * values, which the renderer writes as quoted strings without escaping backslashes or quotes (so
 * `${env:TEMP}\report.csv` would read as a carriage return and `"x"` would end the string).
 */
function markRunbookText(hcl: { [kind: string]: unknown }): void {
  const resources = hcl.resource as { [type: string]: { [name: string]: Attributes } } | undefined;
  for (const attributes of Object.values(resources?.azurerm_automation_runbook ?? {})) {
    const content = attributes.content as { value?: unknown } | undefined;
    if (content && typeof content.value === 'string') {
      content.value = mark(content.value);
    }
  }
  for (const attributes of Object.values(resources?.azurerm_automation_job_schedule ?? {})) {
    const parameters = attributes.parameters as { value?: unknown } | undefined;
    if (parameters && parameters.value !== null && typeof parameters.value === 'object' && !Array.isArray(parameters.value)) {
      const values = parameters.value as { [key: string]: unknown };
      for (const [key, value] of Object.entries(values)) {
        if (typeof value === 'string') {
          values[key] = mark(value);
        }
      }
    }
  }
}

/**
 * A heredoc delimiter for `text` that no line of it equals after trimming spaces and tabs (HCL's rule):
 * `EOF`, else `EOF_1`, `EOF_2`, ... Linear: the lines that could clash are collected once.
 */
export function heredocDelimiter(text: string): string {
  const taken = new Set<string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('EOF')) {
      taken.add(trimmed);
    }
  }
  let delimiter = 'EOF';
  for (let n = 1; taken.has(delimiter); n++) {
    delimiter = `EOF_${n}`;
  }
  return delimiter;
}

/** An HCL quoted string with the same template meaning as `text` (whose `${` and `%{` are already as meant). */
function quoted(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t'
      : code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return `${out}"`;
}

/** Replaces each marked `<<EOF` heredoc of runbook text by one whose delimiter the text cannot end. */
function writeRunbookText(hcl: string): string {
  const opening = `<<EOF\n${OPEN_MARK}\n`;
  const closing = `\n${CLOSE_MARK}\nEOF`;
  let out = '';
  let from = 0;
  for (let start = hcl.indexOf(opening); start !== -1; start = hcl.indexOf(opening, from)) {
    const end = hcl.indexOf(closing, start + opening.length);
    if (end === -1) {
      break;
    }
    const text = hcl.slice(start + opening.length, end);
    if (text.includes(CR_MARK) || !text.endsWith('\n')) {
      out += hcl.slice(from, start) + quoted(text.split(CR_MARK).join('\r'));
    } else {
      const delimiter = heredocDelimiter(text);
      out += `${hcl.slice(from, start)}<<${delimiter}\n${text}${delimiter}`;
    }
    from = end + closing.length;
  }
  return out + hcl.slice(from);
}
