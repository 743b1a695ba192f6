#!/usr/bin/env bash
# Fails when API.md does not match the JSDoc of the code: regenerates it from the jsii assembly (.jsii,
# written by `npm run build`) into a temporary file and compares. Fix with `npm run build && npm run docgen`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .jsii ]; then
  echo "docs:check: .jsii is missing; run 'npm run build' (jsii) first" >&2
  exit 1
fi
generated="$(mktemp -d)/API.md"
trap 'rm -rf "$(dirname "$generated")"' EXIT
npx jsii-docgen --output "$generated" >/dev/null
if ! diff -u API.md "$generated" > "$generated.diff"; then
  echo "docs:check: FAIL - API.md is out of date with the code's JSDoc. Run: npm run build && npm run docgen" >&2
  head -40 "$generated.diff" >&2
  exit 1
fi
echo "docs:check: PASS - API.md matches the code"
