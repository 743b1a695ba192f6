#!/usr/bin/env node
// Assertions on what `cdktf synth` (JSON) and `cdktf synth --hcl` wrote for the consumer app
// (main.ts.template). Prints one PASS/FAIL line per check and exits 1 when any check fails. That every
// reference resolves is checked with terraform validate (check-terraform.js, terraform-references.js).
// Usage: node check-synth.js <json out dir> <hcl out dir> <absolute path that must not appear>...
'use strict';
const fs = require('fs');
const path = require('path');

const [jsonOut, hclOut, ...forbiddenPaths] = process.argv.slice(2);
if (!jsonOut || !hclOut) {
  console.error('usage: node check-synth.js <json out dir> <hcl out dir> [forbidden path...]');
  process.exit(2);
}

// Stack ids of main.ts.template.
const USER_STACK = 'exo-user-assigned';
const SYSTEM_STACK = 'exo-system-assigned';
const STACKS = [USER_STACK, SYSTEM_STACK];
const MANAGE_AS_APP = 'app_role_ids["Exchange.ManageAsApp"]';

let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    console.log(`PASS: ${name}`);
  } else {
    failed += 1;
    console.log(`FAIL: ${name}${detail ? ` -- ${detail}` : ''}`);
  }
}

function walk(dir) {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { __error: String(error) };
  }
}

const entries = (block) => Object.entries(block ?? {});

// ---- JSON synth ----------------------------------------------------------------------------------
const manifest = readJson(path.join(jsonOut, 'manifest.json'));
check('cdktf.out/manifest.json lists both stacks',
  !manifest.__error && STACKS.every((s) => manifest.stacks && manifest.stacks[s]),
  manifest.__error ?? `stacks: ${Object.keys(manifest.stacks ?? {}).join(', ')}`);
for (const [stack, info] of entries(manifest.stacks)) {
  for (const annotation of info.annotations ?? []) {
    const line = `${stack}: [${annotation.level}] ${annotation.constructPath}: ${annotation.message}`;
    if (annotation.level === 'error') {
      check(`no error annotation (${line})`, false);
    } else {
      console.log(`NOTE: ${line}`);
    }
  }
}

const stacks = {};
for (const stack of STACKS) {
  const file = path.join(jsonOut, 'stacks', stack, 'cdk.tf.json');
  const exists = fs.existsSync(file);
  check(`${stack}: cdktf.out/stacks/${stack}/cdk.tf.json exists`, exists);
  if (!exists) {
    continue;
  }
  const tf = readJson(file);
  check(`${stack}: cdk.tf.json is valid JSON`, !tf.__error, tf.__error);
  if (tf.__error) {
    continue;
  }
  stacks[stack] = tf;
  const resource = tf.resource ?? {};

  check(`${stack}: has an azurerm_automation_account`, entries(resource.azurerm_automation_account).length === 1,
    `found ${entries(resource.azurerm_automation_account).length}`);
  const grants = entries(resource.azuread_app_role_assignment)
    .filter(([, r]) => typeof r.app_role_id === 'string' && r.app_role_id.includes(MANAGE_AS_APP));
  check(`${stack}: has an azuread_app_role_assignment with ${MANAGE_AS_APP}`, grants.length === 1,
    `app_role_id values: ${entries(resource.azuread_app_role_assignment).map(([, r]) => r.app_role_id).join(' | ') || 'none'}`);
  check(`${stack}: has an azuread_directory_role_assignment`, entries(resource.azuread_directory_role_assignment).length >= 1);
  check(`${stack}: has azurerm_automation_runbook resources`, entries(resource.azurerm_automation_runbook).length >= 1);

  const backendPath = tf.terraform?.backend?.local?.path;
  check(`${stack}: local backend path is relative`, typeof backendPath === 'string' && !path.isAbsolute(backendPath),
    `path: ${backendPath}`);

}

