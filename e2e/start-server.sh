#!/usr/bin/env bash
# Playwright's web server: a fresh, migrated SQLite file for every e2e run, then the built app.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
DATABASE_URL="file:./data/e2e.db" node_modules/.bin/prisma migrate deploy >/dev/null
exec node_modules/.bin/next start -H 127.0.0.1 -p "${E2E_PORT:-3124}"
