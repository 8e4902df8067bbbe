#!/usr/bin/env bash
# The outcomes page against WCAG 2.1 A and AA with axe-core in headless Chromium: builds the demo
# register, writes its outcomes page (broken down by service area) and prints every violation
# axe finds (exit 1 if any). Needs node/npm (axe-core and playwright-core are installed into a
# temporary folder) and Debian's chromium. Usage: scripts/accessibility.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --quiet
(cd "$work" && npm install --silent --no-audit --no-fund axe-core@4 playwright-core@1 >/dev/null)
export MOTY_NOW="2026-12-04 10:00"
(cd "$work" && "$OLDPWD/target/debug/moty" demo >/dev/null)
MOTY_DB="$work/moty-demo.sqlite3" target/debug/moty report outcomes --by area \
    --html "$work/outcomes.html" >/dev/null
cp scripts/accessibility.js "$work/check.js"
(cd "$work" && node check.js "$work/outcomes.html")
