#!/usr/bin/env bash
# Soak (issue 8; not part of CI): the standalone app on Azurite with 50 local feeds and 100 topics (pre-warmed
# detectors, calm traffic, a burst on another topic every 2 minutes so alerts and cards flow) for a while; samples
# the app's resident memory and CPU, items counted, cards and poison messages, and prints a verdict: memory flat
# (last third of the steady phase within 10 % of the first), no poison messages, no error entries in the log.
#   scripts/soak.sh                 10 minutes
#   scripts/soak.sh --minutes 30    any duration; --sample-seconds S sets the sampling period (default 10)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d -t alerts-soak-XXXXXX)"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund >"$work/npm.log" 2>&1
echo "== building (Release); logs in $work"
for project in functions/Alerts.Functions tools/Alerts.Loadgen; do
  dotnet build "$project" -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
done
dotnet tools/Alerts.Loadgen/bin/Release/net10.0/Alerts.Loadgen.dll soak --work "$work" "$@"
