#!/usr/bin/env bash
# Adds a migration <Name> to a DbContext for SQLite and PostgreSQL.
# Usage: etc/add-migration.sh <Name> [EfProject] [ContextPrefix] [Folder]
#   defaults: src/MarketingSaaS.EntityFrameworkCore Platform Platform
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: add-migration.sh <Name> [EfProject] [ContextPrefix] [Folder]}"
project="${2:-src/MarketingSaaS.EntityFrameworkCore}"
context="${3:-Platform}"
folder="${4:-$context}"
root_namespace=$(basename "$project")
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" --project "$project" --startup-project src/MarketingSaaS.DbMigrator \
    --context "${provider}${context}DbContext" --output-dir "Migrations/$provider/$folder" \
    --namespace "$root_namespace.Migrations.$provider.$folder"
  # dotnet ef writes the model snapshot to a folder named after the namespace; move it beside the migrations.
  snapshot_dir="$project/$(echo "$root_namespace.Migrations.$provider.$folder" | tr . /)"
  if [ -d "$snapshot_dir" ]; then
    mv "$snapshot_dir"/*ModelSnapshot.cs "$project/Migrations/$provider/$folder/"
    rm -rf "$project/$(echo "$root_namespace" | cut -d. -f1)"
  fi
done
