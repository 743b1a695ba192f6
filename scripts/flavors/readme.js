// The README of a toolchain flavor, generated from the one README.md (the cdktf flavor's, shipped as it is):
//
// 1. Flavor blocks. `<!-- cdktf-only -->` ... `<!-- /cdktf-only -->` is left out of every other flavor's
//    README; `<!-- cdktn-only` ... `-->` (text inside an HTML comment, so the cdktf README does not show it)
//    is shown in the cdktn README. A block's markers are on lines of their own. Text in a flavor's own
//    block is written for that flavor and is not rewritten.
// 2. The shared text is rewritten by the flavor's rules (flavors.json `<flavor>.readme`): `keep` lists
//    phrases left as they are (facts about cdktf itself, and the config file `cdktf.json` and output folder
//    `cdktf.out`, which the cdktn CLI reads and writes under those names); `replace` lists literal
//    replacements, applied in order; then every remaining word `cdktf` becomes the flavor's CLI name. The cdktf install lines (composed from
//    flavors.json `consumer`) become the flavor's before any rule runs.
'use strict';
const FLAVORS = require('./flavors.json');

/** The `npm install` line a flavor's README documents (and the package test runs). */
function installLine(flavor, which = 'dependencies') {
  const spec = FLAVORS[flavor];
  const consumer = spec.consumer;
  const rest = which === 'ops' ? consumer.opsDependencies : [...consumer.dependencies, ...consumer.tools];
  return ['npm install', ...consumer.installFlags, spec.package, ...rest].join(' ');
}

const CDKTF_ONLY = /^<!-- cdktf-only -->\n[\s\S]*?^<!-- \/cdktf-only -->\n/gm;
const FLAVOR_ONLY = (flavor) => new RegExp(`^<!-- ${flavor}-only\\n([\\s\\S]*?)^-->\\n`, 'gm');

/** README.md as the flavor's package ships it. */
function flavorReadme(source, flavor) {
  if (flavor === 'cdktf') {
    return source;
  }
  const rules = FLAVORS[flavor]?.readme;
  if (!rules) {
    throw new Error(`flavors.json has no readme rules for flavor '${flavor}'`);
  }
  // Each flavor block becomes a placeholder, so the rules below do not touch it.
  const own = [];
  let text = source
    .replace(CDKTF_ONLY, '')
    .replace(FLAVOR_ONLY(flavor), (whole, body) => `\u0000own${own.push(body) - 1}\u0000`);
  // The install lines first: the rules below would rename their packages but not their versions.
  for (const which of ['dependencies', 'ops']) {
    text = text.split(installLine('cdktf', which)).join(`\u0000own${own.push(installLine(flavor, which)) - 1}\u0000`);
  }
  const kept = [];
  for (const phrase of rules.keep) {
    text = text.split(phrase).join(`\u0000keep${kept.push(phrase) - 1}\u0000`);
  }
  for (const [from, to] of rules.replace) {
    text = text.split(from).join(to);
  }
  text = text.replace(/\bcdktf\b/g, FLAVORS[flavor].consumer.cli);
  return text
    .replace(/\u0000keep(\d+)\u0000/g, (whole, i) => kept[Number(i)])
    .replace(/\u0000own(\d+)\u0000/g, (whole, i) => own[Number(i)]);
}

module.exports = { flavorReadme, installLine };
