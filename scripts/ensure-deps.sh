#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than the lock file, then
# generates the two Prisma clients (offline: JS engine, see docs/decisions/001-stack.md).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
if [ ! -f generated/prisma/client.ts ] || [ prisma/schema.prisma -nt generated/prisma/client.ts ]; then
  node_modules/.bin/prisma generate >/dev/null
fi
# the PostgreSQL client, from the schema derived from prisma/schema.prisma (docs/decisions/012-postgresql.md)
if [ ! -f generated/prisma-postgresql/client.ts ] || [ prisma/postgresql/schema.prisma -nt generated/prisma-postgresql/client.ts ]; then
  node_modules/.bin/prisma generate --config prisma.postgresql.config.ts >/dev/null
fi
