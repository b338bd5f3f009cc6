#!/usr/bin/env bash
# Adds a migration <Name> to a DbContext for SQLite and PostgreSQL.
# Usage: etc/add-migration.sh <Name> [Module]
#   no module:  the platform's context (src/MarketingSaaS.EntityFrameworkCore, Migrations/<Provider>/Platform)
#   Module:     the module's context, e.g. Events → modules/Events/src/MarketingSaaS.Events.EntityFrameworkCore,
#               contexts SqliteEventsDbContext / PostgreSqlEventsDbContext, Migrations/<Provider>
# Long form:    etc/add-migration.sh <Name> <EfProject> <ContextPrefix> [Folder]
# Design-time factories for every context live in src/MarketingSaaS.DbMigrator/DesignTime (see docs/migrations.md).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: add-migration.sh <Name> [Module | EfProject ContextPrefix [Folder]]}"
if [ $# -ge 3 ]; then
  project="$2"; context="$3"; folder="${4-$context}"
elif [ $# -eq 2 ]; then
  project="modules/$2/src/MarketingSaaS.$2.EntityFrameworkCore"; context="$2"; folder=""
  [ -d "$project" ] || { echo "no module EF Core project at $project" >&2; exit 1; }
else
  project="src/MarketingSaaS.EntityFrameworkCore"; context="Platform"; folder="Platform"
fi
root_namespace=$(basename "$project")
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  dir="Migrations/$provider${folder:+/$folder}"
  namespace="$root_namespace.Migrations.$provider${folder:+.$folder}"
  dotnet ef migrations add "$name" --project "$project" --startup-project src/MarketingSaaS.DbMigrator \
    --context "${provider}${context}DbContext" --output-dir "$dir" --namespace "$namespace"
  # dotnet ef writes the model snapshot to a folder named after the namespace; move it beside the migrations.
  snapshot_dir="$project/$(echo "$namespace" | tr . /)"
  if [ -d "$snapshot_dir" ]; then
    mv "$snapshot_dir"/*ModelSnapshot.cs "$project/$dir/"
    rm -rf "$project/$(echo "$root_namespace" | cut -d. -f1)"
  fi
done
