#!/usr/bin/env bash
# Package test (`npm run test:package`): builds the library, packs it, checks the tarball's file list,
# installs the tarball into a fresh project outside the repo, type-checks a strict consumer app that
# imports only 'cdktf-exo-managed-identity', runs `cdktf synth` and `cdktf synth --hcl` there, and
# asserts on the output. Runs on a fresh clone after `npm ci` (repo node_modules present, dist/ absent).
#
# The consumer project is assembled from scripts/consumer/ (main.ts.template -> main.ts, tsconfig.json,
# cdktf.json, package.json, runbooks/); scripts/consumer/check-*.js hold the assertions.
# Installs use --prefer-offline, so the npm cache warmed by `npm ci` serves every package.
# The tarball must hold exactly: package.json, README.md, LICENSE, CHANGELOG.md, API.md, .jsii (when
# package.json has a "jsii" section), and one .js and one .d.ts under dist/lib for every lib/**/*.ts
# (see scripts/consumer/check-tarball.js).
#
# Environment: KEEP_TMP=1 keeps the temp dir for inspection.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
CONSUMER_DIR="$REPO_ROOT/scripts/consumer"

# What the consumer installs next to the tarball: the peer dependencies at the versions the repo
# develops against, and the tools a cdktf TypeScript project uses.
PEER_DEPENDENCIES=(cdktf@0.21.0 constructs@10.4.2 @cdktf/provider-azurerm@14.23.1 @cdktf/provider-azuread@14.3.1)
TOOLS=(cdktf-cli@0.21.0 typescript@~5.9.3 ts-node@^10.9.2)

export CHECKPOINT_DISABLE=1 # no cdktf/terraform version check against HashiCorp's servers
export CI=true              # cdktf-cli: plain, non-interactive output
# `npm run` exports the repo's npm_config_local_prefix / npm_package_* to this script; nested npm
# commands in the consumer project must not see them.
unset npm_config_local_prefix npm_package_json

START=$SECONDS
FAILURES=0
WORK=""

say() { printf '%s\n' "$*"; }
pass() { say "PASS: $*"; }
fail_soft() { say "FAIL: $*"; FAILURES=$((FAILURES + 1)); }
die() { say "FAIL: $*"; exit 1; }

