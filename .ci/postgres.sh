#!/usr/bin/env bash
# Installs (from Debian's packages, if absent) and starts PostgreSQL on localhost, with a role and
# database "ukrapport" for the job-repository integration tests. Exits non-zero if it cannot.
set -uo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installerar PostgreSQL från Debians paket …"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || exit 1
fi
VERSION=$(ls /etc/postgresql | sort -V | tail -1)
if [ -z "$VERSION" ]; then
  echo "Inget PostgreSQL-kluster finns" >&2
  exit 1
fi
pg_ctlcluster "$VERSION" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h localhost && break
  sleep 1
done
pg_isready -q -h localhost || exit 1
as_postgres() { su postgres -c "$1"; }
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'ukrapport'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE ukrapport LOGIN PASSWORD 'ukrapport'\"" || exit 1
as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'ukrapport'\"" | grep -q 1 \
  || as_postgres "createdb -O ukrapport ukrapport" || exit 1
echo "PostgreSQL $VERSION kör på localhost:5432 (databas ukrapport)."
