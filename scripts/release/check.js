#!/usr/bin/env node
// `npm run release:check [-- <tag>]`: the release without the upload. The release workflow
// (.github/workflows/release.yml) runs it first and publishes exactly the tarballs it leaves in
// dist-release/; anyone can run it locally on a clone after `npm ci`. Network: none beyond what
// `npm ci` already fetched.
//
//   node scripts/release/check.js [<tag>] [--out <dir>] [--update-baseline]
//
// The tag is the argument, or GITHUB_REF_NAME when GITHUB_REF_TYPE is "tag" (a tag-triggered workflow
// run). The steps, in order (STEPS below; test/repository/release/workflows.test.ts holds the release workflow to
// them):
//   1. version   package.json's version, the tag (v<version>) and CHANGELOG.md's section agree. Without
//                a tag an "unreleased" section passes (work towards the version); with a tag the section
//                must carry the release date, `## <version> (YYYY-MM-DD)`. Writes the section's notes to
//                <out>/release-notes.md, from which the workflow creates the GitHub release.
//   2. build     `npm run build` (jsii) from a clean dist/: the assembly and the compile for every jsii
//                target language.
//   3. pack      both flavors (scripts/flavors/flavors.json): cdktf with `npm pack`, cdktn with
//                `scripts/flavors/build.js cdktn --pack`, into <out>/, with <out>/release-manifest.json.
//   4. tarballs  each tarball holds what "files" ships and nothing else (scripts/consumer/check-tarball.js),
//                nothing from test/, scripts/, examples/ or the other folders the repository keeps, and
//                its package.json names the flavor's package at the version.
//   5. api       the public API (the cdktf flavor's jsii assembly; the cdktn flavor is built from the same
//                lib/) against api-baseline/ with jsii-diff. A breaking change fails unless the version
//                leaves the baseline's caret range (a major bump; 0.y -> 0.(y+1) before 1.0) or its
//                jsii-diff key is listed in api-baseline/allowed-breaking-changes.txt under a
//                `# reason` line.
//   6. addresses the Terraform address (construct ids) of every resource of every example: equal to the
//                pinned list test/fixtures/example-addresses.json, and no address of the baseline's list
//                (api-baseline/example-addresses.json) gone, unless a major bump or listed as
//                `<example>: <address>` in api-baseline/allowed-address-changes.txt under a `# reason` line.
//
// --update-baseline: after a release, writes api-baseline/ from this checkout (the released tag): the
// packed package.json and .jsii of the cdktf tarball and the example addresses; the allow files are
// emptied, since their entries are released now.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { sectionOf, sections } = require('./changelog');

const REPO = path.resolve(__dirname, '..', '..');
const BASELINE = path.join(REPO, 'api-baseline');
const FLAVORS = require('../flavors/flavors.json');
const FLAVOR_NAMES = Object.keys(FLAVORS).filter((key) => key !== '//');

/** The steps, in the order they run. The release workflow runs them all through `npm run release:check`. */
const STEPS = [
  { id: 'version', title: 'version, tag and CHANGELOG.md agree' },
  { id: 'build', title: 'build the library (npm run build: jsii, every target language compiles)' },
  { id: 'pack', title: `pack both flavors (${FLAVOR_NAMES.map((f) => FLAVORS[f].package).join(', ')})` },
  { id: 'tarballs', title: 'tarball contents (what "files" ships, nothing from tests or scripts)' },
  { id: 'api', title: 'public API against api-baseline/ (jsii-diff)' },
  { id: 'addresses', title: 'construct ids and Terraform addresses of every example' },
];

/** Folders of the repository that no tarball may carry a file from. */
const NEVER_SHIPPED = ['test/', 'scripts/', 'examples/', 'build/', 'api-baseline/', 'docs/', 'pipelines/',
  '.github/', '.ci/', 'node_modules/', 'lib/', 'coverage/', 'cdktf.out/', 'dist-release/', 'dist-pacmak/'];