cleanup() {
  local rc=$?
  if [[ -n "$WORK" && -d "$WORK" ]]; then
    if [[ "${KEEP_TMP:-}" == 1 ]]; then
      say "kept temp dir $WORK"
    else
      rm -rf "$WORK"
    fi
  fi
  say "package test took $((SECONDS - START))s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# step DESCRIPTION COMMAND...: runs COMMAND, prints PASS/FAIL with its duration, stops on failure.
step() {
  local description=$1 started=$SECONDS rc=0
  shift
  say ""
  say "==> $description"
  "$@" || rc=$?
  if [[ $rc -ne 0 ]]; then
    die "$description (exit $rc)"
  fi
  pass "$description ($((SECONDS - started))s)"
}

in_dir() { local dir=$1; shift; (cd "$dir" && "$@"); }

say "node $(node --version), npm $(npm --version 2>/dev/null), repo $REPO_ROOT"
[[ -d "$REPO_ROOT/node_modules" ]] || die "repo dependencies are missing: run 'npm ci' first"
for template in main.ts.template tsconfig.json cdktf.json package.json runbooks check-tarball.js check-synth.js; do
  [[ -e "$CONSUMER_DIR/$template" ]] || die "missing consumer template scripts/consumer/$template"
done

WORK_LOGICAL="$(mktemp -d "${TMPDIR:-/tmp}/cdktf-exo-package-test.XXXXXX")"
WORK="$(cd "$WORK_LOGICAL" && pwd -P)"
case "$WORK/" in
  "$REPO_ROOT"/*) die "temp dir $WORK is inside the repo; set TMPDIR to a directory outside it" ;;
esac
say "temp dir $WORK"

# 1. Build and pack. Clean build output keeps files of deleted sources out of the tarball.
rm -rf "$REPO_ROOT/dist" "$REPO_ROOT/.jsii"
step "build the library (npm run build)" in_dir "$REPO_ROOT" npm run build
mkdir -p "$WORK/pack"
step "pack the library (npm pack)" in_dir "$REPO_ROOT" npm pack --pack-destination "$WORK/pack"
shopt -s nullglob
tarballs=("$WORK"/pack/*.tgz)
shopt -u nullglob
[[ ${#tarballs[@]} -eq 1 ]] || die "expected one tarball in $WORK/pack, found ${#tarballs[@]}"
TARBALL="${tarballs[0]}"
say "tarball $(basename "$TARBALL") ($(wc -c <"$TARBALL" | tr -d ' ') bytes)"

# 2. The tarball's file list. A wrong list does not stop the consumer test; it fails the run at the end.
mkdir -p "$WORK/unpacked"
tar -xzf "$TARBALL" -C "$WORK/unpacked"
say ""
say "==> check the tarball's file list"
node "$CONSUMER_DIR/check-tarball.js" "$REPO_ROOT" "$WORK/unpacked" || FAILURES=$((FAILURES + 1))

# 3. A fresh consumer project outside the repo.
APP="$WORK/app"
mkdir -p "$APP"
cp "$CONSUMER_DIR/main.ts.template" "$APP/main.ts"
cp "$CONSUMER_DIR/tsconfig.json" "$CONSUMER_DIR/cdktf.json" "$CONSUMER_DIR/package.json" "$APP/"
cp -R "$CONSUMER_DIR/runbooks" "$APP/"
if grep -nE "from '(\.|/)|from 'cdktf-exo-managed-identity/" "$APP/main.ts"; then
  die "main.ts must import the library by its package name only ('cdktf-exo-managed-identity')"
fi

step "install the tarball, its peer dependencies and the cdktf tools in $APP" \
  in_dir "$APP" npm install --prefer-offline --no-audit --no-fund "$TARBALL" "${PEER_DEPENDENCIES[@]}" "${TOOLS[@]}"

resolved="$(in_dir "$APP" node -p "require.resolve('cdktf-exo-managed-identity')")"
case "$resolved" in
  "$APP/node_modules/cdktf-exo-managed-identity/"*) pass "consumer resolves the package from its own node_modules ($resolved)" ;;
  *) die "consumer resolves 'cdktf-exo-managed-identity' to $resolved, not to $APP/node_modules" ;;
esac
if [[ ! -e "$APP/node_modules/@cdktf/node-pty-prebuilt-multiarch/build" ]]; then
  say "NOTE: @cdktf/node-pty-prebuilt-multiarch install scripts were not run (not approved); synth below runs without them"
fi

# 4. Strict type check, then both synths.
step "type-check the consumer app (tsc $(in_dir "$APP" npx --no -- tsc --version | sed 's/^Version //') --noEmit, strict)" \
  in_dir "$APP" npx --no -- tsc --noEmit -p tsconfig.json
step "cdktf synth (JSON) in the consumer project" in_dir "$APP" npx --no -- cdktf synth
step "cdktf synth --hcl in the consumer project" in_dir "$APP" npx --no -- cdktf synth --hcl --output cdktf.out.hcl

# 5. Assertions on the synthesized output.
say ""
say "==> check the synthesized Terraform"
node "$CONSUMER_DIR/check-synth.js" "$APP/cdktf.out" "$APP/cdktf.out.hcl" \
  "$WORK" "$WORK_LOGICAL" "$REPO_ROOT" "$(cd "$REPO_ROOT" && pwd -L)" || FAILURES=$((FAILURES + 1))

say ""
if [[ $FAILURES -gt 0 ]]; then
  die "package test: $FAILURES check group(s) failed (see FAIL lines above)"
fi
pass "package test: build, pack, file list, strict consumer type check, cdktf synth (JSON and HCL)"
