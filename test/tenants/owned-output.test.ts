// The output folder `exo-tenants synth` owns (lib/tenants/owned-output.ts): the record of what it wrote,
// the check of a folder before anything is written, and the move of the staged stacks into place; first
// through the command, then each function on its own.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { filesUnder, runTenantsCommand, writeTenantsFile } from '../support/tenants-file';
import {
  checkOutputFolder, HCL, JSON_FORMAT, moveIntoPlace, OWNED_FILES_RECORD, readOwnedFiles,
} from '../../lib/tenants/owned-output';

const temp = (prefix = 'exo-tenants-synth-') => mkdtempSync(join(tmpdir(), prefix));

/** Writes `files` (relative path -> content) under `dir`, making the folders. */
function write(dir: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(join(dir, relative, '..'), { recursive: true });
    writeFileSync(join(dir, relative), content);
  }
}

describe('exo-tenants synth owns its output', () => {
  test('JSON, then --hcl, then JSON again: each run leaves exactly one format, and its record lists it', () => {
    const dir = temp();
    const file = writeTenantsFile(dir);
    const out = join(dir, 'cdktf.out');
    const stacks = (files: Record<string, string>) => Object.keys(files).filter((name) => name.startsWith('stacks/')).sort();
    expect(runTenantsCommand(['synth', file, '--output', out]).code).toBe(0);
    expect(stacks(filesUnder(out))).toEqual(['stacks/exo-contoso/cdk.tf.json', 'stacks/exo-fabrikam/cdk.tf.json']);
    expect(runTenantsCommand(['synth', file, '--hcl', '--output', out]).code).toBe(0);
    expect(stacks(filesUnder(out))).toEqual(['stacks/exo-contoso/cdk.tf', 'stacks/exo-contoso/metadata.json', 'stacks/exo-fabrikam/cdk.tf', 'stacks/exo-fabrikam/metadata.json']);
    expect(JSON.parse(readFileSync(join(out, OWNED_FILES_RECORD), 'utf8')).files).toEqual(['manifest.json', ...stacks(filesUnder(out))]);
    expect(runTenantsCommand(['synth', file, '--output', out]).code).toBe(0);
    expect(stacks(filesUnder(out))).toEqual(['stacks/exo-contoso/cdk.tf.json', 'stacks/exo-fabrikam/cdk.tf.json']);
    expect(readdirSync(dir).sort()).toEqual(['cdktf.out', 'tenants.json']);
  });

  test('a tenant removed from the file loses its stack; what Terraform or people put there stays, with a note', () => {
    const dir = temp();
    const out = join(dir, 'cdktf.out');
    expect(runTenantsCommand(['synth', writeTenantsFile(dir), '--output', out]).code).toBe(0);
    mkdirSync(join(out, 'stacks', 'exo-fabrikam', '.terraform'));
    writeFileSync(join(out, 'stacks', 'exo-fabrikam', '.terraform.lock.hcl'), '# lock');
    writeFileSync(join(out, 'README.txt'), 'ours');
    const { code, err } = runTenantsCommand(['synth', writeTenantsFile(dir, (c) => c.tenants.splice(0, 1)), '--output', out]);
    expect(code).toBe(0);
    expect(existsSync(join(out, 'stacks', 'exo-contoso'))).toBe(false);
    expect(err).toContain(`exo-tenants: note: removed ${join(out, 'stacks', 'exo-contoso')}: its tenant is no longer in the file`);
    expect(Object.keys(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).stacks)).toEqual(['exo-fabrikam']);
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toBe('ours');

    // Removing the other tenant keeps Terraform's files in its folder, and says so.
    const next = runTenantsCommand(['synth', writeTenantsFile(dir, (c) => c.tenants.splice(1, 1)), '--output', out]);
    expect(next.code).toBe(0);
    expect(readdirSync(join(out, 'stacks', 'exo-fabrikam')).sort()).toEqual(['.terraform', '.terraform.lock.hcl']);
    expect(next.err).toContain(`removed the stack files from ${join(out, 'stacks', 'exo-fabrikam')} (its tenant is no longer in the file); left .terraform, .terraform.lock.hcl, which exo-tenants did not write`);
  });

  test('a foreign Terraform file in a stack folder, or a manifest.json it did not write, stops the run and changes nothing', () => {
    const dir = temp();
    const out = join(dir, 'cdktf.out');
    const file = writeTenantsFile(dir);
    expect(runTenantsCommand(['synth', file, '--output', out]).code).toBe(0);
    writeFileSync(join(out, 'stacks', 'exo-contoso', 'extra.tf'), 'resource "x" "y" {}');
    writeFileSync(join(out, 'stacks', 'exo-contoso', 'notes.txt'), 'mine');
    const before = filesUnder(out, true);
    const { code, err } = runTenantsCommand(['synth', file, '--hcl', '--output', out]);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `exo-tenants: ${join(out, 'stacks', 'exo-contoso', 'extra.tf')}: (output) was not written by exo-tenants and Terraform would read it together with the stack; move it out of the stack folder`,
      'exo-tenants: nothing was written',
    ]);
    expect(filesUnder(out, true)).toEqual(before);

    // Without the Terraform file, the run goes on and leaves the other one, with a note.
    unlinkSync(join(out, 'stacks', 'exo-contoso', 'extra.tf'));
    const next = runTenantsCommand(['synth', file, '--output', out]);
    expect(next.code).toBe(0);
    expect(next.err).toBe(`exo-tenants: note: ${join(out, 'stacks', 'exo-contoso', 'notes.txt')} was not written by exo-tenants; left in place`);
    expect(readFileSync(join(out, 'stacks', 'exo-contoso', 'notes.txt'), 'utf8')).toBe('mine');

    // A folder some other tool wrote (no record): refused before anything is replaced.
    const other = join(dir, 'other.out');
    mkdirSync(join(other, 'stacks', 'exo-contoso'), { recursive: true });
    writeFileSync(join(other, 'manifest.json'), '{}');
    writeFileSync(join(other, 'stacks', 'exo-contoso', 'cdk.tf.json'), '{}');
    const refused = runTenantsCommand(['synth', file, '--output', other]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${join(other, 'manifest.json')}: (output) was not written by exo-tenants and would be replaced`);
    expect(refused.err).toContain(`${join(other, 'stacks', 'exo-contoso', 'cdk.tf.json')}: (output) was not written by exo-tenants and would be replaced`);
    expect(filesUnder(other, true)).toEqual({ 'manifest.json': '{}', 'stacks/exo-contoso/cdk.tf.json': '{}' });
  });

  test('--output the folder of the tenants file: the file and its scripts stay, nothing is written outside', () => {
    const parent = temp();
    const dir = join(parent, 'ops');
    mkdirSync(dir);
    const file = writeTenantsFile(dir);
    writeFileSync(join(dir, 'notes.md'), 'ours');
    expect(runTenantsCommand(['synth', file, '--output', dir]).code).toBe(0);
    expect(readdirSync(parent)).toEqual(['ops']);
    expect(readdirSync(dir).sort()).toEqual([OWNED_FILES_RECORD, 'manifest.json', 'notes.md', 'stacks', 'tenants.json']);
    expect(runTenantsCommand(['synth', writeTenantsFile(dir, (c) => c.tenants.splice(0, 1)), '--hcl', '--output', dir]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([OWNED_FILES_RECORD, 'manifest.json', 'notes.md', 'stacks', 'tenants.json']);
    expect(readdirSync(join(dir, 'stacks'))).toEqual(['exo-fabrikam']);
  });
});

describe('readOwnedFiles', () => {
  test('a folder without a record owns nothing; a record gives its files', () => {
    const dir = temp('exo-owned-');
    expect(readOwnedFiles(dir)).toEqual(new Set());
    expect(readOwnedFiles(join(dir, 'missing'))).toEqual(new Set());
    write(dir, { [OWNED_FILES_RECORD]: JSON.stringify({ files: ['manifest.json', 'stacks/exo-a/cdk.tf.json'] }) });
    expect(readOwnedFiles(dir)).toEqual(new Set(['manifest.json', 'stacks/exo-a/cdk.tf.json']));
  });

  test('a record that is not JSON is refused, naming it and saying not to delete it alone', () => {
    const dir = temp('exo-owned-');
    write(dir, { [OWNED_FILES_RECORD]: '{ "files": [' });
    const record = join(dir, OWNED_FILES_RECORD);
    expect(() => readOwnedFiles(dir)).toThrow(`${record}: (output) must be the record exo-tenants writes: `);
    expect(() => readOwnedFiles(dir)).toThrow(/; delete it only with the files it listed$/);
  });

  test.each([
    ['no files list', {}],
    ['files not a list', { files: 'manifest.json' }],
    ['a file that is not a string', { files: [42] }],
    ['a path that leaves the folder', { files: ['stacks/../../etc/passwd'] }],
    ['an absolute path', { files: ['/etc/passwd'] }],
  ])('a record with %s is refused before anything is removed', (_what, record) => {
    const dir = temp('exo-owned-');
    write(dir, { [OWNED_FILES_RECORD]: JSON.stringify(record) });
    expect(() => readOwnedFiles(dir))
      .toThrow(`${join(dir, OWNED_FILES_RECORD)}: (output) must be the record exo-tenants writes (a "files" list of relative paths)`);
  });
});

describe('checkOutputFolder', () => {
  test('a folder that does not exist yet, or holds only what the command wrote, passes without a note', () => {
    const dir = temp('exo-owned-');
    const notes: string[] = [];
    checkOutputFolder(join(dir, 'out'), new Set(), ['stacks/exo-a'], JSON_FORMAT, notes);
    write(dir, { 'manifest.json': '{}', 'stacks/exo-a/cdk.tf.json': '{}' });
    checkOutputFolder(dir, new Set(['manifest.json', 'stacks/exo-a/cdk.tf.json']), ['stacks/exo-a'], JSON_FORMAT, notes);
    expect(notes).toEqual([]);
  });

  test('an output that is a file is refused', () => {
    const file = join(temp('exo-owned-'), 'out');
    writeFileSync(file, 'x');
    expect(() => checkOutputFolder(file, new Set(), [], JSON_FORMAT, []))
      .toThrow(`${file}: (output) must be a folder (it is a file); choose another --output`);
  });

  test('a foreign file the format writes is refused in HCL (metadata.json) and only noted in JSON', () => {
    const dir = temp('exo-owned-');
    write(dir, { 'stacks/exo-a/metadata.json': '{}' });
    expect(() => checkOutputFolder(dir, new Set(), ['stacks/exo-a'], HCL, [])).toThrow(
      `${join(dir, 'stacks', 'exo-a', 'metadata.json')}: (output) was not written by exo-tenants and would be replaced; move it away, or choose another --output\nnothing was written`);
    const notes: string[] = [];
    checkOutputFolder(dir, new Set(), ['stacks/exo-a'], JSON_FORMAT, notes);
    expect(notes).toEqual([`${join(dir, 'stacks', 'exo-a', 'metadata.json')} was not written by exo-tenants; left in place`]);
  });

  test('every problem is listed; Terraform\'s working files pass without a note; stack folders not wanted are not read', () => {
    const dir = temp('exo-owned-');
    write(dir, {
      'manifest.json': '{}',
      'stacks/exo-a/cdk.tf.json': '{}',
      'stacks/exo-a/extra.tf.json': '{}',
      'stacks/exo-a/tfplan': 'plan',
      'stacks/exo-a/.terraform.lock.hcl': '# lock',
      'stacks/exo-a/.terraform/x': 'x',
      'stacks/exo-b/cdk.tf.json': '{}',
    });
    const notes: string[] = [];
    expect(() => checkOutputFolder(dir, new Set(), ['stacks/exo-a'], JSON_FORMAT, notes)).toThrow([
      `${join(dir, 'manifest.json')}: (output) was not written by exo-tenants and would be replaced; move it away, or choose another --output (the command records what it writes in ${OWNED_FILES_RECORD})`,
      `${join(dir, 'stacks', 'exo-a', 'cdk.tf.json')}: (output) was not written by exo-tenants and would be replaced; move it away, or choose another --output`,
      `${join(dir, 'stacks', 'exo-a', 'extra.tf.json')}: (output) was not written by exo-tenants and Terraform would read it together with the stack; move it out of the stack folder`,
      'nothing was written',
    ].join('\n'));
    expect(notes).toEqual([]);
  });
});

describe('moveIntoPlace', () => {
  test('moves the staged stacks in, removes what the command wrote before and no longer writes, and records what it owns', () => {
    const dir = temp('exo-owned-');
    const staging = join(dir, 'staging');
    const out = join(dir, 'out');
    write(staging, { 'manifest.json': 'new manifest', 'stacks/exo-a/cdk.tf': 'a', 'stacks/exo-a/metadata.json': 'a-meta' });
    write(out, {
      'manifest.json': 'old manifest',
      'stacks/exo-a/cdk.tf.json': 'old a',
      'stacks/exo-gone/cdk.tf.json': 'old gone',
      'stacks/exo-kept/cdk.tf.json': 'old kept',
      'stacks/exo-kept/.terraform.lock.hcl': '# lock',
    });
    const owned = new Set(['manifest.json', 'stacks/exo-a/cdk.tf.json', 'stacks/exo-gone/cdk.tf.json', 'stacks/exo-kept/cdk.tf.json']);
    const notes: string[] = [];
    moveIntoPlace(staging, out, owned, ['stacks/exo-a'], HCL, notes);
    expect(filesUnder(out)).toEqual({
      'manifest.json': 'new manifest',
      'stacks/exo-a/cdk.tf': 'a',
      'stacks/exo-a/metadata.json': 'a-meta',
      'stacks/exo-kept/.terraform.lock.hcl': '# lock',
    });
    expect(JSON.parse(readFileSync(join(out, OWNED_FILES_RECORD), 'utf8')).files)
      .toEqual(['manifest.json', 'stacks/exo-a/cdk.tf', 'stacks/exo-a/metadata.json']);
    expect(notes).toEqual([
      `removed ${join(out, 'stacks', 'exo-gone')}: its tenant is no longer in the file`,
      `removed the stack files from ${join(out, 'stacks', 'exo-kept')} (its tenant is no longer in the file); left .terraform.lock.hcl, which exo-tenants did not write`,
    ]);
    expect(filesUnder(staging)).toEqual({});
  });
});
