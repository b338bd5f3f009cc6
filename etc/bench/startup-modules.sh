#!/usr/bin/env bash
# Host start with more modules than the repository has: in a throwaway clone of the current commit,
# etc/new-module.sh generates STARTUP_EXTRA_MODULES modules (default: as many as make six DbContexts with the
# platform and the repository's own modules, the issue's "all five modules" case), then etc/bench/startup.sh runs there.
#
#   flock /tmp/msaas-build.lock etc/bench/startup-modules.sh     (on a shared machine: nothing else builds meanwhile)
#
# A generated module has one table and one migration: each stands for a module context's fixed cost (its model,
# its history table, its migration's SQL), not for a large module. Committed code only (git clone of HEAD).
# Tunables (environment): STARTUP_EXTRA_MODULES (see above), and startup.sh's STARTUP_RUNS and STARTUP_ENVIRONMENT.
set -euo pipefail
cd "$(dirname "$0")/../.."
own=(modules/*/)
count=${STARTUP_EXTRA_MODULES:-$((5 - ${#own[@]}))}
names=(Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel)
[ "$count" -le ${#names[@]} ] || { echo "at most ${#names[@]} extra modules" >&2; exit 1; }
git diff --quiet HEAD -- src modules etc || echo "startup-modules: local changes are not measured (clone of HEAD)" >&2

work=$(mktemp -d /tmp/msaas-startup-modules.XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone -q --no-hardlinks "$(pwd)" "$work/repo"
cd "$work/repo"
export MSAAS_EF_CONFIGURATION=Release
for name in "${names[@]:0:$count}"; do
  echo "generating module $name" >&2
  etc/new-module.sh "$name" >"$work/generate.log" 2>&1 || { tail -n 40 "$work/generate.log" >&2; exit 1; }
done
echo "host start with the platform, ${#own[@]} modules of the repository and $count generated ($((1 + ${#own[@]} + count)) DbContexts) on commit $(git rev-parse --short HEAD); \"local changes\" below are the generated modules"
etc/bench/startup.sh
