namespace Alerts.Detection.Backtest;

/// <summary>
/// Replays a series through the production <see cref="TopicDetector"/> (volume signal, values as mentions).
/// Rows are fed in time order, the way buckets close; a row whose timestamp repeats an earlier one is ignored by the
/// detector exactly as a redelivered bucket would be, and scores 0.
/// </summary>
public static class Backtester
{
    public static BacktestResult Run(IReadOnlyList<SeriesPoint> points, Sensitivity sensitivity)
    {
        ArgumentNullException.ThrowIfNull(points);
        var bucket = InferBucketLength(points);
        var detector = new TopicDetector(new DetectorSettings { Sensitivity = sensitivity, BucketLength = bucket });
        var scores = new double[points.Count];
        var episodes = new List<EpisodeSummary>();
        EpisodeSummary? open = null;
        var ignored = 0;

        foreach (var index in Enumerable.Range(0, points.Count).OrderBy(i => points[i].Start))
        {
            var point = points[index];
            var decisions = detector.Observe(new BucketObservation(point.Start, (int)Math.Round(point.Value), 0, 0));
            if (decisions.Count == 0) ignored++;
            foreach (var d in decisions)
            {
                if (d.Signal != Signal.Volume) continue;
                if (d.BucketStart == point.Start) scores[index] = d.Score;
                open = Track(open, d, episodes);
            }
        }

        var span = points.Count == 0 ? TimeSpan.Zero : points.Max(p => p.Start) - points.Min(p => p.Start) + bucket;
        return new BacktestResult(scores, episodes, bucket, span, ignored);
    }

    /// <summary>The median step between consecutive distinct timestamps; 5 minutes when there is none.</summary>
    public static TimeSpan InferBucketLength(IReadOnlyList<SeriesPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var steps = points.Select(p => p.Start).Distinct().Order()
            .Zip(points.Select(p => p.Start).Distinct().Order().Skip(1), (a, b) => b - a)
            .Order()
            .ToList();
        return steps.Count == 0 ? TimeSpan.FromMinutes(5) : steps[steps.Count / 2];
    }

    private static EpisodeSummary? Track(EpisodeSummary? open, SpikeDecision d, List<EpisodeSummary> episodes)
    {
        if (d.EpisodeStarted)
        {
            var started = new EpisodeSummary(d.OnsetStart, d.BucketStart, d.Observed, d.Expected, d.Lift, d.Severity, 1);
            episodes.Add(started);
            return started;
        }

        if (open is null || !(d.EpisodeContinues || d.EpisodeEnded)) return d.EpisodeEnded ? null : open;
        var grown = d.IsSpike && d.Observed > open.PeakObserved
            ? open with { PeakObserved = d.Observed, PeakExpected = d.Expected, PeakLift = d.Lift, Severity = d.Severity }
            : open;
        grown = grown with { Buckets = grown.Buckets + 1 };
        episodes[^1] = grown;
        return d.EpisodeEnded ? null : grown;
    }
}
