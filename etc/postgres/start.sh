#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on a free loopback port and prints the superuser
# connection string. Installs Debian's postgresql package when it is missing (needs root).
# Usage: eval "$(etc/postgres/start.sh DIR)"  → exports MSAAS_TEST_PG and MSAAS_PG_DIR.
set -euo pipefail
dir="${1:?usage: start.sh DIR}"
bin=/usr/lib/postgresql/15/bin

if [ ! -x "$bin/initdb" ]; then
  echo "installing postgresql..." >&2
  if [ "$(id -u)" -ne 0 ]; then echo "postgresql is missing and we are not root: install Debian's 'postgresql' package" >&2; exit 1; fi
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port in 55432-55532" >&2; exit 1
}
port=$(free_port)

run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

rm -rf "$dir"
if [ "$(id -u)" -eq 0 ]; then install -d -o postgres -g postgres "$dir"; else mkdir -p "$dir"; fi
run_as_postgres "$bin/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_as_postgres "$bin/pg_ctl -D '$dir/data' -l '$dir/pg.log' -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" -w start" >/dev/null

psql_bin=$(command -v psql || echo /usr/bin/psql)
"$psql_bin" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q -c "CREATE ROLE msaas_owner LOGIN CREATEDB PASSWORD 'msaas'" \
  -c "CREATE ROLE msaas_app LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD 'msaas'" >&2

echo "export MSAAS_PG_DIR='$dir'"
echo "export MSAAS_TEST_PG='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50'"
