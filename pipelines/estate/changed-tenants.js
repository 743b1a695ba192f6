#!/usr/bin/env node
// Change detection, sharding, the per-tenant Terraform run and the summary of the estate pipelines
// (pipelines/github-actions/exchange-online-tenants.yml, pipelines/azure-devops/exchange-online-tenants.yml).
// Node.js 20+, no dependency: copy this folder next to the pipeline file. docs/estate.md explains it.
//
//   node changed-tenants.js locations --stacks cdktf.out
//       where the deploy records live: one "<storage account> <container>" line per state location
//   node changed-tenants.js detect --stacks cdktf.out [--deployed <file or dir>]... [--all]
//       [--max-jobs 256] [--output estate.json]
//       hashes each synthesized stack folder, compares it with the hash recorded when it was last applied,
//       and splits the changed tenants into at most --max-jobs shards (GitHub's matrix: 256 jobs)
//   node changed-tenants.js run --estate estate.json --shard <n> --mode plan|apply --results <dir>
//       [--parallel 2]
//       plans (and applies) the tenants of one shard; a failed tenant never stops the others
//   node changed-tenants.js record --estate estate.json --results <dir> [--commit <sha>]
//       writes the deploy record of each tenant the shard applied (az storage blob upload)
//   node changed-tenants.js summary --estate estate.json --results <dir> [--markdown summary.md]
//       one line per tenant; exit code 1 when a tenant failed or has no result
//
// The deploy record of a tenant is a small blob next to its Terraform state: `exo-deployed/<state key>` in
// the state's container, with the metadata synthsha256 (the hash of the stack folder that was applied),
// stack and commit. It is written only after a successful apply, so a failed tenant stays "changed".
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

/** GitHub Actions: a matrix generates at most 256 jobs per workflow run (docs.github.com, "Running variations of jobs in a workflow"). */
const GITHUB_MATRIX_LIMIT = 256;
const RECORD_PREFIX = 'exo-deployed/';
const HASH_FORMAT = 'exo-estate-v1';
/** Files Terraform writes into a stack folder when it runs there: not part of the synthesized output. */
const NOT_SYNTHESIZED = new Set(['.terraform', '.terraform.lock.hcl', 'plan', 'tfplan', 'terraform.tfstate', 'terraform.tfstate.backup']);

class UsageError extends Error {}

/** The stacks of a synthesized output directory, from its manifest.json (what `exo-tenants synth` and `cdktf synth` write). */
function readStacks(outdir) {
  const manifestFile = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`${manifestFile}: missing; run \`npx exo-tenants synth <tenants file> --output ${outdir}\` first`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const stacks = Object.values(manifest.stacks || {}).map((stack) => ({
    stack: stack.name,
    tenant: stack.name.replace(/^exo-/, ''),
    directory: path.join(outdir, stack.workingDirectory),
    synthesized: path.join(outdir, stack.synthesizedStackPath),
  }));
  if (stacks.length === 0) {
    throw new Error(`${manifestFile}: no stack`);
  }
  return stacks.sort((a, b) => (a.stack < b.stack ? -1 : a.stack > b.stack ? 1 : 0));
}

/** Files of a stack folder, relative and sorted, without what Terraform itself writes there. */
function filesOf(directory, relative = '') {
  const files = [];
  for (const entry of fs.readdirSync(path.join(directory, relative), { withFileTypes: true })) {
    if (relative === '' && NOT_SYNTHESIZED.has(entry.name)) {
      continue;
    }
    const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      files.push(...filesOf(directory, name));
    } else if (entry.isFile()) {
      files.push(name);
    }
  }
  return files.sort();
}

/**
 * sha256 of a synthesized stack folder: every file's relative path, length and bytes, in path order. The
 * stack's JSON carries everything Terraform applies (runbook bodies are inlined), so the same hash means
 * the same configuration.
 */
