#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and trials (docs/decisions/012-postgresql.md): Debian's
# postgresql (installed if missing), data and socket under /tmp, 127.0.0.1:55432, fsync off, trust
# authentication, a role and a database named parallax. Idempotent: an existing cluster is reused.
# Prints the DATABASE_URL on stdout (progress goes to stderr).
#   bash scripts/start-postgres.sh          start (or reuse) the cluster
#   bash scripts/start-postgres.sh stop     stop it (the data stays until /tmp is cleared)
#   bash scripts/start-postgres.sh status   exit 0 when it is running
set -euo pipefail
ROOT="${PARALLAX_PG_DIR:-/tmp/parallax-postgres}"
PORT="${PARALLAX_PG_PORT:-55432}"
DATA="$ROOT/data"
SOCKET="$ROOT/socket"
URL="postgresql://parallax@127.0.0.1:${PORT}/parallax"

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

pg_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$bin" ] && [ -x "$bin/initdb" ] && echo "$bin"
}

# initdb refuses root: as root the cluster belongs to the postgres user, otherwise to the caller.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

BIN="$(pg_bin || true)"
if [ "${1:-}" = "stop" ]; then
  if [ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ]; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
  exit 0
fi
if [ "${1:-}" = "status" ]; then
  [ -n "$BIN" ] && [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
  exit $?
fi

if [ -z "$BIN" ]; then
  echo "» installing Debian's postgresql (needed by the PostgreSQL tests)" >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql postgresql-contrib >/dev/null
  BIN="$(pg_bin)" || { echo "postgresql is still missing under /usr/lib/postgresql" >&2; exit 1; }
fi

mkdir -p "$DATA" "$SOCKET"
if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$ROOT" "$DATA" "$SOCKET"; fi
if [ ! -f "$DATA/PG_VERSION" ]; then
  echo "» creating a PostgreSQL cluster in $DATA" >&2
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  echo "» starting PostgreSQL on 127.0.0.1:${PORT}" >&2
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$ROOT/server.log" -w \
    -o "-p $PORT -k $SOCKET -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
fi

psql_admin() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'parallax'")" ]; then
  psql_admin -c "CREATE ROLE parallax LOGIN CREATEDB" >/dev/null
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'parallax'")" ]; then
  psql_admin -c "CREATE DATABASE parallax OWNER parallax" >/dev/null
fi
echo "$URL"
