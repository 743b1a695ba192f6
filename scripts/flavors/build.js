#!/usr/bin/env node
// Builds the package of a second toolchain flavor (today: CDK Terrain) from the one source in lib/.
//
//   node scripts/flavors/build.js cdktn [--pack <dir>]
//
// 1. copies lib/**/*.ts to build/<flavor>/src/lib, replacing each module name of the cdktf flavor
//    with the flavor's (flavors.json `modules`: `cdktf` -> `cdktn`, `@cdktf/provider-azurerm/lib/x` ->
//    `@cdktn/provider-azurerm/lib/x`) in import specifiers only;
// 2. compiles it with tsc (the compiler options of tsconfig.build.json) to build/<flavor>/package/dist/lib;
//    the build directory is inside the repository so the flavor's modules resolve from its node_modules
//    (they are devDependencies);
// 3. writes build/<flavor>/package/package.json from the repository's package.json, with the flavor's
//    name, peer dependencies and engines, writes the flavor's README.md from the repository's
//    (scripts/flavors/readme.js) and copies LICENSE, CHANGELOG.md, API.md and schema/;
// 4. with --pack <dir>, runs `npm pack` there and prints the tarball's path as the last line.
//
// Nothing is kept by hand per flavor: a change in lib/ reaches both packages.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const REPO = path.resolve(__dirname, '..', '..');
const FLAVORS = require('./flavors.json');
const { flavorReadme } = require('./readme');

/** Every `from '<spec>'`, `import '<spec>'`, `require('<spec>')` and `import('<spec>')` specifier. */
const SPECIFIER = /(\bfrom\s+|\bimport\s+|\brequire\(\s*|\bimport\(\s*)(['"])([^'"]+)\2/g;

function rewriteSpecifiers(source, modules, file) {
  return source.replace(SPECIFIER, (whole, lead, quote, spec) => {
    for (const [from, to] of Object.entries(modules)) {
      if (spec === from || spec.startsWith(`${from}/`)) {
        return `${lead}${quote}${to}${spec.slice(from.length)}${quote}`;
      }
    }
    if (!spec.startsWith('.') && !isAllowedExternal(spec)) {
      throw new Error(`${file}: imports '${spec}', which has no counterpart in the flavor (flavors.json modules)`);
    }
    return whole;
  });
}

/** Modules that are the same in every flavor. */
function isAllowedExternal(spec) {
  return spec === 'constructs' || spec.startsWith('node:') || ['fs', 'path', 'crypto', 'util', 'os', 'child_process'].includes(spec);
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function copyInto(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}

/** The flavor's package.json: the repository's, renamed, with the flavor's peers and nothing for development. */
function flavorPackageJson(flavor, spec) {
  const base = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const cdktfName = FLAVORS.cdktf.package;
  const pkg = {
    name: spec.package,
    version: base.version,
    description: `${spec.displayName} flavor of ${cdktfName}: ${base.description}`,
    license: base.license,
    author: base.author,
    repository: base.repository,
    homepage: base.homepage,
    bugs: base.bugs,
    keywords: [...new Set([...base.keywords, flavor, spec.displayName.toLowerCase().replace(/\s+/g, '-')])],
    main: base.main,
    types: base.types,
    exports: Object.fromEntries(Object.entries(base.exports).filter(([key]) => key !== './.jsii')),
    files: base.files.filter((entry) => entry !== '.jsii'),
    engines: spec.engines ?? base.engines,
    peerDependencies: spec.peerDependencies,
  };
  if (base.bin) {
    pkg.bin = base.bin;
  }
  return pkg;
}

function build(flavor, packDir) {
  const spec = FLAVORS[flavor];
  if (!spec || flavor === 'cdktf') {
    throw new Error(`usage: build.js <flavor> [--pack <dir>]; flavors: ${Object.keys(FLAVORS).filter((f) => f !== 'cdktf' && f !== '//').join(', ')} (cdktf is built by \`npm run build\`)`);
  }
  const root = path.join(REPO, 'build', flavor);
  const src = path.join(root, 'src');
  const out = path.join(root, 'package');
  fs.rmSync(root, { recursive: true, force: true });

  for (const file of walk(path.join(REPO, 'lib'))) {
    const relative = path.relative(REPO, file);
    const target = path.join(src, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      fs.writeFileSync(target, rewriteSpecifiers(fs.readFileSync(file, 'utf8'), spec.modules, relative));
    } else {
      fs.copyFileSync(file, target);
    }
  }

  const buildOptions = JSON.parse(fs.readFileSync(path.join(REPO, 'tsconfig.json'), 'utf8')).compilerOptions;
  const tsconfig = {
    compilerOptions: { ...buildOptions, types: ['node'], sourceMap: false, noEmitOnError: true, rootDir: 'src', outDir: 'package/dist' },
    include: ['src/lib/**/*.ts'],
  };
  fs.writeFileSync(path.join(root, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.json')], {
    cwd: REPO,
    stdio: 'inherit',
  });

  fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(flavorPackageJson(flavor, spec), null, 2)}\n`);
  fs.writeFileSync(path.join(out, 'README.md'), flavorReadme(fs.readFileSync(path.join(REPO, 'README.md'), 'utf8'), flavor));
  for (const extra of ['LICENSE', 'CHANGELOG.md', 'API.md', 'schema']) {
    if (fs.existsSync(path.join(REPO, extra))) {
      copyInto(path.join(REPO, extra), path.join(out, extra));
    }
  }

  if (packDir) {
    fs.mkdirSync(packDir, { recursive: true });
    const output = execFileSync('npm', ['pack', '--silent', '--pack-destination', path.resolve(packDir)], { cwd: out, encoding: 'utf8' });
    const name = output.trim().split('\n').pop();
    console.log(path.join(path.resolve(packDir), name));
  } else {
    console.log(out);
  }
}

if (require.main === module) {
  const [flavor, flag, packDir] = process.argv.slice(2);
  try {
    build(flavor, flag === '--pack' ? packDir : undefined);
  } catch (error) {
    console.error(`flavors/build.js: ${error.message}`);
    process.exit(1);
  }
}

module.exports = { rewriteSpecifiers, flavorPackageJson };
