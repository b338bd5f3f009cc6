#!/usr/bin/env bash
# Creates an optional module from etc/module-template: four layers, a test project (isolation and module-switch tests on
# SQLite and PostgreSQL), a DbContext in the module's schema / with its prefix and an Initial migration per provider,
# a manifest, one tenant-owned entity <Name>Item with CRUD endpoints (/api/<name>/items) and permissions, zh-Hans and en
# texts, and a portal feature with a list page (angular/src/app/features/<name>/).
# Usage: flock /tmp/msaas-build.lock etc/new-module.sh <Name> [--no-migrations]     (Name: PascalCase, e.g. Membership)
# Outside modules/<Name>/ and the portal feature's folder it touches only: MarketingSaaS.sln (the five projects), the
# host's composition (one reference in its csproj + Modules/<Name>ModuleComposition.cs), the DbMigrator's csproj (one
# ComposeModule reference) and one line in angular/src/app/app.config.ts. See docs/modules.md, "Generating a module".
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: new-module.sh <Name> [--no-migrations]}"
[[ "$name" =~ ^[A-Z][A-Za-z0-9]{1,39}$ ]] || { echo "module name must be PascalCase letters and digits: $name" >&2; exit 1; }
lower=$(tr '[:upper:]' '[:lower:]' <<<"$name")
[ ! -e "modules/$name" ] || { echo "modules/$name exists already" >&2; exit 1; }
[ ! -e "angular/src/app/features/$lower" ] || { echo "angular/src/app/features/$lower exists already" >&2; exit 1; }
template=etc/module-template

# 1. Copy the template, renaming paths and contents (__Module__ → Name, __module__ → lower case).
(cd "$template" && find . -type f) | while read -r file; do
  target=$(sed -e "s/__Module__/$name/g" -e "s/__module__/$lower/g" <<<"${file#./}")
  mkdir -p "$(dirname "$target")"
  sed -e "s/__Module__/$name/g" -e "s/__module__/$lower/g" "$template/$file" >"$target"
done

# 2. Compose it: the host (reference + composition class), the DbMigrator (its EF Core project, ComposeModule="true").
host=src/MarketingSaaS.HttpApi.Host/MarketingSaaS.HttpApi.Host.csproj
migrator=src/MarketingSaaS.DbMigrator/MarketingSaaS.DbMigrator.csproj
add_reference() { # <csproj> <line>: after the last module reference of that project
  python3 - "$1" "$2" <<'PY'
import sys
path, line = sys.argv[1], sys.argv[2]
lines = open(path).read().split("\n")
last = max(i for i, l in enumerate(lines) if "\\modules\\" in l and "ProjectReference" in l)
indent = lines[last][: len(lines[last]) - len(lines[last].lstrip())]
lines.insert(last + 1, indent + line)
open(path, "w").write("\n".join(lines))
PY
}
add_reference "$host" "<ProjectReference Include=\"..\\..\\modules\\$name\\src\\MarketingSaaS.$name.HttpApi\\MarketingSaaS.$name.HttpApi.csproj\" />"
add_reference "$migrator" "<ProjectReference Include=\"..\\..\\modules\\$name\\src\\MarketingSaaS.$name.EntityFrameworkCore\\MarketingSaaS.$name.EntityFrameworkCore.csproj\" ComposeModule=\"true\" />"

# 3. The solution: the module's five projects in a solution folder named after it.
dotnet sln MarketingSaaS.sln add --solution-folder "$name" \
  modules/"$name"/src/*/*.csproj modules/"$name"/test/*/*.csproj >/dev/null

# 4. The portal: one line in the feature list (and its import).
python3 - "$name" "$lower" <<'PY'
import sys
name, lower = sys.argv[1], sys.argv[2]
path = "angular/src/app/app.config.ts"
s = open(path).read()
anchor = "import { provideEventsFeature } from './features/events/events.feature';\n"
before = "  provideAdministrationFeature(),\n"
assert anchor in s and before in s, "app.config.ts: the Events import or the administration feature line moved; add the line by hand"
s = s.replace(anchor, anchor + f"import {{ provide{name}Feature }} from './features/{lower}/{lower}.feature';\n", 1)
s = s.replace(before, f"  provide{name}Feature(),\n" + before, 1)
open(path, "w").write(s)
PY

# 5. The Initial migration for every provider (builds the DbMigrator, which now composes the module).
if [ "${2-}" != "--no-migrations" ]; then
  etc/add-migration.sh Initial "$name"
fi
echo "created modules/$name and angular/src/app/features/$lower"
