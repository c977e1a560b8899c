#!/usr/bin/env bash
# All benchmarks of issue 8 in one table: every figure beside a baseline measured in the same run.
#   scripts/bench.sh            full run (BenchmarkDotNet short job + the pipeline on Azurite; ~15-25 min on a loaded 2-core machine)
#   scripts/bench.sh --quick    sanity run (few iterations, small pipeline; ~5 min)
# Rows: matching (10/100/1,000 topics vs one compiled regex per topic), emotion scoring (vs naive split-and-lookup),
# detection (vs Huginn mean+3σ), a full scan of a 1 MB RSS document (vs an XmlReader pass and SyndicationFeed.Load),
# and the whole pipeline on Azurite (tools/Alerts.Loadgen: items/s with one and two app instances, table transactions
# per 1,000 items for several topic/bucket counts, counted by a proxy in front of Azurite).
# Raw outputs stay in the printed directory. Results and their reading: docs/results.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
quick=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    *) echo "usage: scripts/bench.sh [--quick]" >&2; exit 2 ;;
  esac
done
out="$(mktemp -d -t alerts-bench-XXXXXX)"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund >"$out/npm.log" 2>&1

echo "== building (Release); raw results in $out"
for project in tests/Alerts.Benchmarks functions/Alerts.Functions tools/Alerts.Loadgen; do
  dotnet build "$project" -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
done
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

if [[ $quick == 1 ]]; then
  job=(--warmupCount 1 --iterationCount 3 --iterationTime 100 --launchCount 1)
else
  job=(--job short)
fi
echo "== BenchmarkDotNet (in-process, one thread): matching, emotion, detection, full scan"
dotnet tests/Alerts.Benchmarks/bin/Release/net10.0/Alerts.Benchmarks.dll \
  --filter '*MatchingBenchmarks*' '*EmotionBenchmarks*' '*DetectionBenchmarks.TopicDetector*' '*DetectionBenchmarks.Huginn*' '*FullScanBenchmarks*' \
  "${job[@]}" --inProcess --exporters json --artifacts "$out/bdn" >"$out/bdn.log" 2>&1 || { tail -n 40 "$out/bdn.log"; exit 1; }

echo "== whole pipeline on Azurite (tools/Alerts.Loadgen pipeline)"
pipeline_args=(pipeline --work "$out/pipeline")
[[ $quick == 1 ]] && pipeline_args+=(--quick)
pipeline_rc=0
dotnet tools/Alerts.Loadgen/bin/Release/net10.0/Alerts.Loadgen.dll "${pipeline_args[@]}" >"$out/pipeline.md" 2>"$out/pipeline.err" || pipeline_rc=$?
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$out" "$load_start" "$load_end" "$(nproc)" <<'PY'
import glob, json, re, sys
out, load_start, load_end, cores = sys.argv[1:5]
rows = {}
for path in glob.glob(f"{out}/bdn/results/*-report-full-compressed.json") + glob.glob(f"{out}/bdn/results/*-report-full.json"):
    for b in json.load(open(path))["Benchmarks"]:
        key = (b["Type"], b["Method"], b.get("Parameters") or "")
        rows[key] = (1e9 / b["Statistics"]["Mean"], (b.get("Memory") or {}).get("BytesAllocatedPerOperation"))

def get(t, m, p=""):
    return rows.get((t, m, p), (None, None))

def n(x):
    return "–" if x is None else f"{x:,.0f}"

def bytes_(x):
    return "–" if x is None else f"{x:,.0f}"

table = []
def row(area, what, ours, base, base_name, alloc, target, met):
    ratio = "–" if not ours or not base else f"{ours / base:.1f}×"
    table.append((area, what, n(ours), f"{n(base)} ({base_name})" if base else "–", ratio, bytes_(alloc), target, met))

