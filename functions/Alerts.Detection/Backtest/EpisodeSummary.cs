namespace Alerts.Detection.Backtest;

/// <summary>One alert of a backtest: when the rise began, when it fired, and its biggest bucket.</summary>
public sealed record EpisodeSummary(
    DateTimeOffset Onset,
    DateTimeOffset AlertedAt,
    double PeakObserved,
    double PeakExpected,
    double PeakLift,
    string Severity,
    int Buckets);
