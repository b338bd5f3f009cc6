#!/usr/bin/env bash
# Benchmark, not a test: Lighthouse (npm, Debian's Chromium, mobile emulation, no network throttling: loopback)
# on the sign-in page and the signed-in home page, served by the built host on a fresh SQLite database.
# Prints the performance score, LCP and total transfer size per page; reports go to etc/test-output/lighthouse.
# Needs a Release build of the host (which builds the portal). Run under the build lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out="$root/etc/test-output/lighthouse"
mkdir -p "$out"
host_dir="$root/src/MarketingSaaS.HttpApi.Host"
dll="$host_dir/bin/Release/net10.0/MarketingSaaS.HttpApi.Host.dll"
data=$(mktemp -d /tmp/msaas-lh-XXXXXX)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port"
(cd "$host_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$data/lh.db" \
  Seed__HostAdminPassword="Lh-$(date +%s)-Host" dotnet "$dll" --urls "$base" > "$data/host.log" 2>&1) &
host_pid=$!
trap 'kill $host_pid 2>/dev/null || true; wait $host_pid 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/health/ready" > /dev/null && break; sleep 0.5; done

# A company whose admin opens home (signed in by etc/bench/lighthouse-signed-in.mjs).
curl -sf -o /dev/null -H 'Content-Type: application/json' "$base/api/account/sign-up" \
  -d '{"companyName":"Bench","slug":"bench","adminName":"Bench Admin","email":"admin@bench.test","password":"Bench@12345"}'
sign_in='{"tenant":"bench","userName":"admin","password":"Bench@12345","useCookie":true}'

summary() {
  local name=$1
  node -e '
    const r = require(process.argv[1]);
    const a = r.audits;
    const requests = a["network-requests"].details.items;
    const refused = requests.filter((q) => q.url.includes("/api/") && q.statusCode >= 400).map((q) => `${q.statusCode} ${q.url}`);
    if (refused.length) { console.error(`${process.argv[2]}: API calls refused, the page was not measured as intended:\n${refused.join("\n")}`); process.exit(1); }
    console.log(`${process.argv[2].padEnd(8)} performance ${Math.round(r.categories.performance.score * 100)}, LCP ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(2)} s, FCP ${(a["first-contentful-paint"].numericValue / 1000).toFixed(2)} s, transfer ${(a["total-byte-weight"].numericValue / 1024).toFixed(0)} kB (${requests.length} requests), ends on ${r.finalDisplayedUrl.replace(/^https?:\/\/[^/]+/, "")}`);
  ' "$out/$name.json" "$name"
}

echo "Lighthouse $(npx --prefix angular lighthouse --version), $(/usr/bin/chromium --version), mobile emulation, no throttling, $base"
CHROME_PATH=/usr/bin/chromium npx --prefix angular lighthouse "$base/account/sign-in" --quiet --output=json --output-path="$out/sign-in.json" \
  --only-categories=performance --form-factor=mobile --throttling-method=provided \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run" > /dev/null
summary sign-in
node etc/bench/lighthouse-signed-in.mjs "$base" / "$out/home.json" "$sign_in" > /dev/null
summary home
