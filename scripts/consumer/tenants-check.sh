#!/usr/bin/env bash
# The ops teams' path from the packed tarball (called by scripts/test-package.sh per flavor): a fresh
# directory with only a tenants file (and the .ps1 files it names), the documented install line, the
# documented command, and Terraform reading every stack it writes (JSON and HCL). Then the command's
# promises (issue 15): one format per run, stacks of removed tenants removed, foreign files untouched,
# a failed run changing nothing, warnings and errors with JSON paths and no TypeScript, Global
# Administrator acknowledgeable in the file, a byte order mark read, syntax errors at line and column,
# objects claimed by two tenants refused.
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

# What an ops team can trust (issue 15): each case runs the installed command on a variant of the file
# and checks its exit code and what it prints. Every variant is written next to tenants.json.
FAILED=0
fail() { echo "FAIL: $*"; FAILED=$((FAILED + 1)); }
# variant NAME JS: writes NAME.json, tenants.json changed by the JavaScript JS (the parsed file is `t`).
variant() {
  node -e 'const fs = require("fs"); const t = JSON.parse(fs.readFileSync("tenants.json", "utf8")); delete t.$schema;
    (0, eval)("(t) => {" + process.argv[2] + "}")(t); fs.writeFileSync(process.argv[1], JSON.stringify(t, null, 2));' "$1.json" "$2"
}
# run_case NAME EXIT ARGS...: runs `exo-tenants synth ARGS`, keeps stdout+stderr in NAME.log, checks the exit code.
run_case() {
  local name=$1 want=$2 code=0
  shift 2
  npx --no -- exo-tenants synth "$@" >"$name.log" 2>&1 || code=$?
  if [[ "$code" != "$want" ]]; then
    fail "$name: exit $code, expected $want"; sed 's/^/    /' "$name.log"
  else
    echo "ok: $name (exit $code)"
  fi
  # No message names TypeScript: the file is the user's language.
  if grep -Eq 'PolicySuppressions|PowerShellRuntime|EntraRole|ScheduleFrequency|CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS|\.add\(' "$name.log"; then
    fail "$name: the output names TypeScript:"; sed 's/^/    /' "$name.log"
  fi
}
# says NAME TEXT: NAME.log contains TEXT (fixed string).
says() {
  grep -qF -- "$2" "$1.log" || { fail "$1: the output does not say: $2"; sed 's/^/    /' "$1.log"; }
}
stacks_in() { (cd "$1/stacks" && find . -type f | sed 's|^\./||' | sort | tr '\n' ' '); }
tree_sum() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum); }

# One format per run, in one folder, as the README sequences them; a removed tenant loses its stack.
run_case json-then-hcl-1 0 tenants.json --output out.switch
run_case json-then-hcl-2 0 tenants.json --hcl --output out.switch
[[ "$(stacks_in out.switch)" == "exo-contoso/cdk.tf exo-contoso/metadata.json exo-fabrikam/cdk.tf exo-fabrikam/metadata.json " ]] \
  || fail "after JSON then --hcl the stacks hold: $(stacks_in out.switch)"
variant one-tenant 't.tenants.splice(0, 1)'
run_case tenant-removed 0 one-tenant.json --hcl --output out.switch
says tenant-removed "note: removed $PWD/out.switch/stacks/exo-contoso: its tenant is no longer in the file"
[[ "$(stacks_in out.switch)" == "exo-fabrikam/cdk.tf exo-fabrikam/metadata.json " ]] || fail "after removing contoso: $(stacks_in out.switch)"
grep -q '"exo-contoso"' out.switch/manifest.json && fail "manifest.json still lists exo-contoso"

# Files it did not write: a foreign Terraform file stops the run and nothing changes; others stay.
echo 'resource "terraform_data" "mine" {}' >out.switch/stacks/exo-fabrikam/mine.tf
before="$(tree_sum out.switch)"
run_case foreign-file 1 one-tenant.json --output out.switch
says foreign-file "out.switch/stacks/exo-fabrikam/mine.tf: (output) was not written by exo-tenants and Terraform would read it together with the stack"
[[ "$(tree_sum out.switch)" == "$before" ]] || fail "foreign-file: the output folder changed"
rm out.switch/stacks/exo-fabrikam/mine.tf