const user = stacks[USER_STACK];
if (user) {
  const resource = user.resource ?? {};
  const runbooks = entries(resource.azurerm_automation_runbook);
  check(`${USER_STACK}: has an azurerm_user_assigned_identity`, entries(resource.azurerm_user_assigned_identity).length === 1);
  const withoutAccountId = runbooks
    .filter(([, r]) => !/-ManagedIdentityAccountId '\$\{azurerm_user_assigned_identity\.[^}]+\.client_id\}'/.test(r.content ?? ''))
    .map(([name]) => name);
  check(`${USER_STACK}: every runbook connects with -ManagedIdentityAccountId <identity client_id>`,
    runbooks.length > 0 && withoutAccountId.length === 0, `runbooks without it: ${withoutAccountId.join(', ')}`);
  const fromFile = runbooks.find(([, r]) => r.name === 'Get-MailboxCountReport');
  const fileContent = fromFile ? fromFile[1].content ?? '' : '';
  check(`${USER_STACK}: runbook from the .ps1 file carries the file's text and only its base name`,
    fileContent.includes('from Get-MailboxCountReport.ps1.') && fileContent.includes('Where-Object { $_.WhenCreated -ge $since }')
      && fileContent.includes('[Parameter(Mandatory = $true)][int] $DaysBack'),
    fromFile ? 'content does not match runbooks/Get-MailboxCountReport.ps1' : 'runbook Get-MailboxCountReport not found');
  const schedules = entries(resource.azurerm_automation_schedule);
  const jobSchedules = entries(resource.azurerm_automation_job_schedule);
  const scheduled = fromFile && jobSchedules.some(([, j]) =>
    j.runbook_name === `\${azurerm_automation_runbook.${fromFile[0]}.name}` && j.parameters?.daysback === '7');
  check(`${USER_STACK}: the runbook is scheduled weekly with DaysBack=7`,
    Boolean(scheduled) && schedules.some(([, s]) => s.frequency === 'Week' && (s.week_days ?? []).includes('Monday')),
    `schedules: ${JSON.stringify(schedules.map(([, s]) => s.frequency))}, job schedules: ${jobSchedules.length}`);
}

const system = stacks[SYSTEM_STACK];
if (system) {
  const resource = system.resource ?? {};
  const runbooks = entries(resource.azurerm_automation_runbook);
  const accounts = entries(resource.azurerm_automation_account);
  check(`${SYSTEM_STACK}: the automation account uses a SystemAssigned identity and no user-assigned identity exists`,
    accounts.length === 1 && JSON.stringify(accounts[0][1].identity ?? '').includes('SystemAssigned')
      && entries(resource.azurerm_user_assigned_identity).length === 0,
    `identity: ${JSON.stringify(accounts[0]?.[1].identity)}`);
  const bad = runbooks.filter(([, r]) => !(r.content ?? '').includes('Connect-ExchangeOnline -ManagedIdentity -Organization')
    || (r.content ?? '').includes('-ManagedIdentityAccountId')).map(([name]) => name);
  check(`${SYSTEM_STACK}: runbooks connect with -ManagedIdentity and no -ManagedIdentityAccountId`,
    runbooks.length > 0 && bad.length === 0, `offending runbooks: ${bad.join(', ')}`);
}

// ---- HCL synth -----------------------------------------------------------------------------------
for (const stack of STACKS) {
  const file = path.join(hclOut, 'stacks', stack, 'cdk.tf');
  const exists = fs.existsSync(file);
  check(`${stack}: HCL output stacks/${stack}/cdk.tf exists`, exists);
  if (!exists) {
    continue;
  }
  const hcl = fs.readFileSync(file, 'utf8');
  for (const needle of ['resource "azurerm_automation_runbook"', 'resource "azurerm_automation_account"',
    'resource "azuread_app_role_assignment"', MANAGE_AS_APP, 'Connect-ExchangeOnline -ManagedIdentity']) {
    check(`${stack}: cdk.tf contains ${needle}`, hcl.includes(needle));
  }
  if (stack === USER_STACK) {
    check(`${stack}: cdk.tf runbooks use -ManagedIdentityAccountId`, hcl.includes('-ManagedIdentityAccountId \''));
  }
}

// ---- no machine-specific absolute paths ----------------------------------------------------------
const needles = [...new Set(forbiddenPaths.filter((p) => p && p !== '/'))];
const leaks = [];
for (const file of [...walk(jsonOut), ...walk(hclOut)]) {
  const content = fs.readFileSync(file, 'utf8');
  for (const needle of needles) {
    if (content.includes(needle)) {
      leaks.push(`${path.relative(path.dirname(jsonOut), file)} contains ${needle}`);
    }
  }
}
check(`no absolute path of the temp dir or the repo in the synth output (${needles.length} paths checked)`,
  needles.length > 0 && leaks.length === 0, leaks.join('; ') || (needles.length === 0 ? 'no paths given' : ''));

if (failed > 0) {
  console.log(`FAIL: ${failed} synth output check(s) failed`);
  process.exit(1);
}
