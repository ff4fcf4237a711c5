#!/usr/bin/env bash
# The whole test suite against a real PostgreSQL. `pnpm test` runs this.
#
# Which PostgreSQL:
#   - TEST_DATABASE_URL, if set: a server where that role may create databases (one per test file);
#   - as root (CI, fresh Debian machines): the Debian cluster 15/main, started if it is down, with a
#     role app/app;
#   - otherwise: a throwaway cluster of the installed PostgreSQL in $TMPDIR, started on port 54329.
set -euo pipefail
cd "$(dirname "$0")/.."

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }; done
  command -v pg_ctl >/dev/null && dirname "$(command -v pg_ctl)" && return
  echo "PostgreSQL is not installed: install it (Debian: apt-get install postgresql) or set TEST_DATABASE_URL" >&2
  exit 1
}

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v pg_ctlcluster >/dev/null; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    [ -d "/etc/postgresql/$version/main" ] || pg_createcluster "$version" main >/dev/null
    pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do runuser -u postgres -- pg_isready -q && break; sleep 0.5; done
    runuser -u postgres -- psql -qtAc "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='app') THEN CREATE ROLE app LOGIN SUPERUSER PASSWORD 'app'; END IF; END\$\$;" >/dev/null
    port=$(runuser -u postgres -- psql -qtAc "show port")
    export TEST_DATABASE_URL="postgres://app:app@127.0.0.1:${port}/postgres"
  else
    bin=$(pg_bin)
    dir="${TMPDIR:-/tmp}/kompetensi-test-pg"
    if [ ! -f "$dir/PG_VERSION" ]; then
      "$bin/initdb" -D "$dir" -U app --auth=trust >/dev/null
    fi
    if ! "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -o "-p 54329 -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
    fi
    export TEST_DATABASE_URL="postgres://app@127.0.0.1:54329/postgres"
  fi
fi

echo "Tests run against ${TEST_DATABASE_URL//:*@/:***@}"
report="$(mktemp -d)/vitest.json"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line that any CI can read.
if [ -f "$report" ]; then
  node -e 'const r = require(process.argv[1]); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""))' "$report"
fi
exit $status
