#!/usr/bin/env bash
# Second README command: every test, unit (Vitest) then end-to-end (Playwright + Chromium),
# then one summary line per runner and a total in the "N passed, N failed" form.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports  # not test-results/: Playwright empties that folder when it starts

bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-chromium.sh || exit 1

node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
unit=$?

echo "» building the app for the e2e tests"
node_modules/.bin/next build >reports/next-build.log 2>&1 || { cat reports/next-build.log; exit 1; }
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json node_modules/.bin/playwright test --reporter=list,json
e2e=$?

node scripts/print-test-summary.mjs reports/unit.json reports/e2e.json
[ $unit -eq 0 ] && [ $e2e -eq 0 ]
