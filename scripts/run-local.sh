#!/usr/bin/env bash
# Runs the app in standalone mode on Azurite with the demo configuration:
#   ./scripts/run-local.sh            (Azurite data kept in .azurite/ between runs)
# Installs Azurite (npm ci), starts it, then runs the Functions app on http://127.0.0.1:7071.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund

mkdir -p .azurite
node_modules/.bin/azurite --silent --disableTelemetry --location "$root/.azurite" --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 --tableHost 127.0.0.1 --tablePort 10002 &
azurite_pid=$!
trap 'kill $azurite_pid 2>/dev/null || true' EXIT
for port in 10000 10001 10002; do
  for _ in $(seq 1 100); do (echo > /dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.1; done
done

dev="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;"
export AzureWebJobsStorage="$dev" AlertsStorage="$dev"
export POLL_FEEDS_SCHEDULE="${POLL_FEEDS_SCHEDULE:-*/15 * * * * *}"
export EVALUATE_TOPICS_SCHEDULE="${EVALUATE_TOPICS_SCHEDULE:-10 * * * * *}"
export MAINTAIN_ALERTS_SCHEDULE="${MAINTAIN_ALERTS_SCHEDULE:-30 * * * * *}"
export Alerts__SeedFile="$root/config/demo.json"
export Alerts__Demo__Enabled=true
export Alerts__Feeds__AllowLoopback=true
export ASPNETCORE_ENVIRONMENT=Development
# Cards go to the local Teams receiver (/dev/teams/{channel}); app-setting names hold '_' where channel ids hold '-'.
export TeamsWebhook__marketing_de=http://127.0.0.1:7071/dev/teams/marketing-de TeamsWebhook__marketing_oncall=http://127.0.0.1:7071/dev/teams/marketing-oncall
export Alerts__PublicBaseUrl=http://127.0.0.1:7071 Alerts__Teams__RequireHttps=false
export Alerts__Security__AckSigningKey="${Alerts__Security__AckSigningKey:-$(head -c 32 /dev/urandom | base64)}"
# API keys (standalone, the app checks x-functions-key itself): kept in .azurite/ so a second terminal can use them.
[ -s .azurite/admin-key ] || head -c 24 /dev/urandom | base64 | tr '+/' '-_' > .azurite/admin-key
[ -s .azurite/read-key ] || head -c 24 /dev/urandom | base64 | tr '+/' '-_' > .azurite/read-key
export Alerts__Api__AdminKey="${Alerts__Api__AdminKey:-$(cat .azurite/admin-key)}" Alerts__Api__ReadKey="${Alerts__Api__ReadKey:-$(cat .azurite/read-key)}"

echo "Alerts is starting on http://127.0.0.1:7071 (Ctrl+C stops it and Azurite)."
echo "  dashboard:        http://127.0.0.1:7071/api/dashboard/#key=$Alerts__Api__AdminKey"
echo "  Teams cards:      http://127.0.0.1:7071/dev/teams"
echo "  API key:          export ALERTS_KEY=\$(cat .azurite/admin-key)   (header x-functions-key)"
echo "  manual scan:      curl -s -X POST -H \"x-functions-key: \$ALERTS_KEY\" -H 'Content-Type: application/json' -d '{\"dryRun\":true}' http://127.0.0.1:7071/api/scans"
dotnet run --project functions/Alerts.Functions -- --urls http://127.0.0.1:7071