/** Where release:check leaves the tarballs, the manifest and the notes; the release workflow's artifact. */
const DEFAULT_OUT = 'dist-release';
const MANIFEST = 'release-manifest.json';
const NOTES = 'release-notes.md';

const ALLOWED_BREAKING = path.join(BASELINE, 'allowed-breaking-changes.txt');
const ALLOWED_ADDRESSES = path.join(BASELINE, 'allowed-address-changes.txt');

function parseArgs(argv) {
  const options = { tag: undefined, out: path.join(REPO, DEFAULT_OUT), updateBaseline: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      options.out = path.resolve(argv[++i]);
    } else if (argv[i] === '--update-baseline') {
      options.updateBaseline = true;
    } else if (!argv[i].startsWith('-') && options.tag === undefined) {
      options.tag = argv[i];
    } else {
      throw new Error(`unknown argument ${argv[i]}; usage: check.js [<tag>] [--out <dir>] [--update-baseline]`);
    }
  }
  if (options.tag === undefined && process.env.GITHUB_REF_TYPE === 'tag' && process.env.GITHUB_REF_NAME) {
    options.tag = process.env.GITHUB_REF_NAME;
  }
  return options;
}

/** [major, minor, patch] of a semantic version, or undefined. */
function parseVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/.exec(version ?? '');
  return match ? match.slice(1, 4).map(Number) : undefined;
}

/** a < b, a == b, a > b as -1, 0, 1 (release parts only). */
function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) {
    if (x[i] !== y[i]) {
      return x[i] < y[i] ? -1 : 1;
    }
  }
  return 0;
}

/**
 * Whether `version` is outside the caret range of `baseline` (`^baseline`), i.e. a user who pinned
 * `^baseline` does not get it: a major bump, or before 1.0 a minor bump (0.1.x -> 0.2.0), or for 0.0.x
 * any other patch. Only then may the API or the addresses break.
 */
function isMajorBump(baseline, version) {
  const [b, v] = [parseVersion(baseline), parseVersion(version)];
  if (b[0] > 0) {
    return v[0] > b[0];
  }
  if (b[1] > 0) {
    return v[0] > 0 || v[1] > b[1];
  }
  return v[0] > 0 || v[1] > 0 || v[2] > b[2];
}

/**
 * An allow file: `# reason` lines, each followed by the keys it explains. Returns { keys, problems }:
 * a key with no reason of at least 10 characters above it is a problem (cdk-nag's rule for suppressions).
 */
function readAllowFile(file) {
  const keys = new Set();
  const problems = [];
  if (!fs.existsSync(file)) {
    return { keys, problems };
  }
  let reason = '';
  fs.readFileSync(file, 'utf8').split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#!')) {
      reason = ''; // a blank line, or the file's own header (`#!` lines), ends a reason
    } else if (line.startsWith('#')) {
      reason = `${reason} ${line.replace(/^#+/, '').trim()}`.trim();
    } else {
      if (reason.length < 10) {
        problems.push(`${path.relative(REPO, file)}:${index + 1}: "${line}" needs a "# reason" line (10+ characters) directly above it`);
      }
      keys.add(line);
    }
  });
  return { keys, problems };
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8', stdio: options.capture ? 'pipe' : 'inherit', env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    throw result.error;
  }
  return result;
}

/** Drops the end-of-life banner jsii tools print on an old Node (lines framed in `!!`). */
const withoutBanner = (text) => text.split('\n').filter((line) => !line.startsWith('!!')).join('\n').trim();

// ---------------------------------------------------------------------------------------------------
// The steps. Each returns a list of failure messages (empty: passed) and may print what it saw.

