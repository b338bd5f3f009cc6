#!/usr/bin/env bash
# Runs every test: starts what the tests need (a throwaway PostgreSQL cluster), builds (the host's build
# also builds the Angular portal), runs all test projects on SQLite and PostgreSQL, then the portal's unit
# and browser tests (etc/portal-tests.sh), and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
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

# One closing line over every test project: "N passed, N failed".
passed=0; failed=0
for trx in "$out"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -1)
  p=$(echo "$counters" | grep -o 'passed="[0-9]*"' | grep -o '[0-9]*'); f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "no test ran" >&2; status=1; fi
exit "$status"
