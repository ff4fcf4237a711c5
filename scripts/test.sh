#!/usr/bin/env bash
# The whole test suite against a real PostgreSQL. `pnpm test` runs this.
#
# Which PostgreSQL:
#   - TEST_DATABASE_URL, if set: a server where that role may create databases (one per test file);
#   - as root (CI, fresh Debian machines): the Debian cluster 15/main, started if it is down, with a
#     role app/app;
#   - otherwise: a throwaway cluster of the installed PostgreSQL in $TMPDIR, started on port 54329.
#
# What runs: every vitest test, then the browser tests (packages/web/e2e: Debian's Chromium against the
# real server on a database of its own with the demo city). `--unit` runs only the first part, `--e2e`
# only the browser tests; other arguments are passed to vitest (and then only the first part runs,
# unless --e2e is given).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=all
case "${1:-}" in
  --e2e) mode=e2e; shift ;;
  --unit) mode=unit; shift ;;
esac
if [ "$mode" = all ] && [ $# -gt 0 ]; then mode=unit; fi

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
reports="$(mktemp -d)"
status=0
if [ "$mode" != e2e ]; then
  pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json" "$@" || status=$?
fi
if [ "$mode" != unit ]; then
  chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ -x "$chromium" ]; then
    pnpm exec vitest run --config packages/web/vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$reports/e2e.json" "$@" || status=$?
  else
    echo "Chromium is not installed ($chromium): install it (Debian: apt-get install chromium) or set CHROMIUM_PATH; the browser tests did not run" >&2
    status=1
  fi
fi
# One plain closing line that any CI can read, over both runs.
node -e '
  const fs = require("fs");
  const runs = process.argv.slice(1).filter((f) => fs.existsSync(f)).map((f) => require(f));
  if (runs.length === 0) process.exit(0);
  const sum = (key) => runs.reduce((n, r) => n + r[key], 0);
  console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed` + (sum("numPendingTests") ? `, ${sum("numPendingTests")} skipped` : ""));
' "$reports/unit.json" "$reports/e2e.json"
exit $status