function checkVersion(ctx) {
  const failures = [];
  const { version } = ctx.pkg;
  if (!parseVersion(version)) {
    return [`package.json version "${version}" is not a semantic version`];
  }
  console.log(`package.json version ${version}; flavors ${FLAVOR_NAMES.map((f) => FLAVORS[f].package).join(', ')} take it from there`);
  if (ctx.tag !== undefined) {
    console.log(`tag ${ctx.tag}`);
    if (ctx.tag !== `v${version}`) {
      failures.push(`tag "${ctx.tag}" does not match package.json version ${version}: the tag must be "v${version}" (or bump the version)`);
    }
  } else {
    console.log('no tag given (argument, or GITHUB_REF_NAME of a tag run): the tag check is skipped');
  }
  const changelog = fs.readFileSync(ctx.changelogFile ?? path.join(REPO, 'CHANGELOG.md'), 'utf8');
  const versions = sections(changelog).filter((s) => s.version);
  const section = sectionOf(changelog, version);
  if (!section) {
    failures.push(`CHANGELOG.md has no section "## ${version} (...)"`);
    return failures;
  }
  if (versions[0].version !== section.version) {
    failures.push(`CHANGELOG.md: the newest section is "${versions[0].heading}", but package.json's version is ${version}`);
  }
  if (!section.notes) {
    failures.push(`CHANGELOG.md: section "${section.heading}" (line ${section.line}) has no notes`);
  }
  if (section.state === 'unreleased') {
    if (ctx.tag !== undefined) {
      failures.push(`CHANGELOG.md: section "${section.heading}" (line ${section.line}) is still unreleased: change it to "## ${version} (YYYY-MM-DD)", the release date, before tagging v${version}`);
    } else {
      console.log(`CHANGELOG.md: "${section.heading}" (line ${section.line}): unreleased, which passes without a tag; a tag v${version} fails until the heading carries the release date`);
    }
  } else if (!section.state) {
    failures.push(`CHANGELOG.md: section "${section.heading}" (line ${section.line}) needs "(unreleased)" or the release date "(YYYY-MM-DD)"`);
  } else {
    console.log(`CHANGELOG.md: "${section.heading}" (line ${section.line}): released ${section.state}`);
  }
  fs.mkdirSync(ctx.out, { recursive: true });
  fs.writeFileSync(path.join(ctx.out, NOTES), `${section.notes}\n`);
  console.log(`release notes (${section.notes.split('\n').length} lines) written to ${path.relative(REPO, path.join(ctx.out, NOTES))}`);
  return failures;
}

function build() {
  fs.rmSync(path.join(REPO, 'dist'), { recursive: true, force: true });
  fs.rmSync(path.join(REPO, '.jsii'), { force: true });
  const result = run('npm', ['run', 'build']);
  return result.status === 0 ? [] : [`npm run build exited ${result.status}`];
}

function pack(ctx) {
  for (const file of fs.existsSync(ctx.out) ? fs.readdirSync(ctx.out) : []) {
    if (file.endsWith('.tgz')) {
      fs.rmSync(path.join(ctx.out, file));
    }
  }
  fs.mkdirSync(ctx.out, { recursive: true });
  const failures = [];
  ctx.tarballs = [];
  for (const flavor of FLAVOR_NAMES) {
    const before = new Set(fs.readdirSync(ctx.out));
    // cdktf is the repository's own package (built by jsii in step 2); every other flavor is built from
    // lib/ by scripts/flavors/build.js, the same way the package test builds it.
    const result = flavor === 'cdktf'
      ? run('npm', ['pack', '--silent', '--pack-destination', ctx.out], { capture: true })
      : run(process.execPath, [path.join(REPO, 'scripts', 'flavors', 'build.js'), flavor, '--pack', ctx.out], { capture: true });
    const added = fs.readdirSync(ctx.out).filter((file) => file.endsWith('.tgz') && !before.has(file));
    if (result.status !== 0 || added.length !== 1) {
      failures.push(`[${flavor}] packing exited ${result.status} with ${added.length} new tarball(s):\n${result.stdout}${result.stderr}`);
      continue;
    }
    console.log(`[${flavor}] ${added[0]} (${fs.statSync(path.join(ctx.out, added[0])).size} bytes)`);
    ctx.tarballs.push({ flavor, name: FLAVORS[flavor].package, tarball: added[0] });
  }
  writeManifest(ctx.out, ctx.pkg.version, ctx.tag, ctx.tarballs);
  return failures;
}

