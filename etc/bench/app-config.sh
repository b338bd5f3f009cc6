#!/usr/bin/env bash
# Benchmark of GET /api/application-configuration on PostgreSQL with 1,000 tenants x 20 users,
# next to a bare baseline endpoint of the same host (one raw query, no framework, no cache).
#
#   flock /tmp/msaas-build.lock etc/bench/app-config.sh     (on a shared machine: nothing else builds meanwhile)
#
# Steps: build; throwaway PostgreSQL cluster; DbMigrator (migrations + row-level security); host with
# Bench:Enabled=true; one tenant through the real sign-up API; its roles, grants and settings copied to
# the other tenants with SQL, users with SQL (one PBKDF2 hash, from that sign-up, reused); N users of
# different tenants sign in; first request per user (cold caches), then wrk with the users' tokens in
# rotation, alternating real and bare endpoint. Needs: dotnet, psql, jq, curl, wrk.
# Tunables (environment): BENCH_TENANTS (1000), BENCH_USERS_PER_TENANT (20), BENCH_SIGNED_IN (100),
# BENCH_DURATION (15s), BENCH_WARMUP (5s), BENCH_ROUNDS (2), BENCH_THREADS (2), BENCH_CONNECTIONS (32);
# for profiling: BENCH_LOGS=DIR logs every SQL statement (PostgreSQL log_statement=all) and keeps the host's
# and PostgreSQL's logs in DIR, both marked with the script's steps ("=== step").
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

tenants=${BENCH_TENANTS:-1000}
users_per_tenant=${BENCH_USERS_PER_TENANT:-20}
signed_in=${BENCH_SIGNED_IN:-100}
duration=${BENCH_DURATION:-15s}
warmup=${BENCH_WARMUP:-5s}
rounds=${BENCH_ROUNDS:-2}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
password='Bench@12345'

source etc/bench/lib.sh
require_tools dotnet psql jq curl wrk
bench_database
bench_host --Bench:Enabled=true

step "tenant bench-0001 through the sign-up API"
template=$(curl -sf -X POST "$base/api/account/sign-up" -H 'Content-Type: application/json' \
  -d "{\"companyName\":\"Bench Company 0001\",\"slug\":\"bench-0001\",\"adminName\":\"Admin bench-0001\",\"email\":\"admin@bench-0001.bench.test\",\"password\":\"$password\"}" \
  | jq -r .tenantId)

step "SQL seed: $tenants tenants x $users_per_tenant users"
seed_start=$(date +%s%N)
"${owner_psql[@]}" -v template="$template" -v tenants="$tenants" -v users="$users_per_tenant" -f etc/bench/seed-tenants.sql >&2
seed_ms=$(( ($(date +%s%N) - seed_start) / 1000000 ))

step "sign in $signed_in users of $signed_in different tenants"
stride=$(( tenants / signed_in > 0 ? tenants / signed_in : 1 ))
for i in $(seq 0 $((signed_in - 1))); do
  t=$(( (i * stride) % tenants + 1 )); u=$(( i % users_per_tenant + 1 ))
  printf 'bench-%04d %s\n' "$t" "$([ "$u" = 1 ] && echo admin || printf 'user%02d' "$u")"
done >"$work/accounts.txt"
sign_in_start=$(date +%s%N)
# shellcheck disable=SC2016
xargs -P 2 -L 1 sh -c 'curl -sf -X POST "$0/api/account/sign-in" -H "Content-Type: application/json" \
  -d "{\"tenant\":\"$2\",\"userName\":\"$3\",\"password\":\"$1\"}" | jq -r .accessToken' "$base" "$password" <"$work/accounts.txt" \
  >"$work/tokens.txt" 2>/dev/null || true
sign_in_ms=$(( ($(date +%s%N) - sign_in_start) / 1000000 ))
token_count=$(grep -c . "$work/tokens.txt" || true)
[ "$token_count" = "$signed_in" ] || { echo "only $token_count of $signed_in sign-ins succeeded" >&2; tail -20 "$work/host.log" >&2; exit 1; }

real="$base/api/application-configuration"
bare="$base/api/bench/bare-application-configuration"

