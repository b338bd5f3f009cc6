#!/usr/bin/env bash
# Creates an optional module from etc/module-template: four layers, a test project (isolation and module-switch tests on
# SQLite and PostgreSQL), a DbContext in the module's schema / with its prefix and an Initial migration per provider,
# a manifest, one tenant-owned entity <Name>Item with CRUD endpoints (/api/<name>/items) and permissions, zh-Hans and en
# texts, and a portal feature with a list page, its typed API client and a Vitest spec (angular/src/app/features/<name>/).
# Usage: flock /tmp/msaas-build.lock etc/new-module.sh <Name> [--no-migrations]     (Name: PascalCase, e.g. Membership)
# Outside modules/<Name>/ and the portal feature's folder it touches only MarketingSaaS.sln (the five projects) and one
# line in the host's list of composed modules, src/MarketingSaaS.HttpApi.Host/Modules/ComposedModules.props, which the
# host, the DbMigrator (and so `dotnet ef`) and the portal's build read. See docs/modules.md, "Generating a module".
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: new-module.sh <Name> [--no-migrations]}"
# Words of a capital and lower-case letters only (Membership, SopLibrary, Okr): the client generator (lodash) splits
# "HRPortal" or "Sop2Library" differently from the names this script derives, and the page would import missing files.
[[ "$name" =~ ^([A-Z][a-z]+){1,6}$ && ${#name} -le 40 ]] || { echo "module name must be PascalCase words without digits or capital runs (SopLibrary, Okr): $name" >&2; exit 1; }
lower=$(tr '[:upper:]' '[:lower:]' <<<"$name")                                        # SopLibrary → soplibrary
kebab=$(sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' <<<"$name" | tr '[:upper:]' '[:lower:]')  # SopLibrary → sop-library
path="${lower^}"                                                                       # SopLibrary → Soplibrary
[ ! -e "modules/$name" ] || { echo "modules/$name exists already" >&2; exit 1; }
[ ! -e "angular/src/app/features/$lower" ] || { echo "angular/src/app/features/$lower exists already" >&2; exit 1; }
template=etc/module-template

# 1. Copy the template, renaming paths and contents: __Module__ → Name, __module__ → lower case (folders, routes), and
# the two spellings ng-openapi-gen derives for the portal's client: __module-kebab__ (file names, from the tag and the
# DTO names) and __Modulepath__ (function names, from the path /api/<lower case>/…).
rename() { sed -e "s/__Module__/$name/g" -e "s/__module__/$lower/g" -e "s/__module-kebab__/$kebab/g" -e "s/__Modulepath__/$path/g"; }
(cd "$template" && find . -type f) | while read -r file; do
  target=$(rename <<<"${file#./}")
  mkdir -p "$(dirname "$target")"
  rename <"$template/$file" >"$target"
done

# ng-openapi-gen lists the models by name, so their order depends on the module's name: sort them as it does.
python3 - "angular/src/app/features/$lower/api" <<'PY'
import sys
for file in ("index.ts", "models.ts"):
    path = f"{sys.argv[1]}/{file}"
    lines = open(path).read().split("\n")
    at = [i for i, l in enumerate(lines) if l.startswith("export type {") and "from './models/" in l]
    for i, line in zip(at, sorted((lines[i] for i in at), key=lambda l: l.split()[3])):
        lines[i] = line
    open(path, "w").write("\n".join(lines))
PY

# 2. Compose it: one line in the host's list. The host composes the module's HttpApi project, the DbMigrator its EF Core
# project, the portal its feature folder (docs/modules.md, "Host composition vs plug-in folder").
python3 - "$name" <<'PY'
import sys
name, path = sys.argv[1], "src/MarketingSaaS.HttpApi.Host/Modules/ComposedModules.props"
lines = open(path).read().split("\n")
listed = [i for i, l in enumerate(lines) if "<ComposedModule Include=" in l]
at = listed[-1] + 1 if listed else next(i for i, l in enumerate(lines) if "</ItemGroup>" in l)
lines.insert(at, '    <ComposedModule Include="' + name + '" />')
open(path, "w").write("\n".join(lines))
PY

# 3. The solution: the module's five projects in a solution folder named after it.
dotnet sln MarketingSaaS.sln add --solution-folder "$name" \
  modules/"$name"/src/*/*.csproj modules/"$name"/test/*/*.csproj >/dev/null

# 4. The Initial migration for every provider (builds the DbMigrator, which now composes the module).
if [ "${2-}" != "--no-migrations" ]; then
  etc/add-migration.sh Initial "$name"
fi
echo "created modules/$name and angular/src/app/features/$lower"
