#!/usr/bin/env node
// Writes test/fixtures/provider-docs.json: for every provider block, resource and data source type the
// package (or an example) writes, the argument names, nested-block argument names and attribute names the
// provider's own documentation lists at each release named below, read from the provider repositories'
// git tags. Names only: no prose is copied. test/repository/provider-docs.test.ts checks every argument the checked
// stacks write, and every attribute they read back, against each release the stack's constraint admits.
//
// Usage: node scripts/provider-docs.js <terraform-provider-azurerm git dir> <terraform-provider-azuread git dir>
//          <terraform-provider-time git dir> > test/fixtures/provider-docs.json
// (bare clones of github.com/hashicorp/terraform-provider-{azurerm,azuread,time} with their tags).
'use strict';
const { spawnSync } = require('child_process');

const AZURERM_RESOURCES = [
  'automation_account', 'automation_module', 'automation_powershell72_module', 'automation_runbook',
  'automation_schedule', 'automation_job_schedule', 'automation_runtime_environment',
  'automation_runtime_environment_package', 'user_assigned_identity', 'management_lock', 'role_assignment',
  'resource_group',
];

/** Per provider: the releases to read (the range's floor, the PowerShell 7.4 floor, the newest majors' releases) and where each page is. */
const PROVIDERS = {
  azurerm: {
    versions: ['4.0.0', '4.75.0', '5.0.0', '5.2.0'],
    types: [...AZURERM_RESOURCES.map((t) => `azurerm_${t}`), 'data.azurerm_virtual_machine', 'provider.azurerm'],
    paths: (kind, name) => [kind === 'provider' ? 'website/docs/index.html.markdown'
      : `website/docs/${kind === 'data' ? 'd' : 'r'}/${name}.html.markdown`],
  },
  azuread: {
    versions: ['3.0.0', '3.9.0'],
    types: ['azuread_app_role_assignment', 'azuread_directory_role_assignment', 'azuread_service_principal',
      'data.azuread_service_principal', 'data.azuread_domains', 'provider.azuread'],
    paths: (kind, name) => [kind === 'provider' ? 'docs/index.md' : `docs/${kind === 'data' ? 'data-sources' : 'resources'}/${name}.md`],
  },
  time: {
    // The pages moved from website/docs/r/sleep.html.markdown (0.5.0 to 0.7.2) to docs/resources/sleep.md (0.8.0 on).
    versions: ['0.5.0', '0.14.0'],
    types: ['time_sleep', 'provider.time'],
    paths: (kind, name) => kind === 'provider' ? ['docs/index.md', 'website/docs/index.html.markdown']
      : [`docs/resources/${name}.md`, `website/docs/r/${name}.html.markdown`],
  },
};

