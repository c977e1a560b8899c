#!/usr/bin/env bash
# Packages the Functions app and deploys the zip to the Flex Consumption app.
# Runs as the azd postdeploy hook (azure.yaml), or by hand after provisioning:
#   AZURE_FUNCTION_APP_NAME=func-... RESOURCE_GROUP=rg-... scripts/postdeploy.sh
# Needs: .NET SDK, python3, Azure CLI signed in (`az login`) with rights on the resource group.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# azd hands the environment's values (infra outputs included) to hooks as environment variables;
# fall back to asking azd when run by hand inside an azd project.
value() {
  local name="$1"
  if [[ -n "${!name:-}" ]]; then
    printf '%s' "${!name}"
  elif command -v azd >/dev/null 2>&1; then
    azd env get-value "$name"
  else
    echo "postdeploy: set $name (an output of infra/main.bicep)" >&2
    return 1
  fi
}

app="$(value AZURE_FUNCTION_APP_NAME)"
group="$(value RESOURCE_GROUP)"

"$root/scripts/package.sh"

# On Flex Consumption this command uploads to the app's deployment container (one deploy)
# rather than Kudu zip deploy [UNVERIFIED: needs a recent Azure CLI; docs/deploy.md].
echo "postdeploy: deploying artifacts/alerts-functions.zip to $app in $group"
az functionapp deployment source config-zip \
  --resource-group "$group" \
  --name "$app" \
  --src "$root/artifacts/alerts-functions.zip"

echo "postdeploy: functions now registered:"
az functionapp function list --resource-group "$group" --name "$app" --query "[].name" --output tsv
