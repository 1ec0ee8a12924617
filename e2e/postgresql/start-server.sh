#!/usr/bin/env bash
# Playwright's web servers for the PostgreSQL run (playwright.postgresql.config.ts). The first
# instance (E2E_FRESH_DATABASE=1) makes the database fresh and migrates it; Playwright starts the
# next web server only once this one answers, so the second never sees a half-migrated database.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATABASE_URL:?the e2e database}" "${E2E_PORT:?the port of this instance}"
if [ "${E2E_FRESH_DATABASE:-}" = "1" ]; then
  node_modules/.bin/tsx e2e/postgresql/recreate-database.ts
  node scripts/prisma.mjs migrate deploy >/dev/null
fi
HOST=127.0.0.1 PORT="$E2E_PORT" exec node --import tsx server.ts
