#!/usr/bin/env node
// Checks the unpacked `npm pack` tarball against what users need, nothing more and nothing less:
//   - package.json, README.md, LICENSE, CHANGELOG.md, API.md (the jsii-docgen API reference)
//   - .jsii, the jsii assembly, when package.json has a "jsii" section (jsii consumers and
//     Construct Hub read it; "exports" lists "./.jsii")
//   - one .js and one .d.ts under dist/lib for every lib/**/*.ts source
// Usage: node check-tarball.js <repo root> <dir the tarball was unpacked into>
'use strict';
const fs = require('fs');
const path = require('path');

const [repoRoot, unpackedDir] = process.argv.slice(2);
if (!repoRoot || !unpackedDir) {
  console.error('usage: node check-tarball.js <repo root> <unpacked dir>');
  process.exit(2);
}

/** Every file under dir, as '/'-separated paths relative to base. */
function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

const failures = [];
const pkgRoot = path.join(unpackedDir, 'package');
const topLevel = fs.readdirSync(unpackedDir);
if (topLevel.length !== 1 || topLevel[0] !== 'package') {
  failures.push(`tarball top level should be only "package/", found: ${topLevel.join(', ')}`);
}

// What must ship: the top-level files, and one .js and one .d.ts per lib/**/*.ts source.
const repoManifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
// The packed package.json decides: the cdktf flavor is built by jsii (repo package.json), the
// CDK Terrain flavor by scripts/flavors/build.js (tsc, no assembly).
const packedManifest = JSON.parse(fs.readFileSync(path.join(unpackedDir, 'package', 'package.json'), 'utf8'));
const jsiiBuilt = Boolean(repoManifest.jsii) && packedManifest.name === repoManifest.name;
const REQUIRED_TOP_LEVEL = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'API.md',
  ...(jsiiBuilt ? ['.jsii'] : []),
  // Shipped JSON Schemas (schema/*.json), when the repository has them.
  ...(fs.existsSync(path.join(repoRoot, 'schema')) ? walk(path.join(repoRoot, 'schema')).map((file) => `schema/${file}`) : [])];
const expected = new Set(REQUIRED_TOP_LEVEL);
for (const source of walk(path.join(repoRoot, 'lib'))) {
  if (!source.endsWith('.ts') || source.endsWith('.d.ts')) {
    continue;
  }
  const stem = `dist/lib/${source.slice(0, -'.ts'.length)}`;
  expected.add(`${stem}.js`);
  expected.add(`${stem}.d.ts`);
}

const actual = fs.existsSync(pkgRoot) ? walk(pkgRoot).sort() : [];
const actualSet = new Set(actual);
const unexpected = actual.filter((file) => !expected.has(file));
const missing = [...expected].filter((file) => !actualSet.has(file)).sort();

console.log(`Tarball contains ${actual.length} files:`);
for (const file of actual) {
  const size = fs.statSync(path.join(pkgRoot, file)).size;
  console.log(`  ${String(size).padStart(7)}  ${file}`);
}

if (unexpected.length > 0) {
  failures.push(`unexpected files in the tarball (narrow "files" in package.json, or delete stale dist/ output):\n${
    unexpected.map((f) => `    + ${f}`).join('\n')}`);
}
if (missing.length > 0) {
  const why = (file) => {
    if (REQUIRED_TOP_LEVEL.includes(file)) {
      return fs.existsSync(path.join(repoRoot, file))
        ? `exists at the repo root but is not packed: add "${file}" to "files" in package.json`
        : `not found at the repo root: ${file === '.jsii' ? 'it is written by `npm run build` (jsii)' : `create ${file}`}`
          + `${['README.md', 'LICENSE', 'package.json'].includes(file) ? '' : ' and list it in "files" in package.json'}`;
    }
    return fs.existsSync(path.join(repoRoot, file))
      ? 'built but not packed: check "files" in package.json'
      : `not built: ${file} should be the output of \`npm run build\` (tsconfig.build.json)`;
  };
  failures.push(`missing files in the tarball:\n${missing.map((f) => `    - ${f}  (${why(f)})`).join('\n')}`);
}

// package.json's entry points must resolve inside the tarball.
const manifestPath = path.join(pkgRoot, 'package.json');
if (fs.existsSync(manifestPath)) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const targets = [];
  for (const field of ['main', 'types', 'typings']) {
    if (typeof manifest[field] === 'string') {
      targets.push([field, manifest[field]]);
    }
  }
  const collect = (value, where) => {
    if (typeof value === 'string') {
      targets.push([where, value]);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        collect(inner, `${where}[${JSON.stringify(key)}]`);
      }
    }
  };
  collect(manifest.exports, 'exports');
  if (!manifest.main && !manifest.exports) {
    failures.push('package.json has neither "main" nor "exports"');
  }
  for (const [field, target] of targets) {
    if (target.includes('*')) {
      continue; // subpath pattern; nothing to stat
    }
    if (!actualSet.has(path.posix.normalize(target).replace(/^\.\//, ''))) {
      failures.push(`package.json ${field} points to "${target}", which is not in the tarball`);
    }
  }
}

// No file may carry the build machine's repo path (e.g. a source map or a generated comment).
for (const file of actual) {
  if (fs.readFileSync(path.join(pkgRoot, file), 'utf8').includes(repoRoot)) {
    failures.push(`${file} contains the absolute repo path ${repoRoot}`);
  }
}

if (failures.length > 0) {
  for (const failure of failures) {
    console.log(`FAIL: tarball: ${failure}`);
  }
  process.exit(1);
}
console.log(`PASS: tarball holds exactly the ${expected.size} expected files (dist/lib .js + .d.ts, ${REQUIRED_TOP_LEVEL.join(', ')})`);
