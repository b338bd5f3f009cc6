#!/usr/bin/env bash
# Proves the module kit: in a throwaway clone of the current commit, etc/new-module.sh generates a module "Sample", and
# - nothing outside modules/Sample/ and angular/src/app/features/sample/ changed but MarketingSaaS.sln and the host's
#   list of composed modules (src/MarketingSaaS.HttpApi.Host/Modules/ComposedModules.props, one line);
# - it builds, the DbMigrator migrates it (SQLite, and PostgreSQL when MSAAS_TEST_PG is set) and its isolation and
#   module-switch tests pass (on PostgreSQL too when MSAAS_TEST_PG is set);
# - the architecture tests (test/MarketingSaaS.HttpApi.Tests/Architecture/Module*: project references, type
#   dependencies, manifests) pass with the module's assemblies among the ones they read;
# - the portal: the feature is in the generated module list, its typed client is what ng-openapi-gen makes from the
#   clone's host's OpenAPI document with the module's configuration, and its Vitest spec (with the portal's feature
#   checks) passes.
# Exits non-zero on any failure. Called by etc/test.sh; alone: eval "$(etc/postgres/start.sh DIR)" first. The portal
# steps use this repository's angular/node_modules (npm install here first when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
source_repo=$(pwd)
work=$(mktemp -d /tmp/msaas-new-module.XXXXXX)
host_pid=
trap '[ -z "$host_pid" ] || kill "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q --no-hardlinks "$source_repo" "$work/repo"
cd "$work/repo"
log="$work/log"

step() { # <description> <command...>: runs the command quietly, shows its log when it fails
  local what="$1"; shift
  if ! "$@" >"$log" 2>&1; then
    echo "check-new-module: $what failed:" >&2; tail -n 60 "$log" >&2; exit 1
  fi
}

export MSAAS_EF_CONFIGURATION=Release
step "generating the module" etc/new-module.sh Sample
changed=$(git status --porcelain --untracked-files=all | cut -c4- | grep -vE '^(modules/Sample/|angular/src/app/features/sample/)' || true)
step "touching only the solution and the host's list" test "$changed" = "$(printf 'MarketingSaaS.sln\nsrc/MarketingSaaS.HttpApi.Host/Modules/ComposedModules.props')"
step "adding one line to the host's list" test "$(git diff --numstat src/MarketingSaaS.HttpApi.Host/Modules/ComposedModules.props | cut -f1,2)" = "$(printf '1\t0')"
step "building it" dotnet build modules/Sample/test/MarketingSaaS.Sample.Tests -c Release -nologo -v quiet -p:SkipAngularBuild=true
# Again: new-module.sh built the DbMigrator before the module's migrations existed.
step "building the migrator" dotnet build src/MarketingSaaS.DbMigrator -c Release -nologo -v quiet
step "building the architecture tests" dotnet build test/MarketingSaaS.HttpApi.Tests -c Release -nologo -v quiet -p:SkipAngularBuild=true
migrator=src/MarketingSaaS.DbMigrator/bin/Release/net10.0/MarketingSaaS.DbMigrator.dll
# Outside Development the migrator refuses to start without the first host admin's password.
export Seed__HostAdminPassword="Check-$$-Host"
step "migrating SQLite" dotnet "$migrator" --ConnectionStrings:Default="Data Source=$work/sample.db"
step "finding its table on SQLite" python3 -c "import sqlite3, sys; sys.exit(sqlite3.connect('$work/sample.db').execute(\"SELECT count(*) FROM sqlite_master WHERE name = 'Sample_Items'\").fetchone()[0] != 1)"
if [ -n "${MSAAS_TEST_PG-}" ]; then
  setting() { tr ';' '\n' <<<"$MSAAS_TEST_PG" | sed -n "s/^$1=//Ip" | head -1; }
  host=$(setting Host); port=$(setting Port); database="msaas_new_module_$$"
  psql -h "$host" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $database OWNER msaas_owner" >/dev/null
  server="Host=$host;Port=$port;Database=$database;Password=msaas"
  step "migrating PostgreSQL" dotnet "$migrator" --ConnectionStrings:Default="$server;Username=msaas_app" --ConnectionStrings:Migrations="$server;Username=msaas_owner"
  step "finding its table in its schema on PostgreSQL" test "$(psql -h "$host" -p "$port" -U postgres -d "$database" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'sample' AND tablename IN ('Items', '__SampleMigrationsHistory')")" = 2
  psql -h "$host" -p "$port" -U postgres -q -c "DROP DATABASE $database" >/dev/null
