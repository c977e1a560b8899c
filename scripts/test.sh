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
# The dashboard's browser tests drive Debian's chromium (Playwright cannot download a browser here).
command -v chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Alerts.sln --nologo -c Release "$@" 2>&1 | tee "$log" || status=$?
# One closing line over all test projects, in the plain form CI reads.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
