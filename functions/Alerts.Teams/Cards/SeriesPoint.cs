namespace Alerts.Teams;

/// <summary>One bucket of the 24-hour chart.</summary>
public sealed record SeriesPoint(DateTimeOffset Start, double Observed, double Expected, bool Spike);
