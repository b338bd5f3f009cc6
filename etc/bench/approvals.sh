#!/usr/bin/env bash
# Benchmark of the approval inbox ("waiting for me", first page) and the route simulator on PostgreSQL:
# one tenant with 2,000 users and 200 units, measured with 50,000 and again with 500,000 approval requests.
#
#   flock /tmp/msaas-build.lock etc/bench/approvals.sh     (on a shared machine: nothing else builds meanwhile)
#
# Steps: build; throwaway PostgreSQL cluster; DbMigrator; host; one tenant through the real sign-up API with
# the default org chart and approval policies imported through the API; units, users and requests added
# with SQL (etc/bench/seed-approvals.sql); unit heads and the VP sign in; wrk with their tokens in rotation
# on the inbox, the admin's token on the simulator. Between the runs PostgreSQL's per-table sequential
# scan counters are read, to show whether a request scanned a whole approval table.
# Tunables (environment): BENCH_UNITS (200), BENCH_USERS (2000), BENCH_REQUESTS ("50000 500000"),
# BENCH_SIGNED_IN (40 heads + the VP), BENCH_DURATION (15s), BENCH_WARMUP (5s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (8); BENCH_EXPLAIN=1 also prints the PostgreSQL plans of the VP's inbox queries.
set -euo pipefail
cd "$(dirname "$0")/../.."

units=${BENCH_UNITS:-200}
users=${BENCH_USERS:-2000}
read -r -a sizes <<<"${BENCH_REQUESTS:-50000 500000}"
signed_in=${BENCH_SIGNED_IN:-40}
duration=${BENCH_DURATION:-15s}
warmup=${BENCH_WARMUP:-5s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-8}
password='Bench@12345'
slug=bench-approvals

source etc/bench/lib.sh
require_tools dotnet psql jq curl wrk
bench_database
bench_host

step "tenant $slug through the sign-up API, default org chart and policies through the API"
tenant=$(curl -sf -X POST "$base/api/account/sign-up" -H 'Content-Type: application/json' \
  -d "{\"companyName\":\"Approvals Bench\",\"slug\":\"$slug\",\"adminName\":\"Admin\",\"email\":\"admin@approvals.bench.test\",\"password\":\"$password\"}" \
  | jq -r .tenantId)
sign_in() {
  curl -sf -X POST "$base/api/account/sign-in" -H 'Content-Type: application/json' \
    -d "{\"tenant\":\"$slug\",\"userName\":\"$1\",\"password\":\"$password\"}" | jq -r .accessToken
}
admin=$(sign_in admin)
auth=(-H "Authorization: Bearer $admin" -H 'Content-Type: application/json')
curl -sf -X POST "$base/api/org/units/import-default" "${auth[@]}" -d '{"template":"standard"}' >/dev/null
curl -sf -X POST "$base/api/approvals/policies/import-default" "${auth[@]}" >/dev/null

seeded=0
seed_to() { # grow the tenant to $1 requests
  local start
  start=$(date +%s%N)
  "${owner_psql[@]}" -v tenant="$tenant" -v units="$units" -v users="$users" -v first=$((seeded + 1)) -v requests=$(($1 - seeded)) \
    -f etc/bench/seed-approvals.sql >&2
  seed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  seeded=$1
}

owner_query() { # one value; '*' is the row-level security policies' "all tenants"
  "${owner_psql[@]}" -At -c "SET app.tenant_id = '*'" -c "$1"
}

seq_scans() { # sequential scans so far on the approval tables, summed
  owner_query "SELECT sum(seq_scan) FROM pg_stat_user_tables
    WHERE relname IN ('ApprovalRequests', 'ApprovalStages', 'ApprovalStageApprovers', 'ApprovalDecisions')"
}

inbox="$base/api/approvals/requests?view=waiting-for-me&skipCount=0&maxResultCount=20"

explain_inbox() { # $1 = request count; the plans of the VP's inbox count and first page (the SQL EF Core sends, as the app role)
  local vp_id
  vp_id=$(owner_query "SELECT \"Id\" FROM \"Users\" WHERE \"TenantId\" = '$tenant' AND \"UserName\" = 'vp'")
  echo "== $1 requests: the VP's inbox"
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U msaas_app -d msaas_bench -c "SET app.tenant_id = '$tenant'" -c "
    EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM \"ApprovalStageApprovers\" AS a
    WHERE a.\"TenantId\" = '$tenant' AND a.\"IsWaiting\" AND a.\"UserId\" = '$vp_id'" -c "
    EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT a.\"RequestId\" FROM \"ApprovalStageApprovers\" AS a
    WHERE a.\"TenantId\" = '$tenant' AND a.\"IsWaiting\" AND a.\"UserId\" = '$vp_id' ORDER BY a.\"RequestId\" DESC LIMIT 20 OFFSET 0"
  echo "== $1 requests: the VP's count as the superuser (no row-level security), for comparison"
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d msaas_bench -c "
    EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM \"ApprovalStageApprovers\" AS a
    WHERE a.\"TenantId\" = '$tenant' AND a.\"IsWaiting\" AND a.\"UserId\" = '$vp_id'"
}
simulate="$base/api/approvals/policies/simulate"

