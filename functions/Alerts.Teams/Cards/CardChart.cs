using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>
/// The 24-hour chart: a Teams <c>Chart.Line</c> (observed and expected) whose <c>fallback</c> is a 1.5 <c>Table</c>,
/// followed by a one-line text summary that every client shows. Whether charts render in Workflows-posted cards
/// and on mobile is unverified, so the fallback and the text carry the same facts (platform-facts C2, "Charts").
/// </summary>
internal static class CardChart
{
    public static IEnumerable<JsonNode> Build(IReadOnlyList<SeriesPoint> points, CardBudget budget, CardStrings s)
    {
        yield return CardNodes.Heading(s.Last24h);
        if (points.Count == 0)
        {
            yield return CardNodes.Text(s.NoData, subtle: true);
            yield break;
        }

        var bucketMinutes = points.Count >= 2 ? Math.Max(1, (int)(points[1].Start - points[0].Start).TotalMinutes) : 60;
        if (budget.MaxChartPoints > 0)
        {
            var chartPoints = Coarsen(points, budget.MaxChartPoints, out var factor);
            var title = string.Format(s.Culture, s.MentionsPer, bucketMinutes * factor);
            yield return new JsonObject
            {
                ["type"] = "Chart.Line",
                ["title"] = title,
                ["xAxisTitle"] = s.Time + " (" + CardFormat.ZoneLabel(points[^1].Start, s) + ")",
                ["data"] = new JsonArray(
                    Series(s.Observed, chartPoints, p => p.Observed),
                    Series(s.Expected, chartPoints, p => p.Expected)),
                ["fallback"] = budget.MaxTableRows > 0 ? Table(points, budget.MaxTableRows, s) : "drop",
            };
        }

        yield return CardNodes.Text(Summary(points, s), subtle: true);
    }

    /// <summary>Sums neighbouring buckets so at most <paramref name="max"/> points remain; a merged bucket is a spike if any part was.</summary>
    public static IReadOnlyList<SeriesPoint> Coarsen(IReadOnlyList<SeriesPoint> points, int max, out int factor)
    {
        factor = Math.Max(1, (points.Count + max - 1) / Math.Max(1, max));
        if (factor == 1)
        {
            return points;
        }

        return points.Chunk(factor)
            .Select(c => new SeriesPoint(c[0].Start, c.Sum(p => p.Observed), c.Sum(p => p.Expected), c.Any(p => p.Spike)))
            .ToList();
    }

    private static JsonObject Series(string legend, IReadOnlyList<SeriesPoint> points, Func<SeriesPoint, double> y) => new()
    {
        ["legend"] = legend,
        ["values"] = new JsonArray(points.Select(p => (JsonNode)new JsonObject
        {
            ["x"] = CardFormat.Clock(p.Start),
            ["y"] = Math.Round(y(p), 1),
        }).ToArray()),
    };

    private static JsonObject Table(IReadOnlyList<SeriesPoint> points, int maxRows, CardStrings s)
    {
        var rows = new JsonArray(Row(s.Time, s.Observed, s.Expected, bold: true));
        foreach (var p in Coarsen(points, maxRows, out _))
        {
            rows.Add(Row(CardFormat.Clock(p.Start), CardFormat.Count(p.Observed, s), CardFormat.Count(p.Expected, s), p.Spike));
        }

        return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = false,
            ["columns"] = new JsonArray(Column(), Column(), Column()),
            ["rows"] = rows,
            // Clients older than 1.5 drop the table; the text summary below still tells the story.
            ["fallback"] = "drop",
        };
    }

    private static JsonObject Column() => new() { ["width"] = 1 };

    private static JsonObject Row(string time, string observed, string expected, bool bold) => new()
    {
        ["type"] = "TableRow",
        ["cells"] = new JsonArray(Cell(time, bold), Cell(observed, bold), Cell(expected, false)),
    };

    private static JsonObject Cell(string text, bool bold) => new()
    {
        ["type"] = "TableCell",
        ["items"] = new JsonArray(CardNodes.Text(text, bold: bold)),
    };

    private static string Summary(IReadOnlyList<SeriesPoint> points, CardStrings s)
    {
        var peak = points.MaxBy(p => p.Observed)!;
        var observed = points.Sum(p => p.Observed);
        var expected = points.Sum(p => p.Expected);
        return string.Create(
            s.Culture,
            $"{s.Peak}: {CardFormat.Clock(peak.Start)} {CardFormat.ZoneLabel(peak.Start, s)}, {CardFormat.Count(peak.Observed, s)} ({s.Expected.ToLower(s.Culture)} {CardFormat.Count(peak.Expected, s)}). " +
            $"{s.Total}: {CardFormat.Count(observed, s)} ({s.Expected.ToLower(s.Culture)} {CardFormat.Count(expected, s)}).");
    }
}
