namespace Alerts.Detection.Backtest;

/// <summary>Scores per input row (same order), the alerts, and the span they were fired over.</summary>
public sealed record BacktestResult(
    IReadOnlyList<double> Scores,
    IReadOnlyList<EpisodeSummary> Episodes,
    TimeSpan BucketLength,
    TimeSpan Span,
    int IgnoredRows)
{
    public double AlertsPerWeek => Span <= TimeSpan.Zero ? 0 : Episodes.Count / (Span.TotalDays / 7);
}