measure() { # $1 = request count; appends a line per endpoint to results.txt
  sleep 1 # let the statistics collector see the seed's ANALYZE before counting
  local before after
  before=$(seq_scans)
  run_wrk "$inbox" "$warmup" "$work/inbox-tokens.txt" >/dev/null
  echo "$1 inbox $(run_wrk "$inbox" "$duration" "$work/inbox-tokens.txt")" >>"$work/results.txt"
  run_wrk "$simulate" "$warmup" "$work/admin-token.txt" "$work/simulate.json" >/dev/null
  echo "$1 simulate $(run_wrk "$simulate" "$duration" "$work/admin-token.txt" "$work/simulate.json")" >>"$work/results.txt"
  sleep 1
  after=$(seq_scans)
  echo "$1 $((after - before))" >>"$work/scans.txt"
}

: >"$work/results.txt"
: >"$work/scans.txt"
for size in "${sizes[@]}"; do
  step "SQL seed: $units units, $users users, $size requests"
  seed_to "$size"
  echo "$size $seed_ms" >>"$work/seeds.txt"
  if [ ! -s "$work/inbox-tokens.txt" ]; then
    step "sign in $signed_in unit heads and the VP"
    for i in $(seq 1 "$signed_in"); do echo "head-$i"; done \
      | xargs -P 2 -I{} sh -c "curl -sf -X POST '$base/api/account/sign-in' -H 'Content-Type: application/json' \
          -d '{\"tenant\":\"$slug\",\"userName\":\"{}\",\"password\":\"$password\"}' | jq -r .accessToken" >"$work/inbox-tokens.txt"
    sign_in vp >>"$work/inbox-tokens.txt" # the last line: the check below reads it
    [ "$(grep -c . "$work/inbox-tokens.txt")" = $((signed_in + 1)) ] || { echo "sign-ins failed" >&2; tail -20 "$work/host.log" >&2; exit 1; }
    echo "$admin" >"$work/admin-token.txt"
    requester=$(owner_query "SELECT \"Id\" FROM \"Users\" WHERE \"TenantId\" = '$tenant' AND \"UserName\" = 'user-7-1'")
    printf '{"businessType":"Event","amount":80000,"currency":"CNY","riskTier":"Campaign","isSpecial":false,"requesterUserId":"%s"}' \
      "$requester" >"$work/simulate.json"
  fi

  step "check the answers ($size requests)"
  vp_token=$(tail -1 "$work/inbox-tokens.txt")
  vp_waiting=$(curl -sf "$inbox" -H "Authorization: Bearer $vp_token" | jq -r .totalCount)
  expected=$(owner_query "SELECT count(*) FROM \"ApprovalRequests\" r JOIN \"ApprovalStages\" s ON s.\"RequestId\" = r.\"Id\" AND s.\"Index\" = r.\"CurrentStageIndex\"
    JOIN \"ApprovalStageApprovers\" a ON a.\"StageId\" = s.\"Id\" JOIN \"Users\" u ON u.\"Id\" = a.\"UserId\"
    WHERE r.\"Status\" = 0 AND a.\"State\" = 0 AND u.\"UserName\" = 'vp' AND r.\"TenantId\" = '$tenant'")
  [ "$vp_waiting" = "$expected" ] || { echo "inbox says $vp_waiting waiting for the VP, the database $expected" >&2; exit 1; }
  route=$(curl -s -X POST "$simulate" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d @"$work/simulate.json")
  stages=$(jq '.stages | length' <<<"$route")
  [ "$stages" -ge 1 ] || { echo "the simulator found no route: $route" >&2; exit 1; }
  echo "$size $vp_waiting $(jq -r .ruleName <<<"$route") $stages" >>"$work/checks.txt"

  step "measure ($size requests): $duration per endpoint after $warmup warm-up, $threads threads, $connections connections"
  measure "$size"
  if [ -n "${BENCH_EXPLAIN:-}" ]; then explain_inbox "$size" >>"$work/plans.txt"; fi
done
host_rss_mb=$(( $(ps -o rss= -p "$host_pid") / 1024 ))

cat <<REPORT

Approval inbox and route simulator on PostgreSQL 15, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))
tenant: $units units, $users users; inbox: $((signed_in + 1)) signed-in approvers in rotation (40 unit heads, the VP), first page of 20
load: wrk $threads threads, $connections connections, $duration per endpoint after $warmup warm-up

requests  endpoint   req/s     p50 ms   p99 ms   non-2xx  requests  sockets
$(awk '{ printf "%8s  %-8s %8.0f %10s %8s %9s %9s %8s\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$work/results.txt")

checks (requests, waiting for the VP, simulated rule, stages):
$(sed 's/^/  /' "$work/checks.txt")
SQL seed time (requests, ms): $(tr '\n' ' ' <"$work/seeds.txt")
sequential scans of the approval tables during the measurements (requests, scans): $(tr '\n' ' ' <"$work/scans.txt")
host RSS after the run: ${host_rss_mb} MB
$(cat "$work/plans.txt" 2>/dev/null)
REPORT
awk '$6 != 0 || $8 != 0 { bad = 1 } END { exit bad }' "$work/results.txt" || { echo "errors during the run" >&2; tail -20 "$work/host.log" >&2; exit 1; }
