using System.Globalization;

namespace Alerts.Detection.Backtest;

/// <summary>
/// Reads NAB's <c>timestamp,value</c> CSV. Timestamps are taken as UTC. A NaN, infinite, negative or unparseable
/// value or timestamp stops the read with the line number: a silently skipped row would shift every score after it.
/// </summary>
public static class SeriesCsv
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm",
    ];

    public static IReadOnlyList<SeriesPoint> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var points = new List<SeriesPoint>();
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (line == 1 && text.StartsWith("timestamp", StringComparison.OrdinalIgnoreCase)) continue;
            if (string.IsNullOrWhiteSpace(text)) continue;
            points.Add(ParseRow(line, text));
        }

        return points;
    }

    private static SeriesPoint ParseRow(int line, string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0) throw new SeriesFormatException(line, $"expected 'timestamp,value', got '{text}'");
        var stamp = text[..comma].Trim().Trim('"');
        var rawValue = text[(comma + 1)..].Split(',')[0].Trim().Trim('"');

        if (!DateTimeOffset.TryParseExact(stamp, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start))
        {
            throw new SeriesFormatException(line, $"unparseable timestamp '{stamp}' (expected e.g. 2015-02-26 21:42:53)");
        }

        if (!double.TryParse(rawValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            throw new SeriesFormatException(line, $"value '{rawValue}' is not a number");
        }

        if (double.IsInfinity(value) || value < 0 || value > int.MaxValue)
        {
            throw new SeriesFormatException(line, $"value {rawValue} is not a mention count (must be 0 or more)");
        }

        return new SeriesPoint(line, stamp, start, value);
    }
}
