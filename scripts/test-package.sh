#!/usr/bin/env bash
# Package test (`npm run test:package [-- <flavor>...]`), for each toolchain flavor (default: cdktf and
# cdktn, names in scripts/flavors/flavors.json): builds the package (cdktf: jsii; cdktn:
# scripts/flavors/build.js from the same lib/), packs it, checks the tarball's file list, installs the
# tarball into a fresh project of its own toolchain outside the repo (cdktf-cli 0.21 on this machine's
# Node; cdktn-cli 0.24 on Node 22 installed from the npm registry, with exactly the install line the
# README documents), type-checks a strict consumer app that imports only the package name, runs
# `<cli> synth` and `<cli> synth --hcl`, asserts on the output, and has Terraform read both (terraform
# validate; fmt -check for HCL). For cdktf it also builds the README's Quick start project verbatim from
# the README's blocks, synthesizes it and has Terraform validate it. Runs on a fresh clone after `npm ci`
# (repo node_modules present).
#
# The consumer project is assembled from scripts/consumer/ (main.ts.template -> main.ts through
# render-template.js, tsconfig.json, cdktf.json, package.json, runbooks/); check-*.js hold the assertions.
# Installs use --prefer-offline, so the npm cache warmed by `npm ci` serves every package.
# The tarball must hold exactly: package.json, README.md, LICENSE, CHANGELOG.md, API.md, .jsii (when
# package.json has a "jsii" section), and one .js and one .d.ts under dist/lib for every lib/**/*.ts
# (see scripts/consumer/check-tarball.js).
#
# Environment: KEEP_TMP=1 keeps the temp dir for inspection.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
CONSUMER_DIR="$REPO_ROOT/scripts/consumer"

