#!/usr/bin/env bash
# Host start time on the embedded default (SQLite): process start -> GET /health/ready answers 200, with the
# median of every start-up phase the host logs (category MarketingSaaS.Startup, "startup phase X at N ms").
#
#   flock /tmp/msaas-build.lock etc/bench/startup.sh     (on a shared machine: nothing else builds meanwhile)
#
# "first start": no database file; the host migrates and seeds (host admin, demo company) before serving,
# as `dotnet run` does on a new machine. "warm start": the database exists (migrations checked, seed checked).
# "warm, no migrate": the same with Database:MigrateOnStart=false (as on a server database), to show what
# the start-up migration check costs.
# After the ready answer, the script times one GET /api/application-configuration (anonymous; it reads settings
# through EF, so it shows when the EF model is ready).
# Runs the built host (Release) as `dotnet MarketingSaaS.HttpApi.Host.dll` in STARTUP_ENVIRONMENT (Development,
# the settings of `dotnet run`: demo company seeded, DI validated on build; or Production). The Angular portal
# is not built (-p:SkipAngularBuild=true): /health/ready does not serve it, and the host only checks whether
# its folder exists.
# Tunables (environment): STARTUP_RUNS (5), STARTUP_ENVIRONMENT (Development).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${STARTUP_RUNS:-5}
environment=${STARTUP_ENVIRONMENT:-Development}

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

echo "build (Release, no portal)" >&2
dotnet build src/MarketingSaaS.HttpApi.Host -c Release -p:SkipAngularBuild=true -v q -nologo >/dev/null
host_dir=src/MarketingSaaS.HttpApi.Host/bin/Release/net10.0
port=$(free_port)
base="http://127.0.0.1:$port"

# Prints the milliseconds from process start to the first 200 of /health/ready; appends "<kind> <phase>\t<ms>"
# lines to $work/phases.
start_once() { # kind, extra host arguments
  local kind=$1 start status ready
  shift
  : >"$work/host.log"
  start=$(date +%s%N)
  (cd "$host_dir" && ASPNETCORE_ENVIRONMENT=$environment exec dotnet MarketingSaaS.HttpApi.Host.dll \
    --ConnectionStrings:Default="Data Source=$work/startup.db" --Urls="$base" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:MarketingSaaS.Startup=Information \
    --Seed:DemoTenant=true --Seed:HostAdminPassword=Host@12345 "$@") >>"$work/host.log" 2>&1 &
  host_pid=$!
  while :; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true)
    [ "$status" = 200 ] && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
    [ $(( $(date +%s%N) - start )) -lt 60000000000 ] || { echo "no ready answer within 60 s" >&2; exit 1; }
    sleep 0.01
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  # The first answer that needs the EF model (anonymous application configuration: settings from the database).
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/application-configuration" || true)
  [ "$status" = 200 ] || { echo "application-configuration answered $status" >&2; exit 1; }
  api=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=""
  sed -nE "s/.*startup phase (.*) at ([0-9]+) ms.*/$kind\t\1\t\2/p" "$work/host.log" >>"$work/phases"
  printf '%s\t/health/ready 200\t%s\n%s\tthen /api/application-configuration 200\t%s\n' "$kind" "$ready" "$kind" "$api" >>"$work/phases"
  echo "$ready"
}

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "min %5d ms   median %5d ms   max %5d ms   (%s)", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR], NR " runs" }'; }

# Median per phase of one kind of start, in the order the phases first appeared.
phase_medians() { # kind
  awk -F'\t' -v kind="$1" '$1 == kind { if (!($2 in n)) order[++count] = $2; v[$2, ++n[$2]] = $3 }
    END {
      for (i = 1; i <= count; i++) {
        p = order[i]; m = n[p]
        for (a = 1; a <= m; a++) s[a] = v[p, a]
        for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (s[b] < s[a]) { t = s[a]; s[a] = s[b]; s[b] = t }
        median = m % 2 ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2
        printf "  %-44s %6d ms   (+%d)   [", p, median, median - previous
        for (a = 1; a <= m; a++) printf "%s%d", (a > 1 ? " " : ""), v[p, a]
        printf "]\n"
        previous = median
      }
    }' "$work/phases"
}

first=(); warm=(); bare=()
for i in $(seq 1 "$runs"); do
  echo "run $i/$runs" >&2
  rm -f "$work"/startup.db*
  first+=("$(start_once first)")
  warm+=("$(start_once warm)")
  bare+=("$(start_once bare --Database:MigrateOnStart=false)")
done

cat <<REPORT

Host start on SQLite ($environment environment), process start -> /health/ready 200, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src modules || echo ' + local changes'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))
first start (migrate + seed):  $(printf '%s\n' "${first[@]}" | stats)   [${first[*]}]
warm start (database exists):  $(printf '%s\n' "${warm[@]}" | stats)   [${warm[*]}]
warm, MigrateOnStart=false:    $(printf '%s\n' "${bare[@]}" | stats)   [${bare[*]}]

phases, ms since process start (median, +step from the previous line, every run):
first start:
$(phase_medians first)
warm start:
$(phase_medians warm)
warm, MigrateOnStart=false:
$(phase_medians bare)
REPORT
