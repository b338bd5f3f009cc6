#!/usr/bin/env bash
# The portal's tests: Vitest unit tests (ng test), then the end-to-end run in headless Chromium against the
# built host on a fresh SQLite database (free port, temporary data folder). Needs a Release build of the host
# (etc/test.sh builds it; the build also builds the portal). Screenshots and axe results: etc/test-output/portal-e2e.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
artifacts="${E2E_ARTIFACTS:-$root/etc/test-output/portal-e2e}"

# Debian's Chromium, and a small Chinese font (1.6 MB) so that the zh-Hans screenshots are readable.
if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  echo "installing Debian's chromium and fonts-wqy-microhei for the portal's browser tests"
  (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei) > /dev/null
fi
if [ ! -d angular/node_modules ]; then (cd angular && npm install --no-audit --no-fund --loglevel=error); fi

# Test counts for etc/test.sh's closing line: "portal-unit <passed> <failed>" and "portal-e2e <passed> <failed>".
counts="${PORTAL_COUNTS:-$root/etc/test-output/portal-counts.txt}"
mkdir -p "$(dirname "$counts")" && : > "$counts"
logs=$(mktemp -d /tmp/msaas-portal-logs-XXXXXX)
count() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -E "$2" | grep -oE "[0-9]+ $3" | tail -1 | grep -oE '[0-9]+' || echo 0; }

echo "portal: unit tests"
unit_status=0
(cd angular && node scripts/module-features.mjs && NG_CLI_ANALYTICS=false npx ng test --watch=false) 2>&1 | tee "$logs/unit.log" || unit_status=$?
echo "portal-unit $(count "$logs/unit.log" '^ *Tests ' passed) $(count "$logs/unit.log" '^ *Tests ' failed)" >> "$counts"
[ "$unit_status" -eq 0 ] || exit "$unit_status"

host_dir="$root/src/MarketingSaaS.HttpApi.Host"
dll="$host_dir/bin/Release/net10.0/MarketingSaaS.HttpApi.Host.dll"
[ -f "$dll" ] || { echo "build the host first (dotnet build -c Release)" >&2; exit 1; }
[ -f "$host_dir/portal-dist/index.html" ] || { echo "the portal is not built (src/MarketingSaaS.HttpApi.Host/portal-dist)" >&2; exit 1; }

data=$(mktemp -d /tmp/msaas-e2e-XXXXXX)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port"
# The content root is the host's folder, where the built portal (portal-dist) lives. Mails (password reset) go to a
# pickup folder that run.mjs reads (E2E_MAIL_DIR); App__PublicUrl is the origin of the links in them.
mkdir -p "$data/mails"
(cd "$host_dir" && exec env ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Default="Data Source=$data/e2e.db" \
  Seed__HostAdminPassword="E2e-$(date +%s)-Host" \
  Emailing__Smtp__PickupDirectory="$data/mails" \
  App__PublicUrl="$base" \
  dotnet "$dll" --urls "$base" > "$data/host.log" 2>&1) &
host_pid=$!
trap 'kill $host_pid 2>/dev/null || true; wait $host_pid 2>/dev/null || true; rm -rf "$data" "$logs"' EXIT

for _ in $(seq 1 120); do
  curl -sf "$base/health/ready" > /dev/null && break
  kill -0 $host_pid 2>/dev/null || { cat "$data/host.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$base/health/ready" > /dev/null || { echo "host did not become ready" >&2; cat "$data/host.log" >&2; exit 1; }

echo "portal: end-to-end against $base (artifacts: $artifacts)"
rm -rf "$artifacts"
e2e_status=0
BASE_URL="$base" E2E_ARTIFACTS="$artifacts" E2E_MAIL_DIR="$data/mails" node angular/e2e/run.mjs 2>&1 | tee "$logs/e2e.log" || e2e_status=$?
echo "portal-e2e $(grep -c '^ok   ' "$logs/e2e.log" || true) $(grep -c '^FAIL ' "$logs/e2e.log" || true)" >> "$counts"
exit "$e2e_status"