# A failed run leaves the previous output intact.
variant bad-runtime 't.tenants[1].runtime = "7.3"'
before="$(tree_sum cdktf.out)"
run_case failed-run 1 bad-runtime.json
says failed-run 'bad-runtime.json: tenants[1].runtime must be'
[[ "$(tree_sum cdktf.out)" == "$before" ]] || fail "failed-run: cdktf.out changed"

# Warnings, each with the tenant's JSON path and the suppression to add to the file.
variant warnings 't.tenants[0].roles = []; t.tenants[0].runbooks[0].schedule.startTime = "2020-01-01T06:00:00Z";
  t.tenants[1].roles = ["Exchange Administrator", "Security Administrator"]'
run_case warnings 0 warnings.json --output out.warnings
says warnings 'warning: warnings.json: tenants[0].roles [EXO11] roles is empty'
says warnings 'warning: warnings.json: tenants[0].runbooks[0].schedule.startTime [EXO12]'
says warnings 'warning: warnings.json: tenants[1].roles[0] [EXO6]'
says warnings 'warning: warnings.json: tenants[1].roles[1] [EXO8]'
says warnings 'To accept it, add { "ruleId": "EXO12", "reason": "<why, 10 characters or more>" } to tenants[0].suppressions.'
variant suppressed 't.tenants[0].runbooks[0].schedule.startTime = "2020-01-01T06:00:00Z";
  t.tenants[0].suppressions = [{ ruleId: "EXO12", reason: "the schedule exists; its start time is kept" }]'
run_case suppressed 0 suppressed.json --output out.suppressed
grep -q 'warning:' suppressed.log && fail "suppressed: a suppressed finding still warns"

# Global Administrator: refused with the field to set, which the file accepts.
variant global-admin 't.tenants[0].roles = ["Global Administrator"]'
run_case global-admin 1 global-admin.json --output out.ga
says global-admin 'global-admin.json: tenants[0].roles[0] "Global Administrator" is refused by default'
says global-admin 'set acknowledgeGlobalAdministratorGrantsFullTenantControl: true on tenants[0]'
variant global-admin-acknowledged 't.tenants[0].roles = ["Global Administrator"]; t.tenants[0].acknowledgeGlobalAdministratorGrantsFullTenantControl = true'
run_case global-admin-acknowledged 0 global-admin-acknowledged.json --output out.ga
says global-admin-acknowledged 'warning: global-admin-acknowledged.json: tenants[0].roles[0] [EXO6]'

# Runtimes are named as the file writes them.
variant module-version 't.tenants[1].exchangeModuleVersion = "3.0.0"'
run_case module-version 1 module-version.json --output out.mv
says module-version 'module-version.json: tenants[1].exchangeModuleVersion "3.0.0" does not load on PowerShell 7.4'
says module-version 'or runtime "7.2" or "5.1" with this version'

# Windows PowerShell's UTF-8 (with a byte order mark) is read; a syntax error names its line and column.
printf '\xef\xbb\xbf' >bom.json && cat tenants.json >>bom.json
run_case bom 0 bom.json --output out.bom
printf '{\n  "state": {\n    "resourceGroupName": "rg"\n    "storageAccountName": "st"\n  }\n}\n' >syntax.json
run_case syntax 1 syntax.json --output out.syntax
says syntax 'syntax.json: (file) must be JSON: line 4, column 5: expected "," or "}"'

# One resource group and Automation account claimed by two tenants: refused, naming both JSON paths.
variant claimed-twice 'Object.assign(t.tenants[1], { subscriptionId: t.tenants[0].subscriptionId,
  resourceGroupName: t.tenants[0].resourceGroupName, automationAccountName: t.tenants[0].automationAccountName })'
run_case claimed-twice 1 claimed-twice.json --output out.claimed
says claimed-twice 'claimed-twice.json: tenants[1].resourceGroupName "rg-exo-contoso" in subscription 22222222-2222-2222-2222-222222222222 is also tenants[0].resourceGroupName, and tenants[1].automationAccountName "aa-exo-contoso" is the same Automation account in it'

[[ "$FAILED" == 0 ]] || { echo "FAIL: $FAILED exo-tenants case(s) failed"; exit 1; }
node "$REPO_ROOT/scripts/consumer/check-terraform.js" cdktf.out cdktf.out.hcl out.switch out.warnings out.ga