FLAVORS=("$@")
[[ ${#FLAVORS[@]} -gt 0 ]] || FLAVORS=(cdktf cdktn)

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
for template in main.ts.template render-template.js tsconfig.json cdktf.json package.json runbooks check-tarball.js check-synth.js check-terraform.js; do
  [[ -e "$CONSUMER_DIR/$template" ]] || die "missing consumer template scripts/consumer/$template"
done

WORK_LOGICAL="$(mktemp -d "${TMPDIR:-/tmp}/cdktf-exo-package-test.XXXXXX")"
WORK="$(cd "$WORK_LOGICAL" && pwd -P)"
case "$WORK/" in
  "$REPO_ROOT"/*) die "temp dir $WORK is inside the repo; set TMPDIR to a directory outside it" ;;
esac
say "temp dir $WORK"

# flavor_value FLAVOR EXPRESSION: a value of flavors.json, e.g. `consumer.cli` (arrays joined by spaces).
flavor_value() {
  node -e 'const v = require(process.argv[1])[process.argv[2]]; const x = process.argv[3].split(".").reduce((o, k) => o?.[k], v);
    process.stdout.write(Array.isArray(x) ? x.join(" ") : (x ?? "") + "")' "$REPO_ROOT/scripts/flavors/flavors.json" "$1" "$2"
}

# test_flavor FLAVOR: the whole package test for one flavor, in $WORK/FLAVOR.
test_flavor() {
  local flavor=$1 dir="$WORK/$1" package cli node_package install_flags dependencies tools tarball app
  package="$(flavor_value "$flavor" package)"
  cli="$(flavor_value "$flavor" consumer.cli)"
  node_package="$(flavor_value "$flavor" consumer.nodePackage)"
  read -r -a install_flags <<<"$(flavor_value "$flavor" consumer.installFlags)"
  read -r -a dependencies <<<"$(flavor_value "$flavor" consumer.dependencies)"
  read -r -a tools <<<"$(flavor_value "$flavor" consumer.tools)"
  [[ -n "$package" && -n "$cli" ]] || die "unknown flavor '$flavor' (see scripts/flavors/flavors.json)"
  say ""
  say "######## flavor $flavor: package $package, CLI $cli"
  mkdir -p "$dir/pack" "$dir/unpacked"

  # 1. Build and pack. Clean build output keeps files of deleted sources out of the tarball.
  if [[ "$flavor" == cdktf ]]; then
    rm -rf "$REPO_ROOT/dist" "$REPO_ROOT/.jsii"
    step "[$flavor] build the library (npm run build: jsii)" in_dir "$REPO_ROOT" npm run build
    step "[$flavor] pack the library (npm pack)" in_dir "$REPO_ROOT" npm pack --silent --pack-destination "$dir/pack"
  else
    step "[$flavor] build and pack the flavor from lib/ (scripts/flavors/build.js $flavor)" \
      node "$REPO_ROOT/scripts/flavors/build.js" "$flavor" --pack "$dir/pack"
  fi
  shopt -s nullglob
  local tarballs=("$dir"/pack/*.tgz)
  shopt -u nullglob
  [[ ${#tarballs[@]} -eq 1 ]] || die "expected one tarball in $dir/pack, found ${#tarballs[@]}"
  tarball="${tarballs[0]}"
  say "tarball $(basename "$tarball") ($(wc -c <"$tarball" | tr -d ' ') bytes)"

  # 2. The tarball's file list. A wrong list does not stop the consumer test; it fails the run at the end.
  tar -xzf "$tarball" -C "$dir/unpacked"
  say ""
  say "==> [$flavor] check the tarball's file list"
  node "$CONSUMER_DIR/check-tarball.js" "$REPO_ROOT" "$dir/unpacked" || FAILURES=$((FAILURES + 1))

  # 3. The toolchain's Node: this machine's, or a pinned one from the npm registry (cdktn-cli needs 22.19+).
  local path_for_flavor=$PATH
  if [[ -n "$node_package" ]]; then
    step "[$flavor] install Node for the toolchain ($node_package from the npm registry)" \
      npm install --prefix "$dir/node" --prefer-offline --no-audit --no-fund --no-save "$node_package"
    path_for_flavor="$(cd "$dir/node/node_modules/${node_package%@*}/bin" && pwd -P):$PATH"
  fi
  say "[$flavor] node $(PATH=$path_for_flavor node --version)"

  # 4. A fresh consumer project outside the repo, installed with the documented line.
  app="$dir/app"
  mkdir -p "$app"
  node "$CONSUMER_DIR/render-template.js" "$flavor" "$CONSUMER_DIR/main.ts.template" "$app/main.ts"
  cp "$CONSUMER_DIR/tsconfig.json" "$CONSUMER_DIR/cdktf.json" "$CONSUMER_DIR/package.json" "$app/"
  cp -R "$CONSUMER_DIR/runbooks" "$app/"
  if grep -nE "from '(\.|/)|from '$package/" "$app/main.ts"; then
    die "main.ts must import the library by its package name only ('$package')"
  fi
  say "[$flavor] install line: npm install ${install_flags[*]} $package ${dependencies[*]} ${tools[*]}"
  step "[$flavor] install the tarball, its peers and the $cli tools in $app" \
    in_dir "$app" env PATH="$path_for_flavor" npm install --prefer-offline --no-audit --no-fund "${install_flags[@]}" \
    "$tarball" "${dependencies[@]}" "${tools[@]}"
  local resolved
  resolved="$(in_dir "$app" node -p "require.resolve('$package')")"
  case "$resolved" in
    "$app/node_modules/$package/"*) pass "[$flavor] consumer resolves the package from its own node_modules" ;;
    *) die "[$flavor] consumer resolves '$package' to $resolved, not to $app/node_modules" ;;
  esac

  # 5. Strict type check, then both synths with the toolchain's CLI.
  step "[$flavor] type-check the consumer app (tsc --noEmit, strict)" \
    in_dir "$app" env PATH="$path_for_flavor" npx --no -- tsc --noEmit -p tsconfig.json
  step "[$flavor] $cli synth (JSON)" in_dir "$app" env PATH="$path_for_flavor" npx --no -- "$cli" synth
  step "[$flavor] $cli synth --hcl" in_dir "$app" env PATH="$path_for_flavor" npx --no -- "$cli" synth --hcl --output cdktf.out.hcl

  # 6. Assertions on the synthesized output, then Terraform reads both.
  say ""
  say "==> [$flavor] check the synthesized Terraform"
  node "$CONSUMER_DIR/check-synth.js" "$app/cdktf.out" "$app/cdktf.out.hcl" \
    "$WORK" "$WORK_LOGICAL" "$REPO_ROOT" "$(cd "$REPO_ROOT" && pwd -L)" || FAILURES=$((FAILURES + 1))
  say ""
  say "==> [$flavor] terraform validate the JSON and HCL output"
  node "$CONSUMER_DIR/check-terraform.js" "$app/cdktf.out" "$app/cdktf.out.hcl" || FAILURES=$((FAILURES + 1))

  # 7. The README's Quick start as written (it is written for cdktf; the cdktn line is checked in step 4).
  if [[ "$flavor" == cdktf ]]; then
    quick_start "$flavor" "$package" "$tarball" "$dir/quick-start" "$path_for_flavor"
  fi

  # 8. The ops teams' path: only a tenants.json and the documented command (when the package ships it).
  if [[ -x "$CONSUMER_DIR/tenants-check.sh" ]]; then
    step "[$flavor] tenants.json alone, with the documented command" \
      env PATH="$path_for_flavor" bash "$CONSUMER_DIR/tenants-check.sh" "$flavor" "$tarball" "$dir/tenants"
  fi
}

# quick_start FLAVOR PACKAGE TARBALL DIR PATH: builds a project in DIR from the README's Quick start blocks,
# verbatim (scripts/consumer/readme-quick-start.js extracts them, so README drift fails here): its
# commands (npm init -y, the install line with TARBALL for PACKAGE), the files it shows (tsconfig.json,
# cdktf.json, main.ts), then its synth command; Terraform validates the result and its references resolve.
quick_start() {
  local flavor=$1 package=$2 tarball=$3 qs=$4 path_for_flavor=$5 info project synth
  mkdir -p "$qs"
  info="$(node "$CONSUMER_DIR/readme-quick-start.js" "$REPO_ROOT/README.md" "$package" "$tarball" "$qs")" \
    || die "[$flavor] the README's Quick start cannot be read as a project"
  project="$(sed -n 1p <<<"$info")"
  synth="$(sed -n 2p <<<"$info")"
  say "[$flavor] README Quick start: project $project, files $(ls "$qs/files" | tr '\n' ' ')"
  step "[$flavor] README Quick start: its commands, the tarball in place of $package" \
    in_dir "$qs" env PATH="$path_for_flavor" bash setup.sh
  cp -R "$qs/files/." "$qs/$project/"
  step "[$flavor] README Quick start: $synth" in_dir "$qs/$project" env PATH="$path_for_flavor" bash -c "$synth"
  say ""
  say "==> [$flavor] README Quick start: terraform validate its output"
  node "$CONSUMER_DIR/check-terraform.js" "$qs/$project/cdktf.out" || FAILURES=$((FAILURES + 1))
}

for flavor in "${FLAVORS[@]}"; do
  test_flavor "$flavor"
done

say ""
if [[ $FAILURES -gt 0 ]]; then
  die "package test: $FAILURES check group(s) failed (see FAIL lines above)"
fi
quick_start_note=""
[[ " ${FLAVORS[*]} " == *" cdktf "* ]] && quick_start_note=", the README Quick start (cdktf)"
pass "package test (${FLAVORS[*]}): build, pack, file list, install with the documented line, strict type check, synth JSON and HCL, terraform validate$quick_start_note"
