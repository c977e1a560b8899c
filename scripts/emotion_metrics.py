"""Metrics shared by scripts/bench-emotion.sh and scripts/score-emotion-dev.sh (imported from their inline Python)."""

# The first column of `alerts emotion` output, as the benchmark sets number their classes.
LABELS = {"negative": 0, "neutral": 1, "positive": 2}


def scores(gold, pred, k=3):
    """Macro-F1, macro-recall (TweetEval's metric) and accuracy over k classes numbered 0..k-1."""
    f1s, recs = [], []
    for c in range(k):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
        recs.append(rc)
    acc = sum(1 for g, p in zip(gold, pred) if g == p) / len(gold)
    return sum(f1s) / k, sum(recs) / k, acc


def confusion(gold, pred, k=3):
    """Rows gold, columns predicted."""
    return [[sum(1 for g, p in zip(gold, pred) if g == c and p == d) for d in range(k)] for c in range(k)]