function hashStack(directory) {
  const hash = crypto.createHash('sha256');
  hash.update(`${HASH_FORMAT}\0`);
  for (const file of filesOf(directory)) {
    const content = fs.readFileSync(path.join(directory, file));
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

/** Where a stack keeps its state (terraform.backend.azurerm), and so its deploy record. */
function stateOf(entry) {
  if (!fs.existsSync(entry.synthesized) || !entry.synthesized.endsWith('.json')) {
    throw new Error(`${entry.synthesized}: missing; the estate pipeline reads the JSON output (synthesize without --hcl)`);
  }
  const backend = ((JSON.parse(fs.readFileSync(entry.synthesized, 'utf8')).terraform || {}).backend || {}).azurerm;
  if (!backend || !backend.storage_account_name || !backend.container_name || !backend.key) {
    throw new Error(`${entry.synthesized}: terraform.backend.azurerm with storage_account_name, container_name and key is required `
      + '(the deploy record is kept next to the state; a local backend would lose the state with the runner)');
  }
  return { account: backend.storage_account_name, container: backend.container_name, key: backend.key };
}

const locationId = (state) => `${state.account}/${state.container}`;

/**
 * Deploy records from files or directories of files, each either the JSON of
 * `az storage blob list --prefix exo-deployed/ --include m` for one location, named
 * `<storage account>.<container>.json`, or a map `{ "<stack>": "<sha256>" }`. Returns records by stack.
 */
function readDeployed(paths) {
  const byLocation = new Map(); // "<account>/<container>" -> [{ name, hash, stack, commit }]
  const byStack = new Map();
  const files = paths.flatMap((p) => (fs.existsSync(p) && fs.statSync(p).isDirectory()
    ? fs.readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(p, f)) : [p]));
  for (const file of files) {
    if (!fs.existsSync(file)) {
      throw new Error(`${file}: missing (the deploy records: the output of az storage blob list, or a map of stack to hash)`);
    }
    const text = fs.readFileSync(file, 'utf8').trim();
    const data = text === '' ? [] : JSON.parse(text);
    if (Array.isArray(data)) {
      const match = /^(.+)\.([^.]+)\.json$/.exec(path.basename(file));
      if (!match) {
        throw new Error(`${file}: a blob listing must be named <storage account>.<container>.json`);
      }
      const records = data
        .filter((blob) => typeof blob.name === 'string' && blob.name.startsWith(RECORD_PREFIX))
        .map((blob) => ({
          name: blob.name,
          hash: (blob.metadata || {}).synthsha256,
          stack: (blob.metadata || {}).stack,
          commit: (blob.metadata || {}).commit,
        }));
      byLocation.set(`${match[1]}/${match[2]}`, [...(byLocation.get(`${match[1]}/${match[2]}`) || []), ...records]);
    } else if (data && typeof data === 'object') {
      for (const [stack, hash] of Object.entries(data)) {
        byStack.set(stack, { hash: String(hash), stack });
      }
    } else {
      throw new Error(`${file}: expected a JSON array (az storage blob list) or object (stack to hash)`);
    }
  }
  return { byLocation, byStack };
}

/** Splits `items` into the fewest shards of equal size (within one) so that there are at most `maxJobs`. */
function shard(items, maxJobs) {
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > GITHUB_MATRIX_LIMIT) {
    throw new UsageError(`--max-jobs ${maxJobs} must be a whole number from 1 to ${GITHUB_MATRIX_LIMIT} (GitHub's matrix limit)`);
  }
  const count = Math.min(items.length, maxJobs);
  const shards = Array.from({ length: count }, () => []);
  items.forEach((item, i) => shards[i % count].push(item)); // round robin: shard sizes differ by one at most
  return shards;
}

