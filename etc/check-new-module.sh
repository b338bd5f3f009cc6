#!/usr/bin/env bash
# Proves the module kit: in a throwaway clone of the current commit, etc/new-module.sh generates a module "Sample",
# which is then built, migrated by the DbMigrator (SQLite, and PostgreSQL when MSAAS_TEST_PG is set) and tested (its
# isolation and module-switch tests; on PostgreSQL too when MSAAS_TEST_PG is set). Exits non-zero on any failure.
# The portal is not built here (the clone has no node_modules); the generated feature compiles in the portal's build
# wherever a module is really generated. Called by etc/test.sh; alone: eval "$(etc/postgres/start.sh DIR)" first.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
work=$(mktemp -d /tmp/msaas-new-module.XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone -q --no-hardlinks "$(pwd)" "$work/repo"
cd "$work/repo"
log="$work/log"

step() { # <description> <command...>: runs the command quietly, shows its log when it fails
  local what="$1"; shift
  if ! "$@" >"$log" 2>&1; then
    echo "check-new-module: $what failed:" >&2; tail -n 60 "$log" >&2; exit 1
  fi
}

export MSAAS_EF_CONFIGURATION=Release
step "generating the module" etc/new-module.sh Sample
step "building it" dotnet build modules/Sample/test/MarketingSaaS.Sample.Tests -c Release -nologo -v quiet -p:SkipAngularBuild=true
# Again: new-module.sh built the DbMigrator before the module's migrations existed.
step "building the migrator" dotnet build src/MarketingSaaS.DbMigrator -c Release -nologo -v quiet
migrator=src/MarketingSaaS.DbMigrator/bin/Release/net10.0/MarketingSaaS.DbMigrator.dll
# Outside Development the migrator refuses to start without the first host admin's password.
export Seed__HostAdminPassword="Check-$$-Host"
step "migrating SQLite" dotnet "$migrator" --ConnectionStrings:Default="Data Source=$work/sample.db"
step "finding its table on SQLite" python3 -c "import sqlite3, sys; sys.exit(sqlite3.connect('$work/sample.db').execute(\"SELECT count(*) FROM sqlite_master WHERE name = 'Sample_Items'\").fetchone()[0] != 1)"
if [ -n "${MSAAS_TEST_PG-}" ]; then
  setting() { tr ';' '\n' <<<"$MSAAS_TEST_PG" | sed -n "s/^$1=//Ip" | head -1; }
  host=$(setting Host); port=$(setting Port); database="msaas_new_module_$$"
  psql -h "$host" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $database OWNER msaas_owner" >/dev/null
  server="Host=$host;Port=$port;Database=$database;Password=msaas"
  step "migrating PostgreSQL" dotnet "$migrator" --ConnectionStrings:Default="$server;Username=msaas_app" --ConnectionStrings:Migrations="$server;Username=msaas_owner"
  step "finding its table in its schema on PostgreSQL" test "$(psql -h "$host" -p "$port" -U postgres -d "$database" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'sample' AND tablename IN ('Items', '__SampleMigrationsHistory')")" = 2
  psql -h "$host" -p "$port" -U postgres -q -c "DROP DATABASE $database" >/dev/null
fi
# MSAAS_TEST_RESULTS (etc/test.sh sets it): a folder for the trx file, so the run's closing count includes these tests.
results=()
[ -z "${MSAAS_TEST_RESULTS-}" ] || results=(--logger "trx;LogFilePrefix=new-module" --results-directory "$MSAAS_TEST_RESULTS")
step "testing it" dotnet test modules/Sample/test/MarketingSaaS.Sample.Tests -c Release --no-build -nologo "${results[@]}"
grep -E "^(Passed|Failed)!" "$log" || tail -n 3 "$log"
echo "check-new-module: passed in $(( $(date +%s) - started )) s"
