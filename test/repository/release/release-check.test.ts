// The rules of `npm run release:check` that need no build: version, tag and CHANGELOG agree; what counts as
// a major bump; allow files need a reason; the baseline is the package's own. The steps that build and
// pack are run by `npm run release:check` itself (CI runs it; the report of issue 18 shows it failing on a
// deliberate break).
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { sectionOf } from '../../../scripts/release/changelog';
import { checkVersion, isMajorBump, readAllowFile } from '../../../scripts/release/check';

const ROOT = join(__dirname, '..', '..', '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

let dir: string;
let log: jest.SpyInstance;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-check-'));
  log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  log.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

function changelog(body: string): string {
  const file = join(dir, 'CHANGELOG.md');
  writeFileSync(file, `# Changelog\n\nIntro.\n\n${body}`);
  return file;
}

describe('version, tag and CHANGELOG.md', () => {
  const pkg = { name: 'cdktf-exo-managed-identity', version: '1.2.0' };

  test('the repository today: its version has a section, and without a tag "unreleased" passes', () => {
    expect(sectionOf(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), PKG.version)).toBeDefined();
    expect(checkVersion({ pkg: PKG, out: dir })).toEqual([]);
  });

  test('a tag fails while the section is unreleased, and says what to change', () => {
    const file = changelog('## 1.2.0 (unreleased)\n\n- New.\n\n## 1.1.0 (2026-12-01)\n\n- Older.\n');
    expect(checkVersion({ pkg, out: dir, changelogFile: file })).toEqual([]);
    expect(checkVersion({ pkg, out: dir, tag: 'v1.2.0', changelogFile: file })).toEqual([
      'CHANGELOG.md: section "## 1.2.0 (unreleased)" (line 5) is still unreleased: change it to "## 1.2.0 (YYYY-MM-DD)", the release date, before tagging v1.2.0',
    ]);
  });

  test('a dated section and the matching tag pass, and the notes are written for the GitHub release', () => {
    const file = changelog('## 1.2.0 (2027-01-15)\n\n### Added\n\n- A thing.\n\n## 1.1.0 (2026-12-01)\n\n- Older.\n');
    expect(checkVersion({ pkg, out: dir, tag: 'v1.2.0', changelogFile: file })).toEqual([]);
    expect(readFileSync(join(dir, 'release-notes.md'), 'utf8')).toBe('### Added\n\n- A thing.\n');
  });

  test('a tag that is not v<version> fails', () => {
    const file = changelog('## 1.2.0 (2027-01-15)\n\n- A thing.\n');
    expect(checkVersion({ pkg, out: dir, tag: '1.2.0', changelogFile: file }))
      .toEqual(['tag "1.2.0" does not match package.json version 1.2.0: the tag must be "v1.2.0" (or bump the version)']);
    expect(checkVersion({ pkg, out: dir, tag: 'v1.3.0', changelogFile: file })[0]).toMatch(/^tag "v1\.3\.0" does not match/);
  });

  test('a missing section, an older version on top, an empty section or a bare heading fail', () => {
    expect(checkVersion({ pkg, out: dir, changelogFile: changelog('## 1.1.0 (2026-12-01)\n\n- Older.\n') }))
      .toEqual(['CHANGELOG.md has no section "## 1.2.0 (...)"']);
    expect(checkVersion({ pkg, out: dir, changelogFile: changelog('## 1.1.0 (2026-12-01)\n\n- Older.\n\n## 1.2.0 (unreleased)\n\n- New.\n') }))
      .toEqual(['CHANGELOG.md: the newest section is "## 1.1.0 (2026-12-01)", but package.json\'s version is 1.2.0']);
    expect(checkVersion({ pkg, out: dir, changelogFile: changelog('## 1.2.0 (unreleased)\n\n## 1.1.0 (2026-12-01)\n\n- Older.\n') }))
      .toEqual([expect.stringMatching(/section "## 1\.2\.0 \(unreleased\)" \(line 5\) has no notes/)]);
    expect(checkVersion({ pkg, out: dir, changelogFile: changelog('## 1.2.0\n\n- New.\n') }))
      .toEqual([expect.stringMatching(/needs "\(unreleased\)" or the release date "\(YYYY-MM-DD\)"/)]);
  });
});

describe('major bump: the version leaves the caret range of the baseline', () => {
  test.each([
    ['0.1.0', '0.1.0', false], ['0.1.0', '0.1.7', false], ['0.1.0', '0.2.0', true], ['0.1.3', '1.0.0', true],
    ['1.2.0', '1.3.0', false], ['1.2.0', '1.2.9', false], ['1.2.0', '2.0.0', true], ['0.0.3', '0.0.4', true],
  ])('%s -> %s: %s', (baseline, version, major) => {
    expect(isMajorBump(baseline, version)).toBe(major);
  });
});

describe('allow files', () => {
  test('a key under a "# reason" line of 10+ characters is accepted', () => {
    const file = join(dir, 'allowed.txt');
    writeFileSync(file, '#! header\n#!\n\n# the flag is required now: see the 0.2.0 notes\nstrengthened:pkg.Props\n');
    expect(readAllowFile(file)).toEqual({ keys: new Set(['strengthened:pkg.Props']), problems: [] });
  });

  test('a key without a reason, or under the header only, is a problem that names the line', () => {
    const file = join(dir, 'allowed.txt');
    writeFileSync(file, '#! header\nremoved:pkg.A\n\n# short\nremoved:pkg.B\n');
    expect(readAllowFile(file).problems).toEqual([
      expect.stringMatching(/allowed\.txt:2: "removed:pkg\.A" needs a "# reason" line \(10\+ characters\) directly above it$/),
      expect.stringMatching(/allowed\.txt:5: "removed:pkg\.B" needs a "# reason" line/),
    ]);
  });

  test('the repository\'s allow files parse without problems', () => {
    for (const file of ['allowed-breaking-changes.txt', 'allowed-address-changes.txt']) {
      expect(readAllowFile(join(ROOT, 'api-baseline', file)).problems).toEqual([]);
    }
  });
});

test('no tracked file but the build output is named .jsii: jsii-docgen documents every .jsii it finds below the repo, and a second copy of this package (the baseline) would stand in for the code in API.md', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
  expect(tracked.filter((file) => file === '.jsii' || file.endsWith('/.jsii'))).toEqual([]);
});

test('api-baseline/ holds this package\'s assembly and every example of the pinned address list', () => {
  const baseline = JSON.parse(readFileSync(join(ROOT, 'api-baseline', 'package.json'), 'utf8'));
  const assembly = JSON.parse(readFileSync(join(ROOT, 'api-baseline', 'assembly.jsii'), 'utf8'));
  expect([baseline.name, assembly.name, assembly.version]).toEqual([PKG.name, PKG.name, baseline.version]);
  expect(baseline.jsii).toBeDefined();
  const released = JSON.parse(readFileSync(join(ROOT, 'api-baseline', 'example-addresses.json'), 'utf8'));
  const pinned = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'example-addresses.json'), 'utf8'));
  expect(Object.keys(released).sort()).toEqual(Object.keys(pinned).sort());
});
