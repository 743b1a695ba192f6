#!/usr/bin/env node
// The CHANGELOG.md section of one version: its heading state and its notes (the text up to the next
// `## ` heading). `npm run release:check` checks it; the release workflow creates the GitHub release
// from the same notes:
//
//   node scripts/release/changelog.js <version> [CHANGELOG.md]   prints the notes; exit 1 without a section
//
// A section's heading is `## <version> (unreleased)` while the version is being prepared and
// `## <version> (YYYY-MM-DD)` once it is released (the date the tag is cut).
'use strict';
const fs = require('fs');
const path = require('path');

const HEADING = /^## (\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?: \((unreleased|\d{4}-\d{2}-\d{2})\))?\s*$/;

/**
 * Every version section of a changelog's text, in order: { version, state ('unreleased', a date, or
 * undefined when the heading has neither), heading, line (1-based), notes }.
 */
function sections(text) {
  const lines = text.split('\n');
  const found = [];
  lines.forEach((line, index) => {
    const match = HEADING.exec(line);
    if (match) {
      found.push({ version: match[1], state: match[2], heading: line.trim(), line: index + 1 });
    } else if (/^## /.test(line)) {
      found.push({ version: undefined, state: undefined, heading: line.trim(), line: index + 1 });
    }
  });
  return found.map((section, i) => {
    const end = i + 1 < found.length ? found[i + 1].line - 1 : lines.length;
    const notes = lines.slice(section.line, end).join('\n').trim();
    return { ...section, notes };
  });
}

/** The section of `version`, or undefined. */
function sectionOf(text, version) {
  return sections(text).find((section) => section.version === version);
}

if (require.main === module) {
  const [version, file = path.join(__dirname, '..', '..', 'CHANGELOG.md')] = process.argv.slice(2);
  if (!version) {
    console.error('usage: node scripts/release/changelog.js <version> [CHANGELOG.md]');
    process.exit(2);
  }
  const section = sectionOf(fs.readFileSync(file, 'utf8'), version.replace(/^v/, ''));
  if (!section || !section.notes) {
    console.error(`changelog: ${file} has no section "## ${version.replace(/^v/, '')} (...)" with notes`);
    process.exit(1);
  }
  process.stdout.write(`${section.notes}\n`);
}

module.exports = { sections, sectionOf, HEADING };
