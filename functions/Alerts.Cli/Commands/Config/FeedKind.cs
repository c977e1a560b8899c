using System.Globalization;
using System.Text.Json.Nodes;
using Alerts.Cli.Output;
using Alerts.Cli.Remote;
using Alerts.Cli.Remote.Contracts;

namespace Alerts.Cli.Commands.Config;

/// <summary>Feeds: <c>/api/feeds</c>, their options and output with health. <c>--url</c> is the feed's URL here.</summary>
public static class FeedKind
{
    public static ConfigKind Instance { get; } = new()
    {
        Name = "feed",
        Path = "api/feeds",
        ReadOnlyMembers = ["etag", "health"],
        OptionsHelp = "--id, --kind rss|atom|json|mastodon|bluesky|auto, --url, --name, --query, --poll-interval 60s, --enabled true|false, --no-probe",
        ReadOptions = ReadOptions,
        ListText = r => List(AlertsApiClient.Read(r, CliJsonContext.Default.ItemListFeedView).Items),
        ShowText = r => Fields(AlertsApiClient.Read(r, CliJsonContext.Default.FeedView)),
        Probes = true,
    };

    private static void ReadOptions(CliArguments args, JsonObject body)
    {
        ConfigBody.SetString(args, body, "id", "id");
        ConfigBody.SetString(args, body, "kind", "kind");
        ConfigBody.SetString(args, body, "url", "url");
        ConfigBody.SetString(args, body, "name", "name", emptyIsNull: true);
        ConfigBody.SetString(args, body, "query", "query", emptyIsNull: true);
        ConfigBody.SetBool(args, body, "enabled", "enabled");
        if (args.GetDuration("poll-interval") is { } interval)
        {
            if (interval.TotalSeconds % 1 != 0) throw new CliUsageException("--poll-interval must be whole seconds");
            body["pollIntervalSeconds"] = (int)interval.TotalSeconds;
        }
    }

    private static string List(IReadOnlyList<FeedView> feeds)
    {
        if (feeds.Count == 0) return "no feeds (add one with: alerts feeds add --id … --kind rss --url …)\n";
        var table = new Table("ID", "KIND", "STATUS", "FAILURES", "LAST SUCCESS", "ITEMS", "EVERY", "URL");
        foreach (var f in feeds.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            table.Add(f.Id, f.Kind, f.Health?.Status, Count(f.Health?.ConsecutiveFailures), Show.Time(f.Health?.LastSuccess),
                Count(f.Health?.ItemsCounted), Durations.Format(TimeSpan.FromSeconds(f.PollIntervalSeconds)), f.Url);
        }

        return table.ToString();
    }

    private static string Fields(FeedView f) => Show.Fields(
        ("id", f.Id),
        ("name", f.Name),
        ("kind", f.Kind),
        ("url", f.Url),
        ("query", f.Query),
        ("poll interval", Durations.Format(TimeSpan.FromSeconds(f.PollIntervalSeconds))),
        ("enabled", Show.Yes(f.Enabled)),
        ("status", f.Health?.Status),
        ("last success", Show.Time(f.Health?.LastSuccess)),
        ("last failure", Show.Time(f.Health?.LastFailure)),
        ("failures in a row", Count(f.Health?.ConsecutiveFailures)),
        ("last error", f.Health?.LastError),
        ("next attempt", Show.Time(f.Health?.NextAttemptNotBefore)),
        ("items counted", Count(f.Health?.ItemsCounted)),
        ("etag", f.ETag));

    private static string? Count(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
