#!/usr/bin/env node
// The README's Quick start as a project: its first `sh` block (the commands that create the project and
// install the packages), the files it shows (each fenced block right after a line "`<file name>`:") and
// the synth command (the first line of its second `sh` block). Shared by test/repository/readme.test.ts (the files
// are examples/quick-start's) and scripts/test-package.sh (which builds the project from them verbatim,
// with the packed tarball in place of the package name in the install line).
//
// CLI: node readme-quick-start.js <README.md> <package name> <tarball> <out dir>
//   writes <out dir>/setup.sh (the commands), <out dir>/files/<name> (the files), and prints two lines:
//   the project directory the commands create (relative to where they run) and the synth command.
'use strict';
const fs = require('fs');
const path = require('path');

/** The text of one `## ` section of a Markdown document. */
function section(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`README has no "## ${heading}" section`);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next === -1 ? undefined : next);
}

/** The Quick start's parts: { commands, files: { name: text }, projectDir, synth }. */
function quickStart(markdown) {
  const text = section(markdown, 'Quick start');
  const files = {};
  const sh = [];
  for (const fence of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    const [, language, body] = fence;
    // The last non-empty line before the fence: "`tsconfig.json`:" labels a file.
    const before = text.slice(0, fence.index).trimEnd().split('\n').pop();
    const label = /^`([\w.-]+)`:\s*$/.exec(before);
    if (label) {
      if (files[label[1]] !== undefined) throw new Error(`the Quick start shows ${label[1]} twice`);
      files[label[1]] = body;
    } else if (language === 'sh') {
      sh.push(body);
    }
  }
  if (sh.length < 2) throw new Error('the Quick start needs two sh blocks: the setup commands and the synth command');
  const commands = sh[0];
  const dirs = [...commands.matchAll(/\bcd ([\w.-]+)/g)].map((m) => m[1]);
  if (dirs.length !== 1) throw new Error(`the Quick start's commands must cd into one project directory, found: ${dirs.join(', ') || 'none'}`);
  const synth = sh[1].split('\n')[0].replace(/\s+#.*$/, '').trim();
  return { commands, files, projectDir: dirs[0], synth };
}

/** The commands with the package name in the `npm install` line replaced by the tarball (and npm's offline flags). */
function withTarball(commands, packageName, tarball) {
  let replaced = 0;
  const lines = commands.split('\n').map((line) => {
    if (!/^npm install /.test(line)) return line;
    const words = line.split(/\s+/).map((w) => (w === packageName ? (replaced++, tarball) : w));
    return ['npm install --prefer-offline --no-audit --no-fund', ...words.slice(2)].join(' ');
  });
  if (replaced !== 1) throw new Error(`the Quick start's npm install line must name ${packageName} once (found ${replaced})`);
  return lines.join('\n');
}

function main() {
  const [readme, packageName, tarball, outDir] = process.argv.slice(2);
  if (!readme || !packageName || !tarball || !outDir) {
    console.error('usage: node readme-quick-start.js <README.md> <package name> <tarball> <out dir>');
    process.exit(2);
  }
  const qs = quickStart(fs.readFileSync(readme, 'utf8'));
  fs.mkdirSync(path.join(outDir, 'files'), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'setup.sh'), `set -euxo pipefail\n${withTarball(qs.commands, packageName, tarball)}`);
  for (const [name, body] of Object.entries(qs.files)) fs.writeFileSync(path.join(outDir, 'files', name), body);
  process.stdout.write(`${qs.projectDir}\n${qs.synth}\n`);
}

if (require.main === module) {
  main();
}
module.exports = { quickStart, withTarball };