step "same answer from both endpoints (an admin and a staff user)"
comparable='{u: .currentUser, t: .currentTenant, p: (.grantedPermissions | sort), f: .features, s: .settings, c: .localization.currentCulture, l: (.localization.texts | length)}'
for n in 1 $(( signed_in < 5 ? signed_in : 5 )); do
  token=$(sed -n "${n}p" "$work/tokens.txt")
  a=$(curl -sf -H "Authorization: Bearer $token" "$real" | jq -S "$comparable")
  b=$(curl -sf -H "Authorization: Bearer $token" "$bare" | jq -S "$comparable")
  if [ "$a" != "$b" ]; then echo "real and bare answers differ for $(sed -n "${n}p" "$work/accounts.txt"):" >&2; diff <(echo "$a") <(echo "$b") >&2 || true; exit 1; fi
done
response_bytes=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $(head -1 "$work/tokens.txt")" "$real")

# First request of each user (the real endpoint's caches are empty for these tenants) vs the bare one.
cold() {
  while read -r token; do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$1"; done <"$work/tokens.txt" \
    | awk '{ s += $1; if ($1 > m) m = $1 } END { printf "%.2f %.2f", s / NR * 1000, m * 1000 }'
}
step "first request per user, sequential"
read -r real_cold_avg real_cold_max <<<"$(cold "$real")"
read -r bare_cold_avg bare_cold_max <<<"$(cold "$bare")"

step "warm-up ($warmup each)"
run_wrk "$real" "$warmup" "$work/tokens.txt" >/dev/null
run_wrk "$bare" "$warmup" "$work/tokens.txt" >/dev/null

: >"$work/results.txt"
for r in $(seq 1 "$rounds"); do
  step "round $r/$rounds: $duration each, $threads threads, $connections connections"
  echo "real $(run_wrk "$real" "$duration" "$work/tokens.txt")" >>"$work/results.txt"
  echo "bare $(run_wrk "$bare" "$duration" "$work/tokens.txt")" >>"$work/results.txt"
done
host_rss_mb=$(( $(ps -o rss= -p "$host_pid") / 1024 ))

summary() { # name -> "rps p50 p99 non2xx requests socket_errors" averaged over the rounds (p99: the worst)
  awk -v n="$1" '$1 == n { r += $2; p += $3; if ($4 > q) q = $4; e += $5; c += $6; s += $7; k++ }
    END { printf "%.0f %.2f %.2f %d %d %d", r / k, p / k, q, e, c, s }' "$work/results.txt"
}
read -r real_rps real_p50 real_p99 real_errors real_requests real_socket <<<"$(summary real)"
read -r bare_rps bare_p50 bare_p99 bare_errors bare_requests bare_socket <<<"$(summary bare)"
ratio=$(awk -v a="$bare_rps" -v b="$real_rps" 'BEGIN { printf "%.2f", a / b }')
p50_ratio=$(awk -v a="$real_p50" -v b="$bare_p50" 'BEGIN { printf "%.2f", a / b }')
cold_ratio=$(awk -v a="$real_cold_avg" -v b="$bare_cold_avg" 'BEGIN { printf "%.2f", a / b }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.5 ? "within the 1.5x target" : "OVER the 1.5x target") }')

cat <<REPORT

GET /api/application-configuration on PostgreSQL 15, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))
data: $tenants tenants x $users_per_tenant users (SQL seed ${seed_ms} ms); $signed_in signed-in users of $signed_in tenants (sign-in ${sign_in_ms} ms in total, PBKDF2 210,000 iterations, 2 in parallel)
load: wrk $threads threads, $connections connections, $rounds x $duration per endpoint after $warmup warm-up, tokens in rotation; response $response_bytes bytes

endpoint                                    req/s     p50 ms   p99 ms   non-2xx  requests   first request per user (avg / max ms)
real  /api/application-configuration     $(printf '%8s %10s %8s %9s %9s' "$real_rps" "$real_p50" "$real_p99" "$real_errors" "$real_requests")   $real_cold_avg / $real_cold_max
bare  one raw query, no framework        $(printf '%8s %10s %8s %9s %9s' "$bare_rps" "$bare_p50" "$bare_p99" "$bare_errors" "$bare_requests")   $bare_cold_avg / $bare_cold_max

bare/real throughput: ${ratio}x ($verdict); real/bare p50: ${p50_ratio}x; real/bare first request: ${cold_ratio}x
host RSS after the run: ${host_rss_mb} MB
rounds (name rps p50 p99 non2xx requests socket-errors):
$(sed 's/^/  /' "$work/results.txt")
REPORT
[ "$real_errors" = 0 ] && [ "$bare_errors" = 0 ] && [ "$real_socket" = 0 ] && [ "$bare_socket" = 0 ] || { echo "errors during the run" >&2; tail -20 "$work/host.log" >&2; exit 1; }
