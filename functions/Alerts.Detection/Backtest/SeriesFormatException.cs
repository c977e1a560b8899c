namespace Alerts.Detection.Backtest;

/// <summary>A series row that cannot be used; the message names the line.</summary>
public sealed class SeriesFormatException(int line, string problem) : Exception($"line {line}: {problem}")
{
    public int Line { get; } = line;
}
