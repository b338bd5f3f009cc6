#!/usr/bin/env bash
# Peak memory of the host while uploading and downloading one large file through the deliverable files API.
#
#   flock /tmp/msaas-build.lock etc/bench/blob-memory.sh     (on a shared machine: nothing else builds meanwhile)
#
# Starts the built host (Release, Production environment) on a throwaway SQLite database, signs up a company,
# starts a one-step process, then uploads a BLOB_MB (200) MB PDF-signed file with curl (streamed, no Content-Length
# buffering on either side) and downloads it again. Memory is the host process's resident set from
# /proc/<pid>/status: VmRSS before, VmHWM (peak) during the upload and, after resetting the peak through
# /proc/<pid>/clear_refs, during the download.
# Tunables (environment): BLOB_MB (200), BLOB_PROVIDER (FileSystem | Database), BLOB_DB (Sqlite | PostgreSQL: a
# throwaway cluster from etc/postgres/start.sh, migrated by the DbMigrator, the host connected as msaas_app under
# row-level security). With PostgreSQL the script also prints the largest PostgreSQL backend's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${BLOB_MB:-200}
provider=${BLOB_PROVIDER:-FileSystem}
database=${BLOB_DB:-Sqlite}

work=$(mktemp -d /tmp/msaas-blob-bench.XXXXXX)
pg_dir="/tmp/msaas-blob-bench-pg-$$" # not under $work: mktemp makes that private, and the cluster runs as postgres
host_pid=""
cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  if [ "$database" = PostgreSQL ]; then etc/postgres/stop.sh "$pg_dir" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for port in $(seq 58300 58400); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port in 58300-58400" >&2; exit 1
}

echo "build (Release)" >&2
dotnet build src/MarketingSaaS.HttpApi.Host -c Release -v q -nologo -p:SkipAngularBuild=true >/dev/null
host_dir=src/MarketingSaaS.HttpApi.Host/bin/Release/net10.0
port=$(free_port)
base="http://127.0.0.1:$port"

connection="Data Source=$work/bench.db"
database_args=()
if [ "$database" = PostgreSQL ]; then
  dotnet build src/MarketingSaaS.DbMigrator -c Release -v q -nologo >/dev/null
  eval "$(etc/postgres/start.sh "$pg_dir")"
  pg_port=$(echo "$MSAAS_TEST_PG" | sed -E 's/.*Port=([0-9]+).*/\1/')
  psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE msaas_blobs OWNER msaas_owner"
  db="Host=127.0.0.1;Port=$pg_port;Database=msaas_blobs;Password=msaas"
  connection="$db;Username=msaas_app"
  echo "DbMigrator" >&2
  dotnet run -c Release --no-build --project src/MarketingSaaS.DbMigrator -- \
    --ConnectionStrings:Default="$connection" --ConnectionStrings:Migrations="$db;Username=msaas_owner" --Seed:HostAdminPassword=Host@12345 >"$work/migrator.log" 2>&1 \
    || { cat "$work/migrator.log" >&2; exit 1; }
  database_args=(--Database:MigrateOnStart=false)
fi

(cd "$host_dir" && ASPNETCORE_ENVIRONMENT=Production exec dotnet MarketingSaaS.HttpApi.Host.dll --ConnectionStrings:Default="$connection" "${database_args[@]}" \
  --Urls="$base" --Logging:LogLevel:Default=Warning --Seed:DemoTenant=false --Seed:HostAdminPassword=Host@12345 \
  --BlobStoring:DefaultProvider="$provider" --BlobStoring:FileSystem:RootPath="$work/blobs" \
  --BlobStoring:Containers:deliverables:MaxSizeBytes=$(( (size_mb + 1) * 1024 * 1024 ))) >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true)" = 200 ] && break
  kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log" >&2; exit 1; }
  sleep 0.1
done

