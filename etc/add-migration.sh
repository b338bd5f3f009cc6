#!/usr/bin/env bash
# Adds a migration <Name> to a DbContext for every provider; the generated files land in
# <EfProject>/Migrations/<Provider>/ (namespace <EfProject>.Migrations.<Provider>), nothing else is written there.
# Usage: etc/add-migration.sh <Name> [Module]
#   no module:  the platform's context (src/MarketingSaaS.EntityFrameworkCore, SqlitePlatformDbContext / PostgreSqlPlatformDbContext)
#   Module:     the module's context, e.g. Events → modules/Events/src/MarketingSaaS.Events.EntityFrameworkCore,
#               contexts SqliteEventsDbContext / PostgreSqlEventsDbContext
# Long form:    etc/add-migration.sh <Name> <EfProject> <ContextPrefix>
# Run it under the build lock: flock /tmp/msaas-build.lock etc/add-migration.sh <Name> [Module]
# No design-time factory per context: the DbMigrator's composition supplies every context (see docs/migrations.md).
# MSAAS_EF_CONFIGURATION (default Debug): the configuration the DbMigrator is built in (Release reuses a Release build).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: add-migration.sh <Name> [Module | EfProject ContextPrefix]}"
if [ $# -ge 3 ]; then
  project="$2"; context="$3"
elif [ $# -eq 2 ]; then
  project="modules/$2/src/MarketingSaaS.$2.EntityFrameworkCore"; context="$2"
  [ -d "$project" ] || { echo "no module EF Core project at $project" >&2; exit 1; }
else
  project="src/MarketingSaaS.EntityFrameworkCore"; context="Platform"
fi
root_namespace=$(basename "$project")
dotnet tool restore >/dev/null
configuration="${MSAAS_EF_CONFIGURATION:-Debug}"
dotnet build src/MarketingSaaS.DbMigrator -c "$configuration" -v q -nologo >/dev/null
for provider in Sqlite PostgreSql; do
  namespace="$root_namespace.Migrations.$provider"
  dotnet ef migrations add "$name" --no-build --configuration "$configuration" --project "$project" --startup-project src/MarketingSaaS.DbMigrator \
    --context "${provider}${context}DbContext" --output-dir "Migrations/$provider" --namespace "$namespace"
  # A new model snapshot goes to a folder named after the whole namespace; move it beside the migrations.
  snapshot_dir="$project/$(tr . / <<<"$namespace")"
  if [ -d "$snapshot_dir" ]; then
    mv "$snapshot_dir"/*ModelSnapshot.cs "$project/Migrations/$provider/"
    rm -rf "$project/${root_namespace%%.*}"
  fi
done
