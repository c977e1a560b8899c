using System.Globalization;
using System.Text;
using Alerts.Detection;
using Alerts.Detection.Backtest;

namespace Alerts.Cli.Commands;

/// <summary>
/// <c>alerts backtest --input series.csv --output result.csv [--sensitivity low|medium|high]</c>: replays a
/// NAB-style series through the production volume detector and writes NAB's result format, so the same file can be
/// scored by NAB's tools. An anomaly_score of 0.5 or more marks exactly the buckets that would have alerted.
/// </summary>
public sealed class BacktestCommand : ICliCommand
{
    private const int TopEpisodes = 5;

    public IReadOnlyList<string> Verb { get; } = ["backtest"];

    public string Summary => "replay a timestamp,value CSV through the spike detector (NAB result format)";

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var input = args.Require("input");
        var output = args.Require("output");
        var sensitivity = ParseSensitivity(args.Get("sensitivity"));
        args.RejectUnknown();

        if (!File.Exists(input))
        {
            await stderr.WriteLineAsync($"backtest: input file not found: {input}");
            return 1;
        }

        IReadOnlyList<SeriesPoint> points;
        try
        {
            using var reader = new StreamReader(input);
            points = SeriesCsv.Parse(reader);
        }
        catch (SeriesFormatException ex)
        {
            await stderr.WriteLineAsync($"backtest: {input} {ex.Message}");
            return 1;
        }

        var result = Backtester.Run(points, sensitivity);
        await File.WriteAllTextAsync(output, ResultCsv(points, result), cancellationToken);
        await stdout.WriteAsync(Report(input, points, result, sensitivity));
        return 0;
    }

    private static Sensitivity ParseSensitivity(string? raw) => raw?.ToUpperInvariant() switch
    {
        null or "MEDIUM" => Sensitivity.Medium,
        "LOW" => Sensitivity.Low,
        "HIGH" => Sensitivity.High,
        _ => throw new CliUsageException($"--sensitivity must be low, medium or high, got '{raw}'"),
    };

    private static string ResultCsv(IReadOnlyList<SeriesPoint> points, BacktestResult result)
    {
        var csv = new StringBuilder(points.Count * 48);
        csv.Append("timestamp,value,anomaly_score,label\n");
        for (var i = 0; i < points.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{points[i].Timestamp},{points[i].Value.ToString("R", CultureInfo.InvariantCulture)},{result.Scores[i].ToString("0.######", CultureInfo.InvariantCulture)},0\n");
        }

        return csv.ToString();
    }

    private static string Report(string input, IReadOnlyList<SeriesPoint> points, BacktestResult result, Sensitivity sensitivity)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"{Path.GetFileName(input)}: {points.Count} rows, {result.Span.TotalDays:0.#} days in {result.BucketLength.TotalMinutes:0.##}-minute buckets, sensitivity {sensitivity.ToString().ToLowerInvariant()}\n");
        if (result.IgnoredRows > 0)
        {
            text.Append(inv, $"  {result.IgnoredRows} duplicated row(s) ignored (scored 0)\n");
        }

        text.Append(inv, $"  alerts fired: {result.Episodes.Count} ({result.AlertsPerWeek:0.##} per week)\n");
        foreach (var e in result.Episodes.OrderByDescending(e => e.PeakLift).Take(TopEpisodes))
        {
            text.Append(inv, $"  {e.AlertedAt:yyyy-MM-dd HH:mm} (rise from {e.Onset:HH:mm}): peak {e.PeakObserved:0} mentions vs {e.PeakExpected:0.#} expected, {e.PeakLift:0.#}x, {e.Severity}, {e.Buckets} bucket(s)\n");
        }

        return text.ToString();
    }
}
