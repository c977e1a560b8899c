#!/usr/bin/env bash
# Runs the app in standalone mode on Azurite with the demo configuration:
#   ./scripts/run-local.sh            (Azurite data kept in .azurite/ between runs)
# Installs Azurite (npm ci), starts it, then runs the Functions app on http://127.0.0.1:7071.
# The demo uses one-minute buckets and a three-minute detector warm-up, and its feed bursts five minutes after start,
# so the first Teams card reaches the local receiver (http://127.0.0.1:7071/dev/teams) about six minutes after start.
# Optional: ALERTS_PORT (7071), AZURITE_BLOB_PORT/AZURITE_QUEUE_PORT/AZURITE_TABLE_PORT (10000-10002),
# AZURITE_LOCATION (.azurite); any app setting already exported (e.g. Alerts__Detection__WarmUp) wins over the demo's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
port="${ALERTS_PORT:-7071}"
blob="${AZURITE_BLOB_PORT:-10000}" queue="${AZURITE_QUEUE_PORT:-10001}" table="${AZURITE_TABLE_PORT:-10002}"
location="${AZURITE_LOCATION:-$root/.azurite}"

# Azurite and the dashboard's chart library (bundled into the build) come from npm.
[ -x node_modules/.bin/azurite ] && [ -f node_modules/chart.js/dist/chart.umd.min.js ] || npm ci --no-audit --no-fund

mkdir -p "$location"
node_modules/.bin/azurite --silent --disableTelemetry --location "$location" --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" --tableHost 127.0.0.1 --tablePort "$table" &
azurite_pid=$!
trap 'kill $azurite_pid 2>/dev/null || true' EXIT
for p in "$blob" "$queue" "$table"; do
  for _ in $(seq 1 100); do (echo > /dev/tcp/127.0.0.1/$p) 2>/dev/null && break; sleep 0.1; done
done

dev="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
export AzureWebJobsStorage="$dev" AlertsStorage="$dev"
export POLL_FEEDS_SCHEDULE="${POLL_FEEDS_SCHEDULE:-*/15 * * * * *}"
export EVALUATE_TOPICS_SCHEDULE="${EVALUATE_TOPICS_SCHEDULE:-*/10 * * * * *}"
export MAINTAIN_ALERTS_SCHEDULE="${MAINTAIN_ALERTS_SCHEDULE:-30 * * * * *}"
# Demo pace: one-minute buckets judged 20 s after they close (the feed is polled every 15 s), alerts after 3 minutes of history.
export Alerts__Scan__BucketLength="${Alerts__Scan__BucketLength:-00:01:00}"
export Alerts__Scan__SettleDelay="${Alerts__Scan__SettleDelay:-00:00:20}"
export Alerts__Detection__WarmUp="${Alerts__Detection__WarmUp:-00:03:00}"
seed="$root/config/demo.json"
if [ "$port" != 7071 ]; then
  # The demo feed is served by the app itself, so its URL follows the app's port.
  seed="$location/demo.$port.json"
  sed "s#127.0.0.1:7071#127.0.0.1:$port#g" "$root/config/demo.json" > "$seed"
fi
export Alerts__SeedFile="$seed"
export Alerts__Demo__Enabled=true
export Alerts__Feeds__AllowLoopback=true
export ASPNETCORE_ENVIRONMENT=Development
# Cards go to the local Teams receiver (/dev/teams/{channel}); app-setting names hold '_' where channel ids hold '-'.
export TeamsWebhook__marketing_de="http://127.0.0.1:$port/dev/teams/marketing-de" TeamsWebhook__marketing_oncall="http://127.0.0.1:$port/dev/teams/marketing-oncall"
export Alerts__PublicBaseUrl="http://127.0.0.1:$port" Alerts__Teams__RequireHttps=false
export Alerts__Security__AckSigningKey="${Alerts__Security__AckSigningKey:-$(head -c 32 /dev/urandom | base64)}"
# API keys (standalone, the app checks x-functions-key itself): kept next to Azurite's data so a second terminal can use them.
[ -s "$location/admin-key" ] || head -c 24 /dev/urandom | base64 | tr '+/' '-_' > "$location/admin-key"
[ -s "$location/read-key" ] || head -c 24 /dev/urandom | base64 | tr '+/' '-_' > "$location/read-key"
export Alerts__Api__AdminKey="${Alerts__Api__AdminKey:-$(cat "$location/admin-key")}" Alerts__Api__ReadKey="${Alerts__Api__ReadKey:-$(cat "$location/read-key")}"

echo "Alerts is starting on http://127.0.0.1:$port (Ctrl+C stops it and Azurite)."
echo "  dashboard:        http://127.0.0.1:$port/api/dashboard/#key=$Alerts__Api__AdminKey"
echo "  Teams cards:      http://127.0.0.1:$port/dev/teams (first card about 6 minutes after start)"
echo "  API key:          export ALERTS_KEY=\$(cat $location/admin-key)   (header x-functions-key)"
echo "  manual scan:      curl -s -X POST -H \"x-functions-key: \$ALERTS_KEY\" -H 'Content-Type: application/json' -d '{\"dryRun\":true}' http://127.0.0.1:$port/api/scans"
dotnet run --project functions/Alerts.Functions -- --urls "http://127.0.0.1:$port"
