#!/usr/bin/env bash
# Playwright's web server: a fresh, migrated SQLite file for every e2e run, then the built app
# behind the edge server (server.ts), as `npm start` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm
DATABASE_URL="file:./data/e2e.db" node_modules/.bin/prisma migrate deploy >/dev/null
HOST=127.0.0.1 PORT="${E2E_PORT:-3124}" exec node --import tsx server.ts