json() { curl -sf -H 'Content-Type: application/json' ${token:+-H "Authorization: Bearer $token"} "$@"; }
slug="bench$(date +%s)"
json -X POST "$base/api/account/sign-up" -d "{\"companyName\":\"Bench\",\"slug\":\"$slug\",\"adminName\":\"Bench Admin\",\"email\":\"admin@$slug.test\",\"password\":\"Admin@12345\"}" >/dev/null
token=$(json -X POST "$base/api/account/sign-in" -d "{\"tenant\":\"$slug\",\"userName\":\"admin\",\"password\":\"Admin@12345\"}" | jq -r .accessToken)
template=$(json -X POST "$base/api/processes/templates" -d '{"code":"BENCH-1","name":"Bench","category":"Bench","steps":[{"name":"Upload","plannedDays":1,"parallelGroup":0,"responsiblePositionIds":[],"deliverables":[{"name":"File","isRequired":true}],"endsWithApproval":false}]}' | jq -r .id)
json -X POST "$base/api/processes/templates/$template/publish" >/dev/null
instance=$(json -X POST "$base/api/processes/instances" -d "{\"templateId\":\"$template\",\"name\":\"Bench\",\"startDate\":\"2026-07-06\"}")
url="$base/api/processes/instances/$(echo "$instance" | jq -r .id)/steps/$(echo "$instance" | jq -r '.steps[0].id')/deliverables/$(echo "$instance" | jq -r '.steps[0].deliverables[0].id')/files"

# Warm-up: one small upload and download, so JIT and first-use allocations are not counted as the file's.
printf '%%PDF-1.7\n' >"$work/small.pdf"; head -c 65536 /dev/urandom >>"$work/small.pdf"
small=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'X-File-Name: warm-up.pdf' -T "$work/small.pdf" "$url" | jq -r .id)
curl -sf -H "Authorization: Bearer $token" -o /dev/null "$url/$small"

printf '%%PDF-1.7\n' >"$work/big.pdf"; head -c $(( size_mb * 1024 * 1024 - 9 )) /dev/urandom >>"$work/big.pdf"
expected=$(sha256sum "$work/big.pdf" | cut -d' ' -f1)
kb() { grep "^$1:" "/proc/$host_pid/status" | awk '{ print $2 }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

# PostgreSQL backends: their peak RSS is reset like the host's, and the largest one is reported per phase.
pg_backends() { if [ "$database" = PostgreSQL ]; then pgrep -u postgres -f "postgres: .*msaas_blobs" || true; fi; }
reset_pg_peaks() { local p; for p in $(pg_backends); do echo 5 >"/proc/$p/clear_refs" 2>/dev/null || true; done; }
pg_peak() {
  local p max=0 v
  for p in $(pg_backends); do v=$(grep '^VmHWM:' "/proc/$p/status" 2>/dev/null | awk '{ print $2 }'); [ "${v:-0}" -gt "$max" ] && max=$v; done
  echo "$max"
}

sync; echo 5 >"/proc/$host_pid/clear_refs"; reset_pg_peaks
before=$(kb VmRSS)
start=$(date +%s%N)
file=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'X-File-Name: big.pdf' -T "$work/big.pdf" "$url")
upload_ms=$(( ($(date +%s%N) - start) / 1000000 ))
upload_peak=$(kb VmHWM)
upload_pg_peak=$(pg_peak)
[ "$(echo "$file" | jq -r .sha256)" = "$expected" ] || { echo "upload SHA-256 differs" >&2; exit 1; }

echo 5 >"/proc/$host_pid/clear_refs"; reset_pg_peaks
between=$(kb VmRSS)
start=$(date +%s%N)
actual=$(curl -sf -H "Authorization: Bearer $token" "$url/$(echo "$file" | jq -r .id)" | sha256sum | cut -d' ' -f1)
download_ms=$(( ($(date +%s%N) - start) / 1000000 ))
download_peak=$(kb VmHWM)
download_pg_peak=$(pg_peak)
[ "$actual" = "$expected" ] || { echo "download SHA-256 differs" >&2; exit 1; }

echo "blob memory: ${size_mb} MB file, provider $provider, $database"
echo "  upload    RSS before $(mb "$before"), peak $(mb "$upload_peak") (+$(mb $(( upload_peak - before )))), ${upload_ms} ms ($(awk -v s="$size_mb" -v t="$upload_ms" 'BEGIN { printf "%.0f", s * 1000 / t }') MB/s)"
echo "  download  RSS before $(mb "$between"), peak $(mb "$download_peak") (+$(mb $(( download_peak - between )))), ${download_ms} ms ($(awk -v s="$size_mb" -v t="$download_ms" 'BEGIN { printf "%.0f", s * 1000 / t }') MB/s)"
echo "  SHA-256 of upload, record and download match"
if [ "$database" = PostgreSQL ]; then
  echo "  largest PostgreSQL backend peak RSS: upload $(mb "$upload_pg_peak"), download $(mb "$download_pg_peak")"
fi
