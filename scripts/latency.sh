#!/usr/bin/env bash
# End-to-end latency (issue 8): the standalone app on Azurite (free ports, in memory) with one local feed and one
# Teams channel per run; each feed starts a burst of angry posts at a known time; prints burst-first-post → card
# latency per run and p50/p95, against the target p95 < poll interval + bucket length + 5 s.
#   scripts/latency.sh                 default settings (infra/main.bicep schedules, 5-min buckets, 60 s feed interval,
#                                      2-min settle delay); 10 runs in parallel, ~17 min
#   scripts/latency.sh --fast          the documented faster-detection settings (1-min buckets, 15 s settle delay = one poll interval,
#                                      PollFeeds every 15 s, EvaluateTopics every 5 s); ~5 min
#   scripts/latency.sh [--fast] --runs 5     fewer runs; any other Alerts.Loadgen latency option is passed through
# Detectors are pre-warmed: each topic's detector state is built from one day of the same baseline traffic its feed
# serves, so the one-day warm-up is over when the app starts. The app log stays in the printed directory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
args=()
for arg in "$@"; do
  if [[ "$arg" == --fast ]]; then
    args+=(--bucket 00:01:00 --settle 00:00:15 --poll "*/15 * * * * *" --feed-interval 15 --evaluate "*/5 * * * * *")
  else
    args+=("$arg")
  fi
done
work="$(mktemp -d -t alerts-latency-XXXXXX)"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund >"$work/npm.log" 2>&1
echo "== building (Release); logs in $work"
for project in functions/Alerts.Functions tools/Alerts.Loadgen; do
  dotnet build "$project" -c Release -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
done
dotnet tools/Alerts.Loadgen/bin/Release/net10.0/Alerts.Loadgen.dll latency --work "$work" "${args[@]}"
