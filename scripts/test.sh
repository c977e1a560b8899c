#!/usr/bin/env bash
# Runs every test: installs what the tests need (Azurite from npm, NuGet packages, the Bicep CLI),
# checks the infrastructure code, then runs the whole .NET test suite.
#   ./scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund --loglevel=error
if [ -x scripts/check-infra.sh ]; then
  scripts/check-infra.sh
fi
dotnet test Alerts.sln --nologo -c Release "$@"
