#!/usr/bin/env node
// A consumer project laid out from the toolchain CLI's own TypeScript template (what `<cli> init
// --template typescript` writes), copied from the installed CLI (bundle/templates/typescript): its
// package.json, tsconfig.json, cdktf.json, jest.config.js, setup.js (Testing.setupJest()), main.ts and
// __tests__/. The placeholders are filled as `init` fills them; main.ts's "// define resources here"
// gets a stack that uses the package (template/stack-body.ts.template), and __tests__/main-test.ts
// becomes template/main-test.ts.template; both with the flavor's module names (render-template.js).
// The CLI's install hook (.hooks.sscaff.js) is not run: scripts/test-package.sh installs the same kinds
// of packages (the flavor's, its tools and the template's test tools) at pinned versions.
// Usage: node template-project.js <flavor> <template dir> <project dir> <project name>
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const flavors = require('../flavors/flavors.json');

const [flavor, templateDir, projectDir, name] = process.argv.slice(2);
const spec = flavors[flavor];
if (!spec || !templateDir || !projectDir || !name) {
  console.error('usage: node template-project.js <flavor> <template dir> <project dir> <project name>');
  process.exit(2);
}
const render = (template) => {
  const out = path.join(projectDir, '.rendered.tmp');
  execFileSync(process.execPath, [path.join(__dirname, 'render-template.js'), flavor, template, out]);
  const text = fs.readFileSync(out, 'utf8');
  fs.rmSync(out);
  return text;
};
// The flavor's future flags, as `init` writes them into cdktf.json's context (none in cdktf 0.21).
const featureFlags = require(require.resolve(`${spec.modules.cdktf}/lib/features`, { paths: [path.resolve(__dirname, '..', '..')] })).FUTURE_FLAGS;
const fill = (text) => text
  .split('{{ $base }}').join(name)
  .split('{{projectId}}').join('00000000-0000-4000-8000-000000000000')
  .split('{{sendCrashReports}}').join('false')
  .split('{{futureFlags}}').join(Object.entries(featureFlags).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'));

fs.mkdirSync(projectDir, { recursive: true });
const copied = [];
(function copy(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name === '.hooks.sscaff.js') continue;
    const target = path.join(to, entry.name === '{{}}.gitignore' ? '.gitignore' : entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      copy(path.join(from, entry.name), target);
    } else {
      fs.writeFileSync(target, fill(fs.readFileSync(path.join(from, entry.name), 'utf8')));
      copied.push(path.relative(projectDir, target));
    }
  }
})(templateDir, projectDir);
const left = copied.filter((file) => /\{\{/.test(fs.readFileSync(path.join(projectDir, file), 'utf8')));
if (left.length > 0) throw new Error(`unfilled template placeholders in ${left.join(', ')}`);

const mainFile = path.join(projectDir, 'main.ts');
const main = fs.readFileSync(mainFile, 'utf8');
const [imports, body] = render(path.join(__dirname, 'template', 'stack-body.ts.template')).split(/^\/\/ -- body --\n/m);
const importLines = imports.split('\n').filter((line) => line.startsWith('import ')).join('\n');
if (!main.includes('    // define resources here\n')) throw new Error('the template main.ts has no "// define resources here" line');
fs.writeFileSync(mainFile, `${importLines}\n${main.replace('    // define resources here\n', body)}`);

const testFile = path.join(projectDir, '__tests__', 'main-test.ts');
if (!fs.existsSync(testFile)) throw new Error('the template has no __tests__/main-test.ts');
fs.writeFileSync(testFile, render(path.join(__dirname, 'template', 'main-test.ts.template')));
console.log(`template files: ${copied.sort().join(' ')}`);
