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
python3 - "$labels" "$out/pred.txt" "$repo/scripts" <<'PY'
import sys
sys.path.insert(0, sys.argv[3])
from emotion_metrics import LABELS, confusion, scores
labels = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
pred = [LABELS[l.split("\t")[0]] for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
pairs = [(int(g), p) for g, p in zip(labels, pred) if g in ("0", "1", "2")]
gold, kept = [g for g, _ in pairs], [p for _, p in pairs]
f1, recall, _ = scores(gold, kept)
print(f"{len(pairs)} texts  macro-F1 {f1:.3f}  macro-recall {recall:.3f}")
for name, row in zip(LABELS, confusion(gold, kept)):
    print(f"  gold {name:<9}", row)
PY
