#!/usr/bin/env bash
# Lists processes of the test run that are still alive after it (test hosts, host processes, the s3rver and SMTP
# emulators, Chromium) and fails when there is one. Only processes started since <epoch seconds> count, so a host a
# developer runs meanwhile is not blamed unless it started during the run.
# Usage: etc/check-leftovers.sh <start epoch seconds>
set -euo pipefail
since=${1:?usage: check-leftovers.sh <start epoch seconds>}
now=$(date +%s)
pattern='testhost|s3rver|serve\.js|smtp-server|MarketingSaaS\.[A-Za-z.]+\.dll|chromium|msaas-e2e'
# Zombies (state Z: exited, not yet reaped by a parent that is not ours to fix) run nothing and hold nothing.
list_leftovers() {
  ps -eo pid=,stat=,etimes=,args= | awk -v age=$((now - since)) -v self=$$ -v pattern="$pattern" \
  '$1 != self && $2 !~ /^Z/ && $3 <= age && $0 ~ pattern && $0 !~ /check-leftovers|awk / { print }' || true
}
# An emulator notices its test host is gone within half a second; give the last ones a moment to finish exiting.
for _ in 1 2 3 4 5; do
  leftovers=$(list_leftovers)
  [ -z "$leftovers" ] && break
  sleep 1
done
if [ -n "$leftovers" ]; then
  echo "processes of the test run still alive:" >&2
  echo "$leftovers" >&2
  exit 1
fi
echo "no process of the test run left behind"