fi
# MSAAS_TEST_RESULTS (etc/test.sh sets it): a folder for the trx files, so the run's closing count includes these tests.
results() { [ -z "${MSAAS_TEST_RESULTS-}" ] || echo --logger "trx;LogFilePrefix=$1" --results-directory "$MSAAS_TEST_RESULTS"; }
step "testing it" dotnet test modules/Sample/test/MarketingSaaS.Sample.Tests -c Release --no-build -nologo $(results new-module)
grep -E "^(Passed|Failed)!" "$log" || tail -n 3 "$log"
step "finding its assemblies next to the architecture tests" test -f test/MarketingSaaS.HttpApi.Tests/bin/Release/net10.0/MarketingSaaS.Sample.Domain.dll
step "the architecture tests" dotnet test test/MarketingSaaS.HttpApi.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~MarketingSaaS.HttpApi.Tests.Architecture.Module" $(results new-module-architecture)
grep -E "^(Passed|Failed)!" "$log" || tail -n 3 "$log"

# The portal.
if [ ! -d "$source_repo/angular/node_modules" ]; then (cd "$source_repo/angular" && npm install --no-audit --no-fund --loglevel=error); fi
ln -s "$source_repo/angular/node_modules" angular/node_modules
step "listing its portal feature" node angular/scripts/module-features.mjs
step "finding it in the module list" grep -q "provideSampleFeature()" angular/src/app/module-features.ts
# The client the template wrote must be what ng-openapi-gen makes from the clone's host's OpenAPI document (generated
# into a scratch folder with the module's own configuration; the platform's clients are left alone).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd src/MarketingSaaS.HttpApi.Host && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$work/openapi.db" \
  OpenApi__AllowAnonymous=true App__PublicUrl="http://127.0.0.1:$port" dotnet bin/Release/net10.0/MarketingSaaS.HttpApi.Host.dll \
  --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1) &
host_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/openapi/v1.json" -o "$work/openapi.json" || { echo "check-new-module: the host did not serve its OpenAPI document:" >&2; tail -n 40 "$work/host.log" >&2; exit 1; }
kill "$host_pid"; wait "$host_pid" 2>/dev/null || true; host_pid=
# As scripts/fetch-openapi.mjs: the clients call relative URLs, whatever host served the document.
step "preparing its client's generation" node -e '
  const fs = require("fs"); const [document, config, output, scratch] = process.argv.slice(1);
  const openapi = JSON.parse(fs.readFileSync(document, "utf8")); delete openapi.servers;
  fs.writeFileSync(document, JSON.stringify(openapi, null, 2) + "\n");
  fs.writeFileSync(scratch, JSON.stringify({ ...JSON.parse(fs.readFileSync(config, "utf8")), input: document, output }));
' "$work/openapi.json" angular/src/app/features/sample/ng-openapi-gen.json "$work/generated-api" "$work/ng-openapi-gen.sample.json"
step "generating its client" bash -c "cd angular && node_modules/.bin/ng-openapi-gen -c '$work/ng-openapi-gen.sample.json'"
step "comparing the templated client with the generated one" diff -r angular/src/app/features/sample/api "$work/generated-api"
step "the portal's specs of the module" bash -c "cd angular && NG_CLI_ANALYTICS=false npx ng test --watch=false \
  --include src/app/features/sample/sample-items.component.spec.ts --include src/app/app.features.spec.ts"
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "^ *Tests " | tail -1 || tail -n 3 "$log"
echo "check-new-module: passed in $(( $(date +%s) - started )) s"
