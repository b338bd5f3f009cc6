#!/usr/bin/env bash
# Stops and removes the throwaway cluster started by start.sh.
set -u
dir="${1:?usage: stop.sh DIR}"
bin=/usr/lib/postgresql/15/bin
if [ -d "$dir/data" ]; then
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$bin/pg_ctl -D '$dir/data' -m immediate stop" >/dev/null 2>&1
  else "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; fi
fi
rm -rf "$dir"
