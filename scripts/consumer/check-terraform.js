#!/usr/bin/env node
// Terraform reads what the consumer project synthesized: `terraform validate` in every stack directory
// of each given output directory (cdktf.out for JSON, the --hcl output for HCL). With no provider
// plugins (none can be downloaded here) the only diagnostics allowed are "Missing required provider".
// HCL stacks must also be `terraform fmt -check` clean (`<cli> synth --hcl` formats what it writes).
// Validate without plugins resolves no reference, so for JSON stacks every `${...}` reference, import
// `to` and depends_on entry is resolved here too (terraform-references.js, the jest suite's checker).
// Without a terraform binary the check says so and passes, except under CI (CI=true), where it fails.
// Usage: node check-terraform.js <out dir>...
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { danglingReferences } = require('./terraform-references');

const ENV = { ...process.env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
const terraform = (args, cwd) => spawnSync('terraform', args, { cwd, encoding: 'utf8', env: ENV });

const outDirs = process.argv.slice(2);
if (outDirs.length === 0) {
  console.error('usage: node check-terraform.js <out dir>...');
  process.exit(2);
}
const version = terraform(['version', '-json'], process.cwd());
if (version.error || version.status !== 0) {
  console.log(`${process.env.CI === 'true' ? 'FAIL' : 'SKIPPED'}: terraform validate: no terraform binary on PATH`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
console.log(`terraform ${JSON.parse(version.stdout).terraform_version}`);

let failed = 0;
for (const outDir of outDirs) {
  const stacksDir = path.join(outDir, 'stacks');
  const stacks = fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir) : [];
  if (stacks.length === 0) {
    console.log(`FAIL: no stacks under ${stacksDir}`);
    failed += 1;
  }
  for (const stack of stacks) {
    const dir = path.join(stacksDir, stack);
    const hcl = fs.existsSync(path.join(dir, 'cdk.tf'));
    const label = `${path.basename(outDir)}/stacks/${stack} (${hcl ? 'HCL' : 'JSON'})`;
    const run = terraform(['validate', '-json', '-no-color'], dir);
    let unexpected;
    try {
      unexpected = JSON.parse(run.stdout).diagnostics
        .filter((d) => !(d.severity === 'error' && d.summary === 'Missing required provider'))
        .map((d) => `${d.severity}: ${d.summary} (${d.detail}) at ${d.range?.filename}:${d.range?.start?.line}`);
    } catch (error) {
      unexpected = [`terraform validate gave no JSON report: ${run.stderr || run.stdout || error}`];
    }
    if (hcl && terraform(['fmt', '-check', '-no-color', 'cdk.tf'], dir).status !== 0) {
      unexpected.push('terraform fmt -check would reformat cdk.tf');
    }
    if (!hcl) {
      try {
        unexpected.push(...danglingReferences(JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'))));
      } catch (error) {
        unexpected.push(`cdk.tf.json unreadable: ${error}`);
      }
    }
    if (unexpected.length === 0) {
      console.log(`PASS: terraform validate ${label}: only the missing providers are reported${hcl ? '' : ', and every reference resolves'}`);
    } else {
      failed += 1;
      console.log(`FAIL: terraform validate ${label}:\n  ${unexpected.join('\n  ')}`);
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