for topics in (10, 100, 1000):
    ours, alloc = get("MatchingBenchmarks", "TopicMatcher", f"TopicCount={topics}")
    base, _ = get("MatchingBenchmarks", "RegexPerTopic", f"TopicCount={topics}")
    target, met = "–", ""
    if topics == 100 and ours and base:
        target = "≥10× and ≥300,000/s"
        met = "yes" if ours / base >= 10 and ours >= 300_000 else "NO"
    row("matching", f"{topics} topics, items/s", ours, base, "regex per topic", alloc, target, met)
for lang in ("de", "en"):
    ours, alloc = get("EmotionBenchmarks", "Analyze", f"Language={lang}")
    base, _ = get("EmotionBenchmarks", "NaiveSplitAndLookup", f"Language={lang}")
    met = "" if not ours else ("yes" if ours >= 300_000 and (alloc or 0) == 0 else "NO")
    row("emotion", f"scoring ({lang}, 280 chars), items/s", ours, base, "naive split+lookup", alloc, "≥300,000/s, 0 B", met)
ours, alloc = get("DetectionBenchmarks", "TopicDetector")
base, _ = get("DetectionBenchmarks", "Huginn")
row("detection", "bucket updates/s (4 signals)", ours, base, "Huginn mean+3σ", alloc, "≥1,000,000/s", "" if not ours else ("yes" if ours >= 1e6 else "NO"))
xml, _ = get("FullScanBenchmarks", "XmlReaderPass")
syn, syn_alloc = get("FullScanBenchmarks", "SyndicationFeedLoad")
parse, parse_alloc = get("FullScanBenchmarks", "Parse")
scan, scan_alloc = get("FullScanBenchmarks", "FullScan")
row("full scan", "1 MB RSS: FeedParser.Parse, items/s", parse, xml, "XmlReader pass", parse_alloc, "–", "")
row("full scan", "1 MB RSS: SyndicationFeed.Load, items/s", syn, xml, "XmlReader pass", syn_alloc, "(2nd baseline)", "")
row("full scan", "1 MB RSS: parse+emotion+match 100+bucket, items/s", scan, syn, "SyndicationFeed.Load", scan_alloc, "–", "")

pipeline = [l for l in open(f"{out}/pipeline.md") if l.startswith("| ") and not l.startswith("| feeds")]
single = None
for line in pipeline:
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 12:
        continue
    feeds, topics, buckets, inst, rate, tx, per1000, qtx, conflicts, fetches, per_cpu, errors = cells[:12]
    what = f"{feeds} items, {topics} topics, {buckets} bucket(s), {inst} instance(s)"
    rate_v = float(rate.replace(",", "")) if rate[0].isdigit() else None
    if inst == "1":
        single = (feeds, topics, buckets, rate_v)
    base = single[3] if inst == "2" and single and single[:3] == (feeds, topics, buckets) else None
    table.append(("pipeline", what + ", items/s", rate, f"{n(base)} (1 instance)" if base else "–",
                  f"{rate_v / base:.2f}×" if base and rate_v else "–", "–", "",
                  f"{per_cpu} items per app CPU-s; {fetches} fetches; {conflicts} write conflicts; app errors {errors}"))
    table.append(("pipeline", what + ", table tx per 1,000 items", per1000, "–", "–", "–", "grows with topics×buckets, not items", f"{tx} tx, queue {qtx}"))

headers = ("area", "measurement", "ours", "baseline (same run)", "ratio", "B/op", "target", "met / note")
print()
print("| " + " | ".join(headers) + " |")
print("|" + "|".join("---" for _ in headers) + "|")
for r in table:
    print("| " + " | ".join(r) + " |")
print()
print(f"machine: {cores} cores, shared; load average {load_start} at the start, {load_end} at the end. "
      "Rates are wall-clock on one thread (BenchmarkDotNet in-process) and scale with the load; the ratios much less.")
PY
if [[ $pipeline_rc != 0 ]]; then echo "pipeline run failed (exit $pipeline_rc): $(tail -n 5 "$out/pipeline.err")"; fi
echo "raw: $out/bdn/results, $out/pipeline.md, app logs in $out/pipeline"
exit "$pipeline_rc"