/** Compares the synthesized output with the deploy records; returns the estate plan (estate.json). */
function detect({ stacks: outdir, deployed = [], all = false, maxJobs = GITHUB_MATRIX_LIMIT }) {
  const entries = readStacks(outdir);
  const records = readDeployed(deployed);
  const problems = [];
  const tenants = [];
  for (const entry of entries) {
    try {
      const state = stateOf(entry);
      const record = `${RECORD_PREFIX}${state.key}`;
      const listed = (records.byLocation.get(locationId(state)) || []).find((r) => r.name === record);
      const last = listed || records.byStack.get(entry.stack);
      tenants.push({
        stack: entry.stack,
        tenant: entry.tenant,
        directory: path.relative(process.cwd(), entry.directory) || '.',
        hash: hashStack(entry.directory),
        deployedHash: last && last.hash ? last.hash : null,
        deployedCommit: last && last.commit ? last.commit : null,
        state: { ...state, record },
      });
    } catch (error) {
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    throw new Error(problems.join('\n'));
  }
  const changed = tenants.filter((t) => all || t.hash !== t.deployedHash);
  for (const t of tenants) {
    t.reason = all ? 'all tenants requested' : t.deployedHash === null ? 'never deployed' : t.hash !== t.deployedHash ? 'stack changed' : 'unchanged';
  }
  const current = new Set(tenants.map((t) => `${locationId(t.state)}|${t.state.record}`));
  const removed = [];
  for (const [location, list] of records.byLocation) {
    for (const r of list) {
      if (!current.has(`${location}|${r.name}`)) {
        removed.push({ stack: r.stack || null, record: r.name, location, deployedCommit: r.commit || null });
      }
    }
  }
  const shards = shard(changed.map((t) => t.stack), maxJobs);
  return {
    format: HASH_FORMAT,
    all,
    tenants,
    changed: changed.map((t) => t.stack),
    unchanged: tenants.filter((t) => !changed.includes(t)).map((t) => t.stack),
    removed,
    shards,
  };
}

/** The state locations of a synthesized output, for listing their deploy records. */
function locations(outdir) {
  const seen = new Map();
  for (const entry of readStacks(outdir)) {
    const state = stateOf(entry);
    seen.set(locationId(state), state);
  }
  return [...seen.values()];
}

/** Runs a command; resolves with its exit code and output (stdout and stderr interleaved as they come). */
function execute(command, args, options) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (data) => { output += data; });
    child.stderr.on('data', (data) => { output += data; });
    child.on('error', (error) => resolve({ code: 127, output: `${output}${command}: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code === null ? 1 : code, output }));
  });
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function pool(items, limit, work) {
  const queue = [...items];
  const runners = Array.from({ length: Math.max(1, Math.min(limit, queue.length)) }, async () => {
    while (queue.length > 0) {
      await work(queue.shift());
    }
  });
  await Promise.all(runners);
}

function group(title, text) {
  if (process.env.GITHUB_ACTIONS === 'true') {
    return `::group::${title}\n${text}\n::endgroup::\n`;
  }
  if (process.env.TF_BUILD) {
    return `##[group]${title}\n${text}\n##[endgroup]\n`;
  }
  return `== ${title}\n${text}\n`;
}

/**
 * Plans (and in apply mode applies) each tenant of one shard. `terraform init` runs one at a time (a
 * shared TF_PLUGIN_CACHE_DIR: "The plugin cache directory is not guaranteed to be concurrency safe",
 * developer.hashicorp.com/terraform/cli/config/config-file#provider-plugin-cache), plan and apply up to
 * `parallel` at once.
 * Every tenant gets `<results>/<stack>.json` (and `.log`); returns the number of failed tenants.
 */
async function run({ estate: estateFile, shard: index, mode, results, parallel = 2 }) {
  if (!['plan', 'apply'].includes(mode)) {
    throw new UsageError(`--mode ${mode} must be plan or apply`);
  }
  const estate = JSON.parse(fs.readFileSync(estateFile, 'utf8'));
  if (!Number.isInteger(index) || index < 0 || index >= estate.shards.length) {
    throw new UsageError(`--shard ${index} must be a whole number from 0 to ${estate.shards.length - 1}`);
  }
  fs.mkdirSync(results, { recursive: true });
  const byStack = new Map(estate.tenants.map((t) => [t.stack, t]));
  let initLock = Promise.resolve();
  let failed = 0;
  await pool(estate.shards[index], parallel, async (stack) => {
    const tenant = byStack.get(stack);
    const started = Date.now();
    const dir = tenant.directory;
    let log = '';
    const step = async (name, command, args) => {
      const result = await execute(command, args, { env: { ...process.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' } });
      log += `$ ${command} ${args.join(' ')}\n${result.output}`;
      return { name, ...result };
    };
    const finish = (status, failedStep, exitCode) => {
      const result = {
        stack, tenant: tenant.tenant, mode, status, failedStep, exitCode, seconds: Math.round((Date.now() - started) / 100) / 10, hash: tenant.hash, reason: tenant.reason,
        ...(mode === 'apply' && status !== 'failed' ? { recorded: false } : {}),
      };
      fs.writeFileSync(path.join(results, `${stack}.json`), `${JSON.stringify(result, null, 2)}\n`);
      fs.writeFileSync(path.join(results, `${stack}.log`), log);
      process.stdout.write(group(`${stack}: ${status}`, log));
      if (status === 'failed') {
        failed++;
      }
    };
    // init one at a time: the plugin cache may be shared.
    const init = initLock.then(() => step('init', 'terraform', [`-chdir=${dir}`, 'init', '-input=false', '-no-color']));
    initLock = init.then(() => undefined);
    const initialized = await init;
    if (initialized.code !== 0) {
      return finish('failed', 'init', initialized.code);
    }
    // -detailed-exitcode: 0 no changes, 1 error, 2 changes (developer.hashicorp.com/terraform/cli/commands/plan).
    const planned = await step('plan', 'terraform', [`-chdir=${dir}`, 'plan', '-input=false', '-no-color', '-detailed-exitcode', '-out=tfplan']);
    fs.writeFileSync(path.join(results, `${stack}.plan.txt`), planned.output);
    if (planned.code !== 0 && planned.code !== 2) {
      return finish('failed', 'plan', planned.code);
    }
    if (mode === 'plan') {
      return finish(planned.code === 2 ? 'changes planned' : 'no changes', null, 0);
    }
    if (planned.code === 2) {
      const applied = await step('apply', 'terraform', [`-chdir=${dir}`, 'apply', '-input=false', '-no-color', 'tfplan']);
      if (applied.code !== 0) {
        return finish('failed', 'apply', applied.code);
      }
    }
    // Its deploy record is written by `record`, after this: a failed tenant keeps its old one.
    return finish(planned.code === 2 ? 'applied' : 'no changes', null, 0);
  });
  return failed;
}

/**
 * Writes the deploy record of each tenant that `run --mode apply` applied (or found unchanged), so that the
 * next run skips it until its stack changes: `exo-deployed/<state key>` in its state's container, with the
 * metadata synthsha256 (its stack folder's hash), stack and commit. Needs `az` signed in as an identity
 * that may write blobs there (the deploy identity: Storage Blob Data Contributor). Returns the failures.
 */
async function record({ estate: estateFile, results, commit = '' }) {
  const estate = JSON.parse(fs.readFileSync(estateFile, 'utf8'));
  const byStack = new Map(estate.tenants.map((t) => [t.stack, t]));
  let failed = 0;
  for (const [stack, result] of readResults(results)) {
    const tenant = byStack.get(stack);
    if (result.mode !== 'apply' || result.recorded !== false || !tenant || result.hash !== tenant.hash) {
      continue;
    }
    const { account, container, record: name } = tenant.state;
    const metadata = [`synthsha256=${tenant.hash}`, `stack=${stack}`, ...(commit ? [`commit=${commit}`] : [])];
    const args = ['storage', 'blob', 'upload', '--auth-mode', 'login', '--account-name', account, '--container-name', container,
      '--name', name, '--data', tenant.hash, '--metadata', ...metadata, '--overwrite', '--only-show-errors'];
    const done = await execute('az', args, { env: process.env });
    const updated = done.code === 0
      ? { ...result, recorded: true }
      : { ...result, status: 'failed', failedStep: 'record', exitCode: done.code };
    fs.writeFileSync(result.file, `${JSON.stringify({ ...updated, file: undefined }, null, 2)}\n`);
    fs.appendFileSync(result.file.replace(/\.json$/, '.log'), `$ az ${args.join(' ')}\n${done.output}`);
    process.stdout.write(`${stack}: ${done.code === 0 ? `recorded ${name}` : `recording ${name} failed (exit ${done.code})\n${done.output}`}\n`);
    if (done.code !== 0) {
      failed++;
    }
  }
  return failed;
}

/** Reads every `<stack>.json` result under `results` (artifact downloads may nest them one level). */
function readResults(results) {
  const found = new Map();
  const walk = (dir) => {
    if (!fs.existsSync(dir)) {
      return;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(file);
      } else if (entry.name.endsWith('.json')) {
        const result = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (result && typeof result.stack === 'string' && typeof result.status === 'string') {
          found.set(result.stack, { ...result, file });
        }
      }
    }
  };
  walk(results);
  return found;
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The summary: one row per changed tenant, the removed ones, and whether the run failed. */
function summarize({ estate: estateFile, results }) {
  const estate = JSON.parse(fs.readFileSync(estateFile, 'utf8'));
  const found = readResults(results);
  const rows = estate.changed.map((stack) => {
    const tenant = estate.tenants.find((t) => t.stack === stack);
    const result = found.get(stack);
    const unrecorded = result !== undefined && result.recorded === false;
    const status = result && !unrecorded ? result.status : 'failed';
    const detail = !result ? 'no result: its job did not finish'
      : unrecorded ? `${result.status}, but its deploy record was not written (the record step did not run)`
        : result.failedStep ? `${result.failedStep} failed (exit ${result.exitCode}); see ${stack}.log` : '';
    return { stack, tenant: tenant.tenant, reason: tenant.reason, status, detail, seconds: result ? result.seconds : null };
  });
  const failed = rows.filter((r) => r.status === 'failed');
  const lines = [
    '## Exchange Online tenants',
    '',
    `${estate.tenants.length} tenants synthesized: ${estate.changed.length} to run${estate.all ? ' (all requested)' : ''}, `
      + `${estate.unchanged.length} unchanged since their last deploy, ${estate.removed.length} removed from the tenants file. `
      + (failed.length > 0 ? `**${failed.length} failed.**` : 'None failed.'),
    '',
  ];
  if (rows.length > 0) {
    lines.push('| tenant | stack | why | result | seconds | detail |', '|---|---|---|---|---|---|');
    for (const r of [...failed, ...rows.filter((x) => x.status !== 'failed')]) {
      lines.push(`| ${cell(r.tenant)} | ${cell(r.stack)} | ${cell(r.reason)} | ${r.status === 'failed' ? '**failed**' : cell(r.status)} | ${r.seconds === null ? '' : r.seconds} | ${cell(r.detail)} |`);
    }
    lines.push('');
  }
  if (estate.removed.length > 0) {
    lines.push('### Removed from the tenants file, not destroyed', '',
      'Their resources and state are still there. Destroy them from the commit that last deployed them, then delete the deploy record (docs/estate.md, "Removing a tenant").', '',
      '| stack | deploy record | last deployed commit |', '|---|---|---|');
    for (const r of estate.removed) {
      lines.push(`| ${cell(r.stack || '?')} | ${cell(`${r.location}/${r.record}`)} | ${cell(r.deployedCommit || '')} |`);
    }
    lines.push('');
  }
  return { markdown: lines.join('\n'), failed: failed.length, rows };
}

function parseArgs(argv, spec) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    const kind = spec[name];
    if (!argv[i].startsWith('--') || kind === undefined) {
      throw new UsageError(`unexpected argument "${argv[i]}"`);
    }
    if (kind === 'flag') {
      options[name] = true;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) {
      throw new UsageError(`--${name} needs a value`);
    }
    if (kind === 'list') {
      options[name] = [...(options[name] || []), value];
    } else if (kind === 'int') {
      options[name] = /^\d+$/.test(value) ? Number(value) : NaN;
    } else {
      options[name] = value;
    }
  }
  return options;
}

function require_(options, names) {
  for (const name of names) {
    if (options[name] === undefined) {
      throw new UsageError(`--${name} is required`);
    }
  }
}

const USAGE = 'usage: changed-tenants.js locations|detect|run|record|summary [options] (see the head of this file, or docs/estate.md)';

async function main(argv, out = (text) => process.stdout.write(text)) {
  const [command, ...rest] = argv;
  if (command === 'locations') {
    const options = parseArgs(rest, { stacks: 'string' });
    require_(options, ['stacks']);
    out(locations(options.stacks).map((s) => `${s.account} ${s.container}\n`).join(''));
    return 0;
  }
  if (command === 'detect') {
    const options = parseArgs(rest, { stacks: 'string', deployed: 'list', all: 'flag', 'max-jobs': 'int', output: 'string' });
    require_(options, ['stacks']);
    const estate = detect({ stacks: options.stacks, deployed: options.deployed || [], all: options.all === true, maxJobs: options['max-jobs'] ?? GITHUB_MATRIX_LIMIT });
    fs.writeFileSync(options.output || 'estate.json', `${JSON.stringify(estate, null, 2)}\n`);
    const matrix = estate.shards.map((_, i) => i);
    out(`${estate.tenants.length} tenants: ${estate.changed.length} changed in ${estate.shards.length} shard(s), `
      + `${estate.unchanged.length} unchanged, ${estate.removed.length} removed\n`);
    for (const t of estate.tenants.filter((x) => estate.changed.includes(x.stack))) {
      out(`  ${t.stack}: ${t.reason}\n`);
    }
    for (const r of estate.removed) {
      const text = `${r.stack || r.record}: removed from the tenants file; its resources are not destroyed (docs/estate.md, "Removing a tenant")`;
      out(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${text}\n` : process.env.TF_BUILD ? `##vso[task.logissue type=warning]${text}\n` : `  ${text}\n`);
    }
    if (process.env.GITHUB_OUTPUT) {
      fs.appendFileSync(process.env.GITHUB_OUTPUT, `shards=${JSON.stringify(matrix)}\nchanged=${estate.changed.length}\nremoved=${estate.removed.length}\n`);
    }
    if (process.env.TF_BUILD) {
      // Azure Pipelines: a matrix object for `strategy: matrix: $[ ... ]`, one leg per shard.
      const legs = Object.fromEntries(matrix.map((i) => [`shard_${i}`, { SHARD: String(i) }]));
      out(`##vso[task.setvariable variable=matrix;isOutput=true]${JSON.stringify(legs)}\n`);
      out(`##vso[task.setvariable variable=changed;isOutput=true]${estate.changed.length}\n`);
    }
    return 0;
  }
  if (command === 'run') {
    const options = parseArgs(rest, { estate: 'string', shard: 'int', mode: 'string', results: 'string', parallel: 'int' });
    require_(options, ['estate', 'shard', 'mode', 'results']);
    if (options.parallel !== undefined && !(options.parallel >= 1)) {
      throw new UsageError(`--parallel ${options.parallel} must be a whole number of 1 or more`);
    }
    const failed = await run(options);
    if (failed > 0) {
      out(`${failed} tenant(s) of shard ${options.shard} failed; the others ran to the end\n`);
    }
    return failed > 0 ? 1 : 0;
  }
  if (command === 'record') {
    const options = parseArgs(rest, { estate: 'string', results: 'string', commit: 'string' });
    require_(options, ['estate', 'results']);
    const failed = await record(options);
    return failed > 0 ? 1 : 0;
  }
  if (command === 'summary') {
    const options = parseArgs(rest, { estate: 'string', results: 'string', markdown: 'string' });
    require_(options, ['estate', 'results']);
    const { markdown, failed } = summarize(options);
    if (options.markdown) {
      fs.writeFileSync(options.markdown, `${markdown}\n`);
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
    }
    out(`${markdown}\n`);
    return failed > 0 ? 1 : 0;
  }
  throw new UsageError(command === undefined ? 'a command is required' : `unknown command "${command}"`);
}

module.exports = { detect, hashStack, locations, main, record, run, shard, summarize, GITHUB_MATRIX_LIMIT, RECORD_PREFIX };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (error) => {
    process.stderr.write(`changed-tenants: ${error.message.split('\n').join('\nchanged-tenants: ')}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
