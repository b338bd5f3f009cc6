#!/usr/bin/env bash
# Compares the database schema that two versions of the repository migrate to, on SQLite and PostgreSQL:
# each side is built, the DbMigrator creates a fresh database (every registered context, then row-level
# security on PostgreSQL), and the schemas are dumped, normalised and diffed. Use it to prove a squash.
# Usage: flock /tmp/msaas-build.lock etc/compare-schemas.sh <old-ref> [<new-ref>]   (no new-ref: the working tree)
# PostgreSQL: needs MSAAS_TEST_PG (eval "$(etc/postgres/start.sh DIR)"); without it only SQLite is compared.
# Output: the dumps in $MSAAS_SCHEMA_OUT (default: a new folder under /tmp); exit code 1 when a normalised diff is not empty.
# Normalised: SQLite from PRAGMA (columns, indexes, foreign keys, triggers, views), PostgreSQL from pg_dump with the
# column lines of each table sorted — the order of columns differs after ALTER TABLE ADD COLUMN and is not compared.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
old_ref="${1:?usage: compare-schemas.sh <old-ref> [<new-ref>]}"
new_ref="${2-}"
out="${MSAAS_SCHEMA_OUT:-$(mktemp -d /tmp/msaas-schemas.XXXXXX)}"
mkdir -p "$out"
trees=()
cleanup() { for t in "${trees[@]}"; do git -C "$repo" worktree remove --force "$t" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT

checkout() { # <ref> <side> → sets tree (the working tree itself when ref is empty)
  tree="$repo"
  [ -n "$1" ] || return 0
  tree="$out/tree-$2"
  git -C "$repo" worktree add --detach "$tree" "$1" >/dev/null 2>&1
  trees+=("$tree")
}

sqlite_dump() { # <db file>
  sqlite3 "$1" <<'SQL'
SELECT 'column ' || m.name || '.' || c.name || ' ' || c.type || IIF(c."notnull", ' NOT NULL', '')
       || COALESCE(' DEFAULT ' || c.dflt_value, '') || IIF(c.pk > 0, ' PK' || c.pk, '')
FROM sqlite_schema m, pragma_table_info(m.name) c WHERE m.type = 'table'
UNION ALL
SELECT 'index ' || i.name || ' ON ' || m.name || '(' ||
       (SELECT group_concat(name, ', ') FROM (SELECT name FROM pragma_index_info(i.name) ORDER BY seqno)) || ')'
       || IIF(i."unique", ' UNIQUE', '') || ' origin=' || i.origin
       || COALESCE(' WHERE ' || substr(s.sql, instr(s.sql, ' WHERE ') + 7), '')
FROM sqlite_schema m, pragma_index_list(m.name) i LEFT JOIN sqlite_schema s ON s.name = i.name AND s.type = 'index' AND i.partial
WHERE m.type = 'table'
UNION ALL
SELECT 'foreign key ' || m.name || '(' || group_concat(f."from", ', ') || ') → ' || f."table" || '(' || group_concat(f."to", ', ')
       || ') ON DELETE ' || f.on_delete || ' ON UPDATE ' || f.on_update
FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' GROUP BY m.name, f.id
UNION ALL
SELECT m.type || ' ' || m.name || ': ' || m.sql FROM sqlite_schema m WHERE m.type IN ('trigger', 'view')
ORDER BY 1;
SQL
}

pg_setting() { # <key> of MSAAS_TEST_PG
  tr ';' '\n' <<<"$MSAAS_TEST_PG" | sed -n "s/^$1=//Ip" | head -1
}

pg_normalise() { # sorts the column lines inside each CREATE TABLE; drops comments and blank lines
  awk '
    /^CREATE TABLE .*\($/ { print; in_table = 1; n = 0; next }
    in_table && /^\);$/ { for (i = 1; i <= n; i++) print lines[i] | "sort"; close("sort"); print; in_table = 0; next }
    in_table { line = $0; sub(/,$/, "", line); lines[++n] = line; next }
    /^--/ || /^$/ || /^\\(un)?restrict / { next }
    { print }'
}

migrate_and_dump() { # <tree> <side>
  local tree="$1" side="$2" bin
  echo "== $side: building $(git -C "$tree" rev-parse --short HEAD)$([ "$tree" = "$repo" ] && echo ' + working tree')" >&2
  dotnet build "$tree/src/MarketingSaaS.DbMigrator" -c Release -v q -nologo >"$out/build-$side.log" 2>&1 \
    || { echo "build failed: $out/build-$side.log" >&2; exit 2; }
  bin="$tree/src/MarketingSaaS.DbMigrator/bin/Release/net10.0/MarketingSaaS.DbMigrator.dll"

  rm -f "$out/$side.db"
  dotnet "$bin" --ConnectionStrings:Default="Data Source=$out/$side.db" --Seed:HostAdminPassword=Compare-Schemas-1 >"$out/migrate-sqlite-$side.log" 2>&1 \
    || { echo "migration failed: $out/migrate-sqlite-$side.log" >&2; exit 2; }
  sqlite3 "$out/$side.db" .schema >"$out/sqlite-$side.raw.sql"
  sqlite_dump "$out/$side.db" >"$out/sqlite-$side.sql"

  [ -n "${MSAAS_TEST_PG-}" ] || return 0
  local host port database="msaas_schema_${side}_$$"
  host=$(pg_setting Host); port=$(pg_setting Port)
  psql -h "$host" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $database OWNER msaas_owner" >/dev/null
  local server="Host=$host;Port=$port;Database=$database;Password=msaas"
  dotnet "$bin" --ConnectionStrings:Default="$server;Username=msaas_app" --ConnectionStrings:Migrations="$server;Username=msaas_owner" --Seed:HostAdminPassword=Compare-Schemas-1 \
    >"$out/migrate-postgresql-$side.log" 2>&1 || { echo "migration failed: $out/migrate-postgresql-$side.log" >&2; exit 2; }
  pg_dump -h "$host" -p "$port" -U postgres --schema-only --restrict-key=compareschemas "$database" >"$out/postgresql-$side.raw.sql"
  pg_normalise <"$out/postgresql-$side.raw.sql" >"$out/postgresql-$side.sql"
  psql -h "$host" -p "$port" -U postgres -q -c "DROP DATABASE $database" >/dev/null
}

checkout "$old_ref" old; migrate_and_dump "$tree" old
checkout "$new_ref" new; migrate_and_dump "$tree" new

status=0
for provider in sqlite postgresql; do
  [ -f "$out/$provider-old.sql" ] || { echo "$provider: skipped (MSAAS_TEST_PG not set)"; continue; }
  if diff -u "$out/$provider-old.sql" "$out/$provider-new.sql" >"$out/$provider.diff"; then
    echo "$provider: identical ($(wc -l <"$out/$provider-new.sql") normalised lines)"
  else
    echo "$provider: DIFFERENT — $out/$provider.diff"; cat "$out/$provider.diff"; status=1
  fi
  diff -q "$out/$provider-old.raw.sql" "$out/$provider-new.raw.sql" >/dev/null \
    || echo "$provider: raw dumps differ (column order, formatting): diff $out/$provider-old.raw.sql $out/$provider-new.raw.sql"
done
echo "dumps in $out"
exit $status
