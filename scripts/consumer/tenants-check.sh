#!/usr/bin/env bash
# The ops teams' path from the packed tarball (called by scripts/test-package.sh per flavor): a fresh
# directory with only a tenants file (and the .ps1 files it names), the documented install line, the
# documented command, and Terraform reading every stack it writes (JSON and HCL).
# Usage: tenants-check.sh <flavor> <tarball> <work dir>
set -euo pipefail
FLAVOR=$1 TARBALL=$2 DIR=$3
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
value() {
  node -e 'const v = require(process.argv[1])[process.argv[2]]; const x = process.argv[3].split(".").reduce((o, k) => o?.[k], v);
    process.stdout.write(Array.isArray(x) ? x.join(" ") : (x ?? "") + "")' "$REPO_ROOT/scripts/flavors/flavors.json" "$FLAVOR" "$1"
}
PACKAGE="$(value package)"
read -r -a FLAGS <<<"$(value consumer.installFlags)"
read -r -a DEPENDENCIES <<<"$(value consumer.opsDependencies)"

mkdir -p "$DIR"
cd "$DIR"
echo '{ "private": true }' >package.json
cp -R "$REPO_ROOT/examples/tenants/scripts" .
# The file an ops team keeps: the example's, with $schema pointing into the installed package.
node -e 'const fs = require("fs"); const t = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  t.$schema = `./node_modules/${process.argv[2]}/schema/tenants.schema.json`; fs.writeFileSync("tenants.json", JSON.stringify(t, null, 2));' \
  "$REPO_ROOT/examples/tenants/tenants.json" "$PACKAGE"
ls -1 | sed 's/^/  /'

echo "install line: npm install ${FLAGS[*]} $PACKAGE ${DEPENDENCIES[*]}"
npm install --prefer-offline --no-audit --no-fund "${FLAGS[@]}" "$TARBALL" "${DEPENDENCIES[@]}" >/dev/null
[[ -f "node_modules/$PACKAGE/schema/tenants.schema.json" ]] || { echo "FAIL: the package ships no schema/tenants.schema.json"; exit 1; }
# Tools that resolve the schema by package name (editors, ajv in a consumer's own tests) go through
# package.json "exports"; a file that ships but is not exported is ERR_PACKAGE_PATH_NOT_EXPORTED.
node -e 'require.resolve(process.argv[1] + "/schema/tenants.schema.json")' "$PACKAGE" \
  || { echo "FAIL: $PACKAGE/schema/tenants.schema.json does not resolve by package name (package.json exports)"; exit 1; }

echo "\$ npx exo-tenants synth tenants.json"
npx --no -- exo-tenants synth tenants.json
echo "\$ npx exo-tenants synth tenants.json --hcl --output cdktf.out.hcl"
npx --no -- exo-tenants synth tenants.json --hcl --output cdktf.out.hcl
for stack in exo-contoso exo-fabrikam; do
  [[ -f "cdktf.out/stacks/$stack/cdk.tf.json" && -f "cdktf.out.hcl/stacks/$stack/cdk.tf" ]] \
    || { echo "FAIL: $stack was not written as JSON and HCL"; exit 1; }
done
node "$REPO_ROOT/scripts/consumer/check-terraform.js" cdktf.out cdktf.out.hcl
