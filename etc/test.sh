#!/usr/bin/env bash
# Runs every test: starts what the tests need (a throwaway PostgreSQL cluster), builds, runs all
# test projects on SQLite and PostgreSQL, and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/etc/test-output"
rm -rf "$out" && mkdir -p "$out"

pg_dir="/tmp/msaas-pg-$$"
eval "$(etc/postgres/start.sh "$pg_dir")"
trap 'etc/postgres/stop.sh "$pg_dir"' EXIT
echo "PostgreSQL test cluster: $MSAAS_TEST_PG"

dotnet build MarketingSaaS.sln -c Release -nologo -v quiet
dotnet test MarketingSaaS.sln -c Release --no-build -nologo -v quiet \
  --logger "trx;LogFilePrefix=results" --results-directory "$out" "$@"
