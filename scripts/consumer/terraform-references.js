// The one reader of the references in a synthesized Terraform JSON configuration (cdk.tf.json), shared by
// the package test (check-terraform.js) and the jest suite (test/repository/terraform-references.test.ts,
// test/repository/provider-schemas.test.ts). `terraform validate` without provider plugins reports none of what
// `danglingReferences` finds: it stops before it resolves references, import targets or depends_on.
'use strict';

// Roots of a traversal that are not resources: `var`, `local`, `data` and `self` are read separately;
// the others name no block of the configuration (`module` calls are not used by this package).
const NOT_RESOURCES = new Set(['var', 'local', 'data', 'self', 'each', 'count', 'path', 'module', 'terraform', 'null', 'true', 'false']);

/** The bodies of the `${...}` interpolations of one string; `$${` is Terraform's escape for a literal `${`. */
function interpolations(text) {
  const bodies = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '$' && text[i + 1] === '$' && text[i + 2] === '{') {
      i += 2; // an escaped, literal `${`
      continue;
    }
    if (text[i] !== '$' || text[i + 1] !== '{') {
      continue;
    }
    let depth = 1;
    let j = i + 2;
    let quote = false;
    for (; j < text.length && depth > 0; j++) {
      const c = text[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === '"') quote = false;
      } else if (c === '"') quote = true;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    bodies.push(text.slice(i + 2, j - 1));
    i = j - 1;
  }
  return bodies;
}

/**
 * The references of one expression body: { root, type, name, attribute } where root is 'resource',
 * 'data', 'var', 'local' or 'self'. String literals and the iteration variables of `for` expressions
 * are skipped.
 */
function referencesIn(body) {
  const code = body.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const iterators = new Set([...code.matchAll(/\bfor\s+([A-Za-z_]\w*)(?:\s*,\s*([A-Za-z_]\w*))?\s+in\b/g)]
    .flatMap((m) => [m[1], m[2]]).filter(Boolean));
  const refs = [];
  const traversal = /(?<![\w.\]])([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[[^\]]*\])+)/g;
  for (const match of code.matchAll(traversal)) {
    const root = match[1];
    if (iterators.has(root) || (NOT_RESOURCES.has(root) && !['var', 'local', 'data', 'self'].includes(root))) {
      continue;
    }
    // The dotted names after the root, index steps ([0], ["key"]) left out.
    const steps = [...match[2].matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]);
    if (root === 'var' || root === 'local' || root === 'self') {
      if (steps.length > 0) refs.push({ root, type: undefined, name: root === 'self' ? undefined : steps[0], attribute: root === 'self' ? steps[0] : steps[1] });
    } else if (root === 'data') {
      if (steps.length >= 2) refs.push({ root, type: steps[0], name: steps[1], attribute: steps[2] });
    } else if (steps.length >= 1) {
      refs.push({ root: 'resource', type: root, name: steps[0], attribute: steps[1] });
    }
  }
  return refs;
}

/** Every string value under `value`, with the path of keys that leads to it. */
function* strings(value, path = []) {
  if (typeof value === 'string') {
    yield [value, path];
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* strings(child, [...path, key]);
  }
}

/**
 * Every reference in a configuration, each with the block it appears in (`in`: { kind, type, name } for
 * resources and data sources, { kind } for other top-level blocks) and the JSON path of its string.
 */
function references(config) {
  const refs = [];
  for (const [text, path] of strings(config)) {
    const [kind, type, name] = path;
    const where = kind === 'resource' || kind === 'data' ? { kind, type, name } : { kind };
    for (const body of interpolations(text)) {
      for (const ref of referencesIn(body)) refs.push({ ...ref, in: where, path: path.join('.') });
    }
  }
  return refs;
}

/** The addresses a configuration declares: `type.name`, `data.type.name`, `var.name`, `local.name`. */
function declared(config) {
  const names = (obj) => Object.keys(obj ?? {});
  const locals = [].concat(config.locals ?? []).flatMap((block) => names(block));
  return new Set([
    ...Object.entries(config.resource ?? {}).flatMap(([type, blocks]) => names(blocks).map((name) => `${type}.${name}`)),
    ...Object.entries(config.data ?? {}).flatMap(([type, blocks]) => names(blocks).map((name) => `data.${type}.${name}`)),
    ...names(config.variable).map((name) => `var.${name}`),
    ...locals.map((name) => `local.${name}`),
  ]);
}

/** `type.name`, `data.type.name` or `module.x` of a depends_on entry or an import `to`, index steps left out. */
function addressOf(text) {
  return text.replace(/\[[^\]]*\]/g, '').split('.').slice(0, text.startsWith('data.') ? 3 : 2).join('.');
}

/**
 * What does not resolve, as readable lines: a `${...}` reference to a resource, data source, variable or
 * local that is not declared; `self` outside a resource or data source; an import block whose `to` names
 * no declared resource; a depends_on entry that names no declared resource or data source.
 */
function danglingReferences(config) {
  const known = declared(config);
  const problems = new Set();
  for (const ref of references(config)) {
    const address = ref.root === 'resource' ? `${ref.type}.${ref.name}`
      : ref.root === 'data' ? `data.${ref.type}.${ref.name}` : ref.root === 'self' ? undefined : `${ref.root}.${ref.name}`;
    if (ref.root === 'self') {
      if (ref.in.kind !== 'resource' && ref.in.kind !== 'data') problems.add(`self.${ref.attribute} outside a resource or data source (at ${ref.path})`);
    } else if (!known.has(address)) {
      problems.add(`reference to undeclared ${address} (at ${ref.path})`);
    }
  }
  for (const block of [].concat(config.import ?? [])) {
    const to = addressOf(String(block.to ?? ''));
    if (to.startsWith('data.') || !known.has(to)) problems.add(`import block to ${block.to}: no such resource`);
  }
  for (const kind of ['resource', 'data']) {
    for (const [type, blocks] of Object.entries(config[kind] ?? {})) {
      for (const [name, block] of Object.entries(blocks)) {
        for (const dep of block.depends_on ?? []) {
          const target = interpolations(dep).length > 0 ? interpolations(dep)[0] : dep; // cdktf may write "${type.name}"
          if (!known.has(addressOf(target))) problems.add(`${kind === 'data' ? 'data.' : ''}${type}.${name} depends_on ${dep}: not declared`);
        }
      }
    }
  }
  for (const [name, output] of Object.entries(config.output ?? {})) {
    for (const dep of output.depends_on ?? []) {
      const target = interpolations(dep).length > 0 ? interpolations(dep)[0] : dep;
      if (!known.has(addressOf(target))) problems.add(`output.${name} depends_on ${dep}: not declared`);
    }
  }
  return [...problems].sort();
}

module.exports = { interpolations, referencesIn, references, declared, danglingReferences };
