#!/usr/bin/env bash
# Host start time on the embedded default (SQLite): process start -> GET /health/ready answers 200.
#
#   flock /tmp/msaas-build.lock etc/bench/startup.sh     (on a shared machine: nothing else builds meanwhile)
#
# "first start": no database file; the host migrates and seeds (host admin, demo company) before serving,
# as `dotnet run` does on a new machine. "warm start": the database exists (migrations checked, seed skipped).
# "warm, no migrate": the same with Database:MigrateOnStart=false (as on a server database), to show what
# the start-up migration check costs.
# Runs the built host (Release, Production environment) as `dotnet MarketingSaaS.HttpApi.Host.dll`.
# Tunables (environment): STARTUP_RUNS (5).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${STARTUP_RUNS:-5}

work=$(mktemp -d /tmp/msaas-startup.XXXXXX)
host_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for port in $(seq 58180 58280); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port in 58180-58280" >&2; exit 1
}

echo "build (Release)" >&2
dotnet build src/MarketingSaaS.HttpApi.Host -c Release -v q -nologo >/dev/null
host_dir=src/MarketingSaaS.HttpApi.Host/bin/Release/net10.0
port=$(free_port)
base="http://127.0.0.1:$port"

# Prints the milliseconds from process start to the first 200 of /health/ready.
start_once() { # extra host arguments
  local start status
  start=$(date +%s%N)
  (cd "$host_dir" && exec dotnet MarketingSaaS.HttpApi.Host.dll --ConnectionStrings:Default="Data Source=$work/startup.db" \
    --Urls="$base" --Logging:LogLevel:Default=Warning --Seed:DemoTenant=true --Seed:HostAdminPassword=Host@12345 "$@") >>"$work/host.log" 2>&1 &
  host_pid=$!
  while :; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true)
    [ "$status" = 200 ] && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
    [ $(( $(date +%s%N) - start )) -lt 60000000000 ] || { echo "no ready answer within 60 s" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
}

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "min %5d ms   median %5d ms   max %5d ms   (%s)", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR], NR " runs" }'; }

first=(); warm=(); bare=()
for i in $(seq 1 "$runs"); do
  echo "run $i/$runs" >&2
  rm -f "$work"/startup.db*
  first+=("$(start_once)")
  warm+=("$(start_once)")
  bare+=("$(start_once --Database:MigrateOnStart=false)")
done

cat <<REPORT

Host start on SQLite, process start -> /health/ready 200, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))
first start (migrate + seed):  $(printf '%s\n' "${first[@]}" | stats)   [${first[*]}]
warm start (database exists):  $(printf '%s\n' "${warm[@]}" | stats)   [${warm[*]}]
warm, MigrateOnStart=false:    $(printf '%s\n' "${bare[@]}" | stats)   [${bare[*]}]
REPORT
