/**
 * The test suite against the CDK Terrain flavor: the same tests and snapshots, with `cdktf` and the
 * azurerm bindings resolved to their cdktn counterparts (names from scripts/flavors/flavors.json).
 * `npm test` runs it after the cdktf run.
 */
const base = require('./jest.config');
const { cdktn } = require('./scripts/flavors/flavors.json');

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const moduleNameMapper = {};
for (const [from, to] of Object.entries(cdktn.modules)) {
  if (from !== to) {
    moduleNameMapper[`^${escape(from)}$`] = to;
    moduleNameMapper[`^${escape(from)}/(.*)$`] = `${to}/$1`;
  }
}

// ci: the second run never writes a snapshot, so a snapshot written by the cdktf run that this flavor's
// output does not match fails: the shared snapshots are the flavor-equality test.
module.exports = { ...base, moduleNameMapper, displayName: 'cdktn', ci: true };
