# Shared parts of the PostgreSQL benchmarks; sourced after `set -euo pipefail` and `cd` to the repository.
# Sets: work (temporary folder), pg_dir, pg_port, app_cs, owner_cs, owner_psql, base (host URL), host_pid.

work=$(mktemp -d /tmp/msaas-bench.XXXXXX)
chmod 755 "$work"
pg_dir="$work/pg"
host_pid=""
bench_cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  if [ -n "${BENCH_LOGS:-}" ]; then mkdir -p "$BENCH_LOGS"; cp "$work/host.log" "$pg_dir/pg.log" "$BENCH_LOGS/" 2>/dev/null || true; fi
  etc/postgres/stop.sh "$pg_dir"
  rm -rf "$work"
}
trap bench_cleanup EXIT

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (Debian: apt-get install ${tool/psql/postgresql-client})" >&2; exit 1; }
  done
}

step() { # also marks the host's and PostgreSQL's logs, to tell which step logged what
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
  local log
  for log in "$work/host.log" "$pg_dir/pg.log"; do if [ -f "$log" ]; then echo "=== $*" >>"$log"; fi; done
}

free_port() {
  local port
  for port in $(seq "$1" $(($1 + 100))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port from $1" >&2; exit 1
}

# Release build, throwaway cluster, database msaas_bench, DbMigrator (migrations + row-level security).
bench_database() {
  step "build (Release)"
  dotnet build src/MarketingSaaS.HttpApi.Host -c Release -v q -nologo -p:SkipAngularBuild=true >/dev/null
  dotnet build src/MarketingSaaS.DbMigrator -c Release -v q -nologo >/dev/null

  step "PostgreSQL cluster"
  eval "$(etc/postgres/start.sh "$pg_dir")"
  pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$MSAAS_TEST_PG")
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE msaas_bench OWNER msaas_owner"
  if [ -n "${BENCH_LOGS:-}" ]; then psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "ALTER DATABASE msaas_bench SET log_statement = 'all'"; fi
  local db="Host=127.0.0.1;Port=$pg_port;Database=msaas_bench;Password=msaas"
  app_cs="$db;Username=msaas_app;Maximum Pool Size=100${BENCH_CS_EXTRA:-}"  # BENCH_CS_EXTRA: ";Key=value" added by a bench
  owner_cs="$db;Username=msaas_owner"
  owner_psql=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U msaas_owner -d msaas_bench)

  step "DbMigrator: migrations + row-level security"
  dotnet run -c Release --no-build --project src/MarketingSaaS.DbMigrator -- \
    --ConnectionStrings:Default="$app_cs" --ConnectionStrings:Migrations="$owner_cs" --Seed:HostAdminPassword=Host@12345 >"$work/migrator.log" 2>&1 \
    || { cat "$work/migrator.log" >&2; exit 1; }
}

# The built host (Release, Production environment) on a free port; extra arguments are passed on.
bench_host() {
  step "host"
  local http_port
  http_port=$(free_port 58080)
  base="http://127.0.0.1:$http_port"
  (cd src/MarketingSaaS.HttpApi.Host/bin/Release/net10.0 && ASPNETCORE_ENVIRONMENT=Production exec dotnet MarketingSaaS.HttpApi.Host.dll \
    --ConnectionStrings:Default="$app_cs" --Database:MigrateOnStart=false --Seed:DemoTenant=false --Urls="$base" \
    --RateLimits:SignInPerMinute=1000000 --RateLimits:SignUpPerMinute=1000 --Logging:LogLevel:Default=Warning "$@") >>"$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] && return
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the host did not get ready" >&2; exit 1
}

# wrk with bearer tokens in rotation: run_wrk URL DURATION TOKENS_FILE [JSON_BODY_FILE] -> "rps p50 p99 non2xx requests socket_errors"
run_wrk() {
  wrk -t"${threads:-2}" -c"${connections:-16}" -d"$2" --timeout 5s -s etc/bench/rotate-tokens.lua "$1" -- "$3" ${4:+"$4"} \
    | grep '^RESULT' | cut -d' ' -f2-
}
