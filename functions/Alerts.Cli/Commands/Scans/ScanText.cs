using System.Globalization;
using System.Text;
using Alerts.Cli.Output;
using Alerts.Cli.Remote.Contracts;

namespace Alerts.Cli.Commands.Scans;

/// <summary>A scan's result for people: the totals, then per-topic matches, spikes and failed feeds as tables.</summary>
public static class ScanText
{
    public static string Format(ScanStatus s)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var scope = s.FeedId is not null ? $"feed {s.FeedId}" : s.TopicId is not null ? $"topic {s.TopicId}" : "all feeds";
        text.Append(inv, $"scan {s.Id} {s.Status}{(s.DryRun ? " (dry run: nothing stored, no one notified)" : "")}\n");
        List<(string, string?)> fields =
        [
            ("scope", scope),
            ("range", $"{Show.Time(s.From)} – {Show.Time(s.To)}"),
            ("feeds", string.Create(inv, $"{s.FeedsScanned} scanned, {s.FeedErrors?.Count ?? 0} failed")),
            ("items", string.Create(inv, $"{s.ItemsSeen} seen, {s.ItemsMatched} matched, {s.ItemsNew} new")),
        ];
        if (s.StartedAt is { } start && s.CompletedAt is { } end) fields.Add(("took", Durations.Format(end - start)));
        if (s.Error is not null) fields.Add(("error", s.Error));
        text.Append(Show.Fields([.. fields]));
        Section(text, "matches per topic", s.Topics, ["TOPIC", "MATCHED"], t => [t.TopicId, t.Matched.ToString(inv)]);
        Section(text, "spikes", s.Spikes, ["TOPIC", "SIGNAL", "SEVERITY", "STATE", "ALERT"], x => [x.TopicId, x.Signal, x.Severity, x.State, x.AlertId]);
        Section(text, "failed feeds", s.FeedErrors, ["FEED", "ERROR"], e => [e.FeedId, e.Error]);
        return text.ToString();
    }

    private static void Section<T>(StringBuilder text, string title, IReadOnlyList<T>? rows, string[] headers, Func<T, string?[]> cells)
    {
        if (rows is not { Count: > 0 }) return;
        var table = new Table(headers);
        foreach (var row in rows) table.Add(cells(row));
        text.Append(title).Append(":\n").Append(table);
    }
}