/** <out>/release-manifest.json: what the release workflow publishes, one entry per flavor's tarball. */
function writeManifest(out, version, tag, packages) {
  const manifest = { version, tag: tag ?? null, notes: NOTES, packages };
  fs.writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

function checkTarballs(ctx) {
  const failures = [];
  for (const { flavor, name, tarball } of ctx.tarballs) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `release-check-${flavor}-`));
    try {
      const untar = run('tar', ['-xzf', path.join(ctx.out, tarball), '-C', dir], { capture: true });
      if (untar.status !== 0) {
        failures.push(`[${flavor}] ${tarball} cannot be unpacked: ${untar.stderr}`);
        continue;
      }
      const listing = run(process.execPath, [path.join(REPO, 'scripts', 'consumer', 'check-tarball.js'), REPO, dir], { capture: true });
      const lines = listing.stdout.trim().split('\n');
      // The file list itself is long; show its count and the verdict.
      console.log(`[${flavor}] ${lines[0]}`);
      console.log(lines.filter((line) => /^(PASS|FAIL)/.test(line)).map((line) => `[${flavor}] ${line}`).join('\n'));
      if (listing.status !== 0) {
        failures.push(`[${flavor}] ${tarball}: scripts/consumer/check-tarball.js failed (see FAIL lines above)`);
      }
      const files = walk(path.join(dir, 'package'));
      const stray = files.filter((file) => NEVER_SHIPPED.some((folder) => file.startsWith(folder)));
      if (stray.length > 0) {
        failures.push(`[${flavor}] ${tarball} ships files from the repository's own folders: ${stray.join(', ')}`);
      }
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package', 'package.json'), 'utf8'));
      if (manifest.name !== name || manifest.version !== ctx.pkg.version) {
        failures.push(`[${flavor}] ${tarball}: package.json says ${manifest.name}@${manifest.version}, expected ${name}@${ctx.pkg.version}`);
      }
      if (manifest.dependencies && Object.keys(manifest.dependencies).length > 0) {
        failures.push(`[${flavor}] ${tarball}: runtime dependencies ${Object.keys(manifest.dependencies).join(', ')}; the package has none (peers only)`);
      }
      if (flavor === 'cdktf') {
        ctx.packedCdktf = dir;
        continue; // kept for --update-baseline; removed at exit
      }
    } finally {
      if (ctx.packedCdktf !== dir) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return failures;
}

