#!/usr/bin/env bash
# Background-job throughput on PostgreSQL: 10,000 no-op jobs (the probe job with record=false) drained by one
# and by two host processes; prints jobs/second from "jobs released" to "all succeeded".
#
#   flock /tmp/msaas-build.lock etc/bench/background-jobs.sh     (on a shared machine: nothing else builds meanwhile)
#
# Steps: build (Release); throwaway PostgreSQL cluster; DbMigrator; for each process count: empty the queue,
# insert the jobs not yet due, start the hosts (BackgroundJobs:ProbeJob=true), wait until each has started,
# make every job due in one UPDATE, time until all have succeeded, stop the hosts.
# Tunables (environment): JOBS (10000), BATCH (50), POLL (00:00:00.050), ROUNDS (2). Needs dotnet and psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
jobs=${JOBS:-10000}; batch=${BATCH:-50}; poll=${POLL:-00:00:00.050}; rounds=${ROUNDS:-2}

work=$(mktemp -d /tmp/msaas-jobs-bench.XXXXXX)
pg_dir="/tmp/msaas-jobs-bench-pg-$$" # not under $work: mktemp makes that private, and the cluster runs as postgres
pids=()
stop_hosts() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  pids=()
}
cleanup() {
  stop_hosts
  etc/postgres/stop.sh "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "build (Release)" >&2
dotnet build src/MarketingSaaS.HttpApi.Host -c Release -v q -nologo >/dev/null
dotnet build src/MarketingSaaS.DbMigrator -c Release -v q -nologo >/dev/null
host_dir=src/MarketingSaaS.HttpApi.Host/bin/Release/net10.0

eval "$(etc/postgres/start.sh "$pg_dir")"
pg_port=$(echo "$MSAAS_TEST_PG" | sed -E 's/.*Port=([0-9]+).*/\1/')
psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE msaas_jobs OWNER msaas_owner"
db="Host=127.0.0.1;Port=$pg_port;Database=msaas_jobs;Password=msaas"
app_cs="$db;Username=msaas_app"
owner_psql=(psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U msaas_owner -d msaas_jobs)
echo "DbMigrator" >&2
dotnet run -c Release --no-build --project src/MarketingSaaS.DbMigrator -- \
  --ConnectionStrings:Default="$app_cs" --ConnectionStrings:Migrations="$db;Username=msaas_owner" --Seed:HostAdminPassword=Host@12345 >"$work/migrator.log" 2>&1 \
  || { cat "$work/migrator.log" >&2; exit 1; }

start_host() { # log file
  (cd "$host_dir" && ASPNETCORE_ENVIRONMENT=Production exec dotnet MarketingSaaS.HttpApi.Host.dll \
    --ConnectionStrings:Default="$app_cs" --Database:MigrateOnStart=false --Urls=http://127.0.0.1:0 \
    --BackgroundJobs:ProbeJob=true --BackgroundJobs:PollInterval="$poll" --BackgroundJobs:BatchSize="$batch" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.Hosting.Lifetime=Information) >"$1" 2>&1 &
  pids+=($!)
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

run() { # process count -> prints jobs/s
  local processes=$1 i start elapsed done_count
  "${owner_psql[@]}" -c 'TRUNCATE "BackgroundJobs"'
  "${owner_psql[@]}" -c "INSERT INTO \"BackgroundJobs\" (\"Id\", \"TenantId\", \"IdempotencyScope\", \"JobName\", \"ArgsJson\", \"State\", \"TryCount\", \"NextTryTime\", \"CreationTime\")
    SELECT gen_random_uuid(), NULL, '00000000-0000-0000-0000-000000000000', 'Diagnostics.Probe', json_build_object('number', n, 'record', false)::text,
      'Waiting', 0, now() + interval '1 day', now() FROM generate_series(1, $jobs) AS n"
  for i in $(seq 1 "$processes"); do start_host "$work/host-$processes-$i.log"; done
  for i in $(seq 1 "$processes"); do
    until grep -q "Application started" "$work/host-$processes-$i.log"; do
      kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { cat "$work/host-$processes-$i.log" >&2; exit 1; }
      sleep 0.05
    done
  done
  start=$(now_ms)
  "${owner_psql[@]}" -c 'UPDATE "BackgroundJobs" SET "NextTryTime" = now()'
  while :; do
    done_count=$("${owner_psql[@]}" -c "SELECT count(*) FROM \"BackgroundJobs\" WHERE \"State\" = 'Succeeded'")
    [ "$done_count" -ge "$jobs" ] && break
    [ $(( $(now_ms) - start )) -lt 600000 ] || { echo "not drained within 10 min ($done_count of $jobs)" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - start ))
  local twice
  twice=$("${owner_psql[@]}" -c "SELECT count(*) FROM \"BackgroundJobs\" WHERE \"TryCount\" <> 1")
  [ "$twice" -eq 0 ] || { echo "$twice jobs were tried more than once" >&2; exit 1; }
  stop_hosts
  echo "$processes $elapsed"
}

results=()
for round in $(seq 1 "$rounds"); do
  for processes in 1 2; do
    echo "round $round: $processes process(es)" >&2
    results+=("$(run "$processes")")
  done
done

echo
echo "Background jobs on PostgreSQL 15, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
echo "$jobs no-op jobs, batch $batch, poll interval $poll; time from release to all succeeded (per batch: one claim UPDATE … RETURNING and one SELECT; per job: two DI scopes and one completion UPDATE)"
for r in "${results[@]}"; do
  set -- $r
  awk -v p="$1" -v ms="$2" -v n="$jobs" 'BEGIN { printf "%d process(es): %6d ms  %8.0f jobs/s\n", p, ms, n * 1000 / ms }'
done
