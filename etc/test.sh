#!/usr/bin/env bash
# Runs every test: starts what the tests need (a throwaway PostgreSQL cluster), builds (the host's build
# also builds the Angular portal), runs all test projects on SQLite and PostgreSQL, then the portal's unit
# and browser tests (etc/portal-tests.sh), and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)
out="$root/etc/test-output"
rm -rf "$out" && mkdir -p "$out"

pg_dir="/tmp/msaas-pg-$$"
eval "$(etc/postgres/start.sh "$pg_dir")"
trap 'etc/postgres/stop.sh "$pg_dir"' EXIT
echo "PostgreSQL test cluster: $MSAAS_TEST_PG"

# The e-mail tests' SMTP receiver (npm smtp-server); npm ci fails here, npm install keeps the lock file.
(cd etc/test-tools/smtp && npm install --no-audit --no-fund --silent)
# The s3rver emulator for the S3 blob provider tests (npm ci fails with this registry copy; npm install keeps the lock).
(cd etc/test-tools/s3 && npm install --no-audit --no-fund --silent)

dotnet build MarketingSaaS.sln -c Release -nologo -v quiet
status=0
dotnet test MarketingSaaS.sln -c Release --no-build -nologo -v quiet \
  --logger "trx;LogFilePrefix=results" --results-directory "$out" "$@" || status=$?

# The portal: Vitest unit tests, then end-to-end in headless Chromium against the built host.
portal_started=$(date +%s)
etc/portal-tests.sh || status=$?
echo "portal tests: $(( $(date +%s) - portal_started )) s"

# No process the run started may outlive it (PostgreSQL is stopped by the exit trap).
if ! etc/check-leftovers.sh "$started"; then status=1; fi

# One closing line over every test that ran: .NET (trx files), the portal's unit tests and its browser steps.
dotnet_passed=0; dotnet_failed=0
for trx in "$out"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -1)
  p=$(echo "$counters" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*'); f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  dotnet_passed=$((dotnet_passed + ${p:-0})); dotnet_failed=$((dotnet_failed + ${f:-0}))
done
read -r _ unit_passed unit_failed < <(grep '^portal-unit ' "$out/portal-counts.txt" 2>/dev/null || echo "portal-unit 0 0")
read -r _ e2e_passed e2e_failed < <(grep '^portal-e2e ' "$out/portal-counts.txt" 2>/dev/null || echo "portal-e2e 0 0")
passed=$((dotnet_passed + unit_passed + e2e_passed)); failed=$((dotnet_failed + unit_failed + e2e_failed))
echo "$passed passed, $failed failed (.NET $dotnet_passed/$dotnet_failed, portal unit $unit_passed/$unit_failed, browser steps $e2e_passed/$e2e_failed)"
if [ "$dotnet_passed" -eq 0 ] || [ "$unit_passed" -eq 0 ] || [ "$e2e_passed" -eq 0 ]; then
  [ "$status" -ne 0 ] || { echo "a part of the run ran no test" >&2; status=1; }
fi
exit "$status"