function walk(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

function checkApi(ctx) {
  const baselinePkg = JSON.parse(fs.readFileSync(path.join(BASELINE, 'package.json'), 'utf8'));
  const failures = [];
  if (baselinePkg.name !== ctx.pkg.name) {
    return [`api-baseline/package.json names ${baselinePkg.name}, not ${ctx.pkg.name}`];
  }
  if (compareVersions(ctx.pkg.version, baselinePkg.version) < 0) {
    failures.push(`package.json version ${ctx.pkg.version} is lower than the baseline's ${baselinePkg.version}`);
  }
  const major = isMajorBump(baselinePkg.version, ctx.pkg.version);
  const allow = readAllowFile(ALLOWED_BREAKING);
  failures.push(...allow.problems);
  console.log(`baseline ${baselinePkg.name}@${baselinePkg.version} (api-baseline/assembly.jsii); this version ${ctx.pkg.version}: ${major ? 'a major bump, breaking changes allowed' : 'within the baseline\'s caret range, breaking changes fail'}`);
  const jsiiDiff = require.resolve('jsii-diff/bin/jsii-diff');
  // jsii-diff reads a package folder (its .jsii, package.json and the dependencies node_modules resolves).
  // The baseline is kept as assembly.jsii, never as a file named .jsii: jsii-docgen documents every .jsii
  // below the repo, and a second copy of this package would stand in for the code in API.md. So the folder
  // jsii-diff reads is laid out inside the repo (node_modules resolves) and removed right after.
  const layout = fs.mkdtempSync(path.join(REPO, '.jsii-diff-baseline-'));
  let result;
  try {
    fs.copyFileSync(path.join(BASELINE, 'assembly.jsii'), path.join(layout, '.jsii'));
    fs.copyFileSync(path.join(BASELINE, 'package.json'), path.join(layout, 'package.json'));
    result = run(process.execPath, [jsiiDiff, '--keys', '--ignore-file', ALLOWED_BREAKING, layout, REPO], { capture: true });
  } finally {
    fs.rmSync(layout, { recursive: true, force: true });
  }
  const output = withoutBanner(`${result.stdout}\n${result.stderr}`);
  if (output) {
    console.log(output);
  }
  if (result.status === 0) {
    console.log(allow.keys.size
      ? `jsii-diff: no breaking change against ${baselinePkg.version} beyond the ${allow.keys.size} key(s) listed in api-baseline/allowed-breaking-changes.txt`
      : `jsii-diff: no breaking change against ${baselinePkg.version}`);
  } else if (result.status === 1) {
    if (major) {
      console.log(`jsii-diff found breaking changes (above); allowed: ${ctx.pkg.version} is a major bump over ${baselinePkg.version}`);
    } else {
      failures.push(`jsii-diff: breaking API changes against ${baselinePkg.name}@${baselinePkg.version} (listed above). `
        + `Undo them, bump the major version (0.y before 1.0), or list each key in [brackets] in api-baseline/allowed-breaking-changes.txt under a "# reason" line`);
    }
  } else {
    failures.push(`jsii-diff exited ${result.status}`);
  }
  return failures;
}

function exampleAddresses() {
  const result = run(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', path.join(REPO, 'scripts', 'release', 'example-addresses.ts')], { capture: true });
  if (result.status !== 0) {
    throw new Error(`scripts/release/example-addresses.ts exited ${result.status}:\n${result.stderr}`);
  }
  return JSON.parse(result.stdout);
}

function checkAddresses(ctx) {
  const failures = [];
  const current = exampleAddresses();
  ctx.addresses = current;
  const pinned = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'example-addresses.json'), 'utf8'));
  const count = Object.values(current).reduce((n, list) => n + list.length, 0);
  console.log(`${Object.keys(current).length} examples, ${count} addresses`);
  for (const example of new Set([...Object.keys(pinned), ...Object.keys(current)])) {
    const [now, pin] = [current[example] ?? [], pinned[example] ?? []];
    const gone = pin.filter((a) => !now.includes(a));
    const added = now.filter((a) => !pin.includes(a));
    if (gone.length || added.length) {
      failures.push(`${example}: differs from test/fixtures/example-addresses.json (the tests fail too):${gone.map((a) => `\n    - ${a}`).join('')}${added.map((a) => `\n    + ${a}`).join('')}`);
    }
  }
  const baselinePkg = JSON.parse(fs.readFileSync(path.join(BASELINE, 'package.json'), 'utf8'));
  const released = JSON.parse(fs.readFileSync(path.join(BASELINE, 'example-addresses.json'), 'utf8'));
  const major = isMajorBump(baselinePkg.version, ctx.pkg.version);
  const allow = readAllowFile(ALLOWED_ADDRESSES);
  failures.push(...allow.problems);
  const breaking = [];
  let added = 0;
  for (const [example, addresses] of Object.entries(released)) {
    for (const address of addresses) {
      if (!(current[example] ?? []).includes(address) && !allow.keys.has(`${example}: ${address}`)) {
        breaking.push(`${example}: ${address}`);
      }
    }
    added += (current[example] ?? []).filter((a) => !addresses.includes(a)).length;
  }
  console.log(`against the baseline's addresses (${baselinePkg.version}, api-baseline/example-addresses.json): ${breaking.length} gone, ${added} new in existing examples, ${Object.keys(current).filter((e) => !released[e]).length} new examples`);
  if (breaking.length > 0) {
    const list = breaking.map((key) => `\n    - ${key}`).join('');
    if (major) {
      console.log(`addresses gone (allowed: ${ctx.pkg.version} is a major bump over ${baselinePkg.version}):${list}`);
    } else {
      failures.push(`addresses of ${baselinePkg.version} are gone: Terraform would destroy and re-create these resources in existing deployments:${list}\n`
        + '  Restore the construct ids, bump the major version (0.y before 1.0), or list each line as written above in api-baseline/allowed-address-changes.txt under a "# reason" line (a `moved` block users can apply, say)');
    }
  }
  return failures;
}

