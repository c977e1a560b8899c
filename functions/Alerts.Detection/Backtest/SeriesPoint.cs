namespace Alerts.Detection.Backtest;

/// <summary>One data row of a NAB-style series, with its 1-based line number in the file for error messages.</summary>
public readonly record struct SeriesPoint(int Line, string Timestamp, DateTimeOffset Start, double Value);
