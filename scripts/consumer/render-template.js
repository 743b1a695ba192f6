#!/usr/bin/env node
// Writes the consumer app for one toolchain flavor: main.ts.template with the flavor's module names
// and package name (scripts/flavors/flavors.json), without the lines marked "cdktf flavor only" for
// other flavors. Usage: node render-template.js <flavor> <template> <out file>
'use strict';
const fs = require('fs');
const flavors = require('../flavors/flavors.json');

const [flavor, template, out] = process.argv.slice(2);
const spec = flavors[flavor];
if (!spec || !template || !out) {
  console.error('usage: node render-template.js <flavor> <template> <out file>');
  process.exit(2);
}
const names = { ...spec.modules, [flavors.cdktf.package]: spec.package };
const text = fs.readFileSync(template, 'utf8')
  .split('\n')
  .filter((line) => flavor === 'cdktf' || !line.includes('// cdktf flavor only'))
  .map((line) => line.replace(/((?:from|^import)\s+)'([^']+)'/, (whole, lead, module) => {
    for (const [from, to] of Object.entries(names)) {
      if (module === from || module.startsWith(`${from}/`)) {
        return `${lead}'${to}${module.slice(from.length)}'`;
      }
    }
    return whole;
  }))
  .join('\n');
fs.writeFileSync(out, text);