function updateBaseline(ctx) {
  const packed = path.join(ctx.packedCdktf, 'package');
  fs.mkdirSync(BASELINE, { recursive: true });
  fs.copyFileSync(path.join(packed, '.jsii'), path.join(BASELINE, 'assembly.jsii'));
  const manifest = JSON.parse(fs.readFileSync(path.join(packed, 'package.json'), 'utf8'));
  // What jsii-diff reads: the name, the version, the jsii section and the peers it resolves from node_modules.
  const baseline = { name: manifest.name, version: manifest.version, private: true, jsii: manifest.jsii, peerDependencies: manifest.peerDependencies };
  fs.writeFileSync(path.join(BASELINE, 'package.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  fs.writeFileSync(path.join(BASELINE, 'example-addresses.json'), `${JSON.stringify(ctx.addresses, null, 2)}\n`);
  for (const file of [ALLOWED_BREAKING, ALLOWED_ADDRESSES]) {
    const header = fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('#!')).join('\n');
    fs.writeFileSync(file, `${header}\n`);
  }
  console.log(`api-baseline/ now holds ${manifest.name}@${manifest.version}: assembly.jsii, package.json, example-addresses.json; allow files emptied`);
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const ctx = { ...options, pkg: JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')), tarballs: [] };
  const started = Date.now();
  const results = [];
  const steps = { version: checkVersion, build, pack, tarballs: checkTarballs, api: checkApi, addresses: checkAddresses };
  try {
    for (const [index, step] of STEPS.entries()) {
      console.log(`\n==> release:check [${index + 1}/${STEPS.length}] ${step.title}`);
      const t0 = Date.now();
      const blocked = (step.id === 'pack' || step.id === 'tarballs' || step.id === 'api')
        && results.some((r) => (r.id === 'build' || r.id === 'pack') && r.failures.length > 0);
      if (options.updateBaseline && (step.id === 'api' || step.id === 'version')) {
        console.log('SKIP: --update-baseline');
        continue;
      }
      let failures;
      if (blocked) {
        failures = ['not run: the build or the pack failed'];
      } else {
        try {
          failures = steps[step.id](ctx);
        } catch (error) {
          failures = [error.message];
        }
      }
      results.push({ ...step, failures });
      const seconds = ((Date.now() - t0) / 1000).toFixed(1);
      if (failures.length === 0) {
        console.log(`PASS: ${step.title} (${seconds}s)`);
      } else {
        for (const failure of failures) {
          console.log(`FAIL: ${step.id}: ${failure}`);
        }
      }
    }
    if (options.updateBaseline && results.every((r) => r.failures.length === 0 || r.id === 'addresses')) {
      updateBaseline(ctx);
    }
  } finally {
    if (ctx.packedCdktf) {
      fs.rmSync(ctx.packedCdktf, { recursive: true, force: true });
    }
  }
  const failed = results.filter((r) => r.failures.length > 0);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log('');
  if (failed.length > 0) {
    console.log(`release:check: FAIL in ${failed.map((r) => r.id).join(', ')} (${results.length - failed.length} of ${results.length} steps passed, ${seconds}s)`);
    process.exit(1);
  }
  console.log(`release:check: PASS, all ${results.length} steps (${results.map((r) => r.id).join(', ')}), ${seconds}s; tarballs and notes in ${path.relative(REPO, ctx.out) || '.'}/`);
}

if (require.main === module) {
  main();
}

module.exports = { STEPS, DEFAULT_OUT, MANIFEST, NOTES, FLAVOR_NAMES, isMajorBump, readAllowFile, parseVersion, checkVersion, writeManifest };
