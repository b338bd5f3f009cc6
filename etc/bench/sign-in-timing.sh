#!/usr/bin/env bash
# Sign-in timing per case (docs/security.md, "Sign-in answers"): unknown company, unknown user, wrong password,
# locked account with a wrong password — the same 401 should take the same time (one PBKDF2 verification, 210,000
# iterations). Starts the Release host in Production on a fresh SQLite database (like etc/portal-tests.sh).
#   flock /tmp/msaas-build.lock etc/bench/sign-in-timing.sh        BENCH_ROUNDS (20) requests per case
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${BENCH_ROUNDS:-20}
dll=src/MarketingSaaS.HttpApi.Host/bin/Release/net10.0/MarketingSaaS.HttpApi.Host.dll
[ -f "$dll" ] || { echo "build the host first (dotnet build -c Release)" >&2; exit 1; }
data=$(mktemp -d /tmp/msaas-bench-signin-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$data/bench.db" Seed__HostAdminPassword="Bench-$(date +%s)-Host" \
  RateLimits__SignInPerMinute=100000 RateLimits__SignUpPerMinute=1000 dotnet "$dll" --urls "$base" > "$data/host.log" 2>&1 &
host=$!
trap 'kill $host 2>/dev/null || true; wait $host 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/health/ready" > /dev/null && break; sleep 0.5; done
post() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$base$1" -H 'Content-Type: application/json' -H "Authorization: Bearer ${3:-}" -d "$2"; }
slug=bench-signin
post /api/account/sign-up "{\"companyName\":\"Bench\",\"slug\":\"$slug\",\"adminName\":\"Admin\",\"email\":\"admin@$slug.test\",\"password\":\"Bench@24680\"}" > /dev/null
token=$(curl -s -X POST "$base/api/account/sign-in" -H 'Content-Type: application/json' -d "{\"tenant\":\"$slug\",\"userName\":\"admin\",\"password\":\"Bench@24680\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
for user in known locked; do
  curl -s -o /dev/null -X POST "$base/api/identity/users" -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d "{\"userName\":\"$user\",\"name\":\"$user\",\"email\":\"$user@$slug.test\",\"password\":\"Bench@24680\",\"roleNames\":[\"staff\"],\"isActive\":true}"
done
locked_id=$(curl -s "$base/api/identity/users?filter=locked" -H "Authorization: Bearer $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
curl -s -o /dev/null -X POST "$base/api/identity/users/$locked_id/lock" -H "Authorization: Bearer $token"
measure() {
  local name=$1 body=$2
  post /api/account/sign-in "$body" > /dev/null # warm-up (the dummy hash is made at the first unknown sign-in)
  for _ in $(seq 1 "$rounds"); do post /api/account/sign-in "$body"; done \
    | sort -k2 -n | awk -v n="$name" '{c[NR]=$1; t[NR]=$2} END {printf "%-22s status %s  median %.1f ms  min %.1f ms  max %.1f ms  (n=%d)\n", n, c[1], t[int((NR+1)/2)]*1000, t[1]*1000, t[NR]*1000, NR}'
}
measure "unknown company" "{\"tenant\":\"no-such-company\",\"userName\":\"known\",\"password\":\"Wrong@24680\"}"
measure "unknown user" "{\"tenant\":\"$slug\",\"userName\":\"nobody\",\"password\":\"Wrong@24680\"}"
measure "wrong password" "{\"tenant\":\"$slug\",\"userName\":\"known\",\"password\":\"Wrong@24680\"}"
measure "locked, wrong password" "{\"tenant\":\"$slug\",\"userName\":\"locked\",\"password\":\"Wrong@24680\"}"
