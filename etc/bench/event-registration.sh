#!/usr/bin/env bash
# Benchmark of the public registration endpoint on PostgreSQL: BENCH_REGISTRATIONS (1,000) anonymous sign-ups to one
# event with capacity BENCH_CAPACITY (500), BENCH_CONCURRENCY (100) in flight at once; prints throughput, p50/p99
# latency and checks that exactly the capacity got confirmed (the rest waiting-listed). A warm-up of BENCH_WARMUP (300)
# sign-ups to another event runs first, so the measured run does not include the host's JIT warm-up.
#
#   flock /tmp/msaas-build.lock etc/bench/event-registration.sh     (on a shared machine: nothing else builds meanwhile)
#
# Steps: build; throwaway PostgreSQL cluster; DbMigrator; host; one tenant through the sign-up API with the Events
# module switched on, an owner unit and an event through the API; the event set to Approved with SQL (stands in for
# the approval engine); registration opened through the API; then keep-alive requests from a Node script
# (registration-load.mjs), each timed. Registrants' confirmation e-mails go to a pickup folder (counted at the end).
set -euo pipefail
cd "$(dirname "$0")/../.."

registrations=${BENCH_REGISTRATIONS:-1000}
capacity=${BENCH_CAPACITY:-500}
concurrency=${BENCH_CONCURRENCY:-100}
warmup=${BENCH_WARMUP:-300}
password='Bench@12345'
slug=bench-registration

# Npgsql prepares the statements it runs often (the recommended production setting, see README): +25% here.
BENCH_CS_EXTRA=${BENCH_CS_EXTRA-;Max Auto Prepare=50}
source etc/bench/lib.sh
require_tools dotnet psql jq curl node
bench_database
mkdir -p "$work/mails"
bench_host --RateLimits:EventRegistrationPerMinute=1000000 --Emailing:Smtp:PickupDirectory="$work/mails" ${BENCH_HOST_ARGS:-}


step "tenant $slug, Events module on, an owner unit and an event"
tenant=$(curl -sf -X POST "$base/api/account/sign-up" -H 'Content-Type: application/json' \
  -d "{\"companyName\":\"Registration Bench\",\"slug\":\"$slug\",\"adminName\":\"Admin\",\"email\":\"admin@registration.bench.test\",\"password\":\"$password\"}" \
  | jq -r .tenantId)
admin=$(curl -sf -X POST "$base/api/account/sign-in" -H 'Content-Type: application/json' \
  -d "{\"tenant\":\"$slug\",\"userName\":\"admin\",\"password\":\"$password\"}" | jq -r .accessToken)
auth=(-H "Authorization: Bearer $admin" -H 'Content-Type: application/json')
curl -sf -X PUT "$base/api/modules/Modules.Events" "${auth[@]}" -d '{"isEnabled":true}' >/dev/null
unit=$(curl -sf -X POST "$base/api/org/units" "${auth[@]}" -d '{"displayName":"Marketing","kind":"Department"}' | jq -r .id)
open_event() { # open_event NAME CAPACITY -> event id
  local id
  id=$(curl -sf -X POST "$base/api/events" "${auth[@]}" \
    -d "{\"name\":\"$1\",\"type\":\"OfflineSalon\",\"startTime\":\"2030-03-10T01:00:00Z\",\"endTime\":\"2030-03-10T05:00:00Z\",\"place\":\"Shanghai\",\"ownerUnitId\":\"$unit\"}" \
    | jq -r .id)
  "${owner_psql[@]}" -c "SET app.tenant_id = '*'" -c "UPDATE \"MarketingEvents\" SET \"Status\" = 2 WHERE \"Id\" = '$id'"
  curl -sf -X PUT "$base/api/events/$id/registration-settings" "${auth[@]}" -d "{\"capacity\":$2,\"isOpen\":true}" >/dev/null
  echo "$id"
}
warmup_event=$(open_event "Warm-up salon" $((warmup / 2)))
event=$(open_event "Bench salon" "$capacity")
url="$base/api/public/events/$slug/$event/registrations"

step "warm-up: $warmup registrations to another event"
node etc/bench/registration-load.mjs "$base/api/public/events/$slug/$warmup_event/registrations" "$warmup" "$concurrency" warmup >"$work/warmup.txt"
sleep 2

step "$registrations registrations, $concurrency at once"
start=$(date +%s%N)
node etc/bench/registration-load.mjs "$url" "$registrations" "$concurrency" bench >"$work/times.txt"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
for _ in $(seq 1 100); do # the e-mails are sent by the job queue after the answers
  [ "$(find "$work/mails" -name '*.eml' | wc -l)" -ge $((warmup + registrations)) ] && break
  sleep 0.2
done
mails=$(find "$work/mails" -name '*.eml' | wc -l)

created=$(grep -c '^201 ' "$work/times.txt" || true)
read -r p50 p99 < <(awk '{ print $2 * 1000 }' "$work/times.txt" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f %.0f\n", v[int(NR * 0.5)], v[int(NR * 0.99)] }')
settings=$(curl -sf "$base/api/events/$event/registration-settings" "${auth[@]}")
confirmed_api=$(jq -r .confirmedCount <<<"$settings")
confirmed_db=$("${owner_psql[@]}" -At -c "SET app.tenant_id = '*'" -c "SELECT count(*) FROM \"EventRegistrations\" WHERE \"EventId\" = '$event' AND \"Status\" = 0")
waiting_db=$("${owner_psql[@]}" -At -c "SET app.tenant_id = '*'" -c "SELECT count(*) FROM \"EventRegistrations\" WHERE \"EventId\" = '$event' AND \"Status\" = 1")

cat <<REPORT

Public event registration on PostgreSQL, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))
load: $registrations sign-ups (Node fetch, keep-alive, $concurrency in flight) after a warm-up of $warmup, capacity $capacity
201 answers: $created / $registrations in ${elapsed_ms} ms -> $(( created * 1000 / (elapsed_ms > 0 ? elapsed_ms : 1) )) registrations/s
latency per request: p50 ${p50} ms, p99 ${p99} ms
confirmed: $confirmed_db in the table, $confirmed_api on the counter; waiting-listed: $waiting_db
registrant e-mails written by the job queue: $mails of $((warmup + registrations))
REPORT
[ "$created" = "$registrations" ] || { echo "not every sign-up answered 201" >&2; sort "$work/times.txt" | cut -d' ' -f1 | uniq -c >&2; tail -20 "$work/host.log" >&2; exit 1; }
[ "$confirmed_db" = "$capacity" ] && [ "$confirmed_api" = "$capacity" ] || { echo "OVERBOOKED or underbooked: expected exactly $capacity confirmed" >&2; exit 1; }
