#!/usr/bin/env bash
# Second README command: every test, unit (Vitest, then its database tests again on PostgreSQL)
# then end-to-end (Playwright + Chromium, on SQLite, then one path on PostgreSQL across two app
# instances), then one summary line per runner and a total in the "N passed, N failed" form.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p reports  # not test-results/: Playwright empties that folder when it starts

bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-chromium.sh || exit 1
bash scripts/ensure-apertium.sh || exit 1

node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
unit=$?

# A throwaway local PostgreSQL for the database tests and the PostgreSQL e2e path; stopped at the
# end (or on an early exit) only if this run started it. No server: both PostgreSQL runners fail.
rm -f reports/unit-postgresql.json reports/e2e.json reports/e2e-postgresql.json
pg_was_running=0
bash scripts/start-postgres.sh status >/dev/null 2>&1 && pg_was_running=1
stop_postgres() { [ $pg_was_running -eq 1 ] || bash scripts/start-postgres.sh stop; }
trap stop_postgres EXIT
pg_url="$(bash scripts/start-postgres.sh)" || pg_url=""

# The database-level tests again on PostgreSQL (vitest.postgresql.config.mts lists them).
echo "» the database tests on PostgreSQL"
unit_pg=1
if [ -n "$pg_url" ]; then
  PARALLAX_TEST_POSTGRES_URL="$pg_url" node_modules/.bin/vitest run --config vitest.postgresql.config.mts \
    --reporter=default --reporter=json --outputFile.json=reports/unit-postgresql.json
  unit_pg=$?
fi

echo "» building the app for the e2e tests"
node_modules/.bin/next build >reports/next-build.log 2>&1 || { cat reports/next-build.log; exit 1; }
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json node_modules/.bin/playwright test --reporter=list,json
e2e=$?

# sign in → import → search → event on two `next start` instances sharing one PostgreSQL database
echo "» the e2e path on PostgreSQL (two app instances)"
e2e_pg=1
if [ -n "$pg_url" ]; then
  PARALLAX_TEST_POSTGRES_URL="$pg_url" PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e-postgresql.json \
    node_modules/.bin/playwright test --config playwright.postgresql.config.ts --reporter=list,json
  e2e_pg=$?
fi

node scripts/print-test-summary.mjs reports/unit.json reports/unit-postgresql.json reports/e2e.json reports/e2e-postgresql.json
[ $unit -eq 0 ] && [ $unit_pg -eq 0 ] && [ $e2e -eq 0 ] && [ $e2e_pg -eq 0 ]
