#!/usr/bin/env bash
# Scores `alerts emotion` on a dev set: a text file (one text per line) and a label file of the same length
# (0 negative, 1 neutral, 2 positive; `m` and `x` lines are skipped). Dev sets and their sources:
# tests/Alerts.Emotion.Tests/DevSets/README.md. Never point it at the benchmark test files to choose anything.
#   scripts/score-emotion-dev.sh val_text.txt tests/Alerts.Emotion.Tests/DevSets/de-sb10k-val.alerts-labels.txt --lang auto
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: $0 TEXTS LABELS [--lang auto|de|en]" >&2; exit 2; }
texts="$1"; labels="$2"; shift 2
lang="auto"
if [[ "${1:-}" == "--lang" ]]; then lang="${2:?--lang needs a value}"; fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet build "$repo/functions/Alerts.Cli" -c Release -v q -nologo -o "$out/bin" >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
dotnet "$out/bin/alerts.dll" emotion --input "$texts" --output "$out/pred.txt" --lang "$lang" >/dev/null
python3 - "$labels" "$out/pred.txt" <<'PY'
import sys
labels = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
names = {"negative": 0, "neutral": 1, "positive": 2}
pred = [names[l.split("\t")[0]] for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
pairs = [(int(g), p) for g, p in zip(labels, pred) if g in ("0", "1", "2")]
f1s, recs = [], []
for c in range(3):
    tp = sum(1 for g, p in pairs if g == c and p == c)
    fp = sum(1 for g, p in pairs if g != c and p == c)
    fn = sum(1 for g, p in pairs if g == c and p != c)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    recs.append(rc)
print(f"{len(pairs)} texts  macro-F1 {sum(f1s) / 3:.3f}  macro-recall {sum(recs) / 3:.3f}")
for c, name in enumerate(("negative", "neutral", "positive")):
    print(f"  gold {name:<9}", [sum(1 for g, p in pairs if g == c and p == d) for d in range(3)])
PY