function show(gitDir, tag, file) {
  const run = spawnSync('git', ['--git-dir', gitDir, 'show', `${tag}:${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

/** Lines outside fenced code blocks. */
function proseLines(text) {
  let fenced = false;
  return text.split('\n').filter((line) => {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      return false;
    }
    return !fenced;
  });
}

const BULLET = /^\s*[*-] `([a-z0-9_]+)`/;
// The line that opens a nested block's list: "An `identity` block supports ...", "`saml_single_sign_on` supports
// ...", "`app_roles` is a list of objects ...", "`domain` object exports ...".
const BLOCK_HEADING = /^(?:(?:An?|The|Each|One or more|A list of)\s+)?`([a-z0-9_]+)`\s+(?:block|object|supports|exports|is a)\b/i;

/** Names from the hand-written page layout: `## Argument(s) Reference`, `## Attribute(s) Reference`. */
function legacyNames(lines) {
  const args = new Set();
  const blocks = {};
  const attributes = new Set();
  let section; // 'arguments' | 'attributes' | undefined
  let block; // the nested block the bullets belong to, or undefined at top level
  for (const line of lines) {
    if (/^## /.test(line)) {
      section = /^## Arguments? Reference/.test(line) ? 'arguments' : /^## Attributes? Reference/.test(line) ? 'attributes' : undefined;
      block = undefined;
      continue;
    }
    if (!section) continue;
    if (/^---\s*$/.test(line) || /^### /.test(line)) {
      block = /^### /.test(line) && /`([a-z0-9_]+)`/.test(line) ? /`([a-z0-9_]+)`/.exec(line)[1] : undefined;
      continue;
    }
    const heading = BLOCK_HEADING.exec(line);
    if (heading) {
      block = heading[1];
      continue;
    }
    const bullet = BULLET.exec(line);
    if (!bullet) continue;
    if (section === 'arguments') {
      if (block === undefined) args.add(bullet[1]);
      else (blocks[block] = blocks[block] ?? new Set()).add(bullet[1]);
    } else if (block === undefined) {
      attributes.add(bullet[1]);
    }
  }
  return { args, blocks, attributes };
}

/** Names from the tfplugindocs layout: `## Schema`, `### Required` / `### Optional` / `### Read-Only`, `### Nested Schema for `x``. */
function schemaNames(lines) {
  const args = new Set();
  const blocks = {};
  const attributes = new Set();
  let group; // 'arguments' | 'attributes'
  let block;
  let inSchema = false;
  for (const line of lines) {
    if (/^## /.test(line)) {
      inSchema = /^## Schema/.test(line);
      continue;
    }
    if (!inSchema) continue;
    const nested = /^<a id=|^### Nested Schema for `([a-z0-9_.]+)`/.exec(line);
    if (nested && nested[1]) {
      block = nested[1].split('.').pop();
      group = undefined;
      continue;
    }
    // `### Optional` at the top level, `Optional:` inside a nested schema.
    if (/^(### )?(Required|Optional):?\s*$/.test(line)) group = 'arguments';
    else if (/^(### )?Read-Only:?\s*$/.test(line)) group = 'attributes';
    const bullet = BULLET.exec(line);
    if (!bullet || !group) continue;
    if (block !== undefined) {
      if (group === 'arguments') (blocks[block] = blocks[block] ?? new Set()).add(bullet[1]);
    } else if (group === 'arguments') {
      args.add(bullet[1]);
    } else {
      attributes.add(bullet[1]);
    }
  }
  return { args, blocks, attributes };
}

const sorted = (set) => [...set].sort();

/** The names one page documents, or null when the release has no such page. */
function pageNames(text) {
  if (text === undefined) return null;
  const lines = proseLines(text);
  const names = lines.some((l) => /^## Schema/.test(l)) ? schemaNames(lines) : legacyNames(lines);
  return {
    arguments: sorted(names.args),
    blocks: Object.fromEntries(Object.keys(names.blocks).sort().map((b) => [b, sorted(names.blocks[b])])),
    attributes: sorted(names.attributes),
  };
}

function main() {
  const [azurerm, azuread, time] = process.argv.slice(2);
  if (!azurerm || !azuread || !time) {
    console.error('usage: node scripts/provider-docs.js <azurerm git dir> <azuread git dir> <time git dir>');
    process.exit(2);
  }
  const gitDirs = { azurerm, azuread, time };
  const out = {
    '//': 'Generated by scripts/provider-docs.js from the providers\' documentation at each release (git tags of hashicorp/terraform-provider-*). Names only. null: the release documents no such type.',
  };
  for (const [provider, spec] of Object.entries(PROVIDERS)) {
    out[provider] = {};
    for (const version of spec.versions) {
      out[provider][version] = {};
      for (const type of spec.types) {
        const [kind, name] = type.startsWith('data.') ? ['data', type.slice(5).replace(`${provider}_`, '')]
          : type.startsWith('provider.') ? ['provider', undefined] : ['resource', type.replace(`${provider}_`, '')];
        const texts = spec.paths(kind, name).map((p) => show(gitDirs[provider], `v${version}`, p)).filter((t) => t !== undefined);
        out[provider][version][type] = pageNames(texts[0]);
      }
    }
  }
  // One line per type and release, so a regeneration's diff shows what changed where.
  const lines = [`{\n  "//": ${JSON.stringify(out['//'])},`];
  const providers = Object.keys(PROVIDERS);
  providers.forEach((provider, p) => {
    lines.push(`  ${JSON.stringify(provider)}: {`);
    const versions = Object.keys(out[provider]);
    versions.forEach((version, v) => {
      lines.push(`    ${JSON.stringify(version)}: {`);
      const types = Object.entries(out[provider][version]);
      types.forEach(([type, names], t) => lines.push(`      ${JSON.stringify(type)}: ${JSON.stringify(names)}${t < types.length - 1 ? ',' : ''}`));
      lines.push(`    }${v < versions.length - 1 ? ',' : ''}`);
    });
    lines.push(`  }${p < providers.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module) {
  main();
}
module.exports = { pageNames };
