#!/usr/bin/env bash
# Second README command: every test, unit (Vitest) then end-to-end (Playwright + Chromium),
# then one summary line per runner and a total in the "N passed, N failed" form.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results

bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-chromium.sh || exit 1

node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
unit=$?

echo "» building the app for the e2e tests"
node_modules/.bin/next build >test-results/next-build.log 2>&1 || { cat test-results/next-build.log; exit 1; }
PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json node_modules/.bin/playwright test --reporter=list,json
e2e=$?

node scripts/print-test-summary.mjs test-results/unit.json test-results/e2e.json
[ $unit -eq 0 ] && [ $e2e -eq 0 ]
