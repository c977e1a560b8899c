using System.Text.Json;
using Alerts.Domain.Configuration;
using Alerts.Emotion;
using Alerts.Feeds;
using Alerts.Functions.Api;
using Alerts.Functions.Api.Contracts;
using Alerts.Storage.Alerts;
using Alerts.Storage.Configuration;
using Alerts.Storage.Feeds;
using Alerts.Storage.Scans;

namespace Alerts.Functions.Scanning;

/// <summary>
/// A scan an operator asked for. A real scan goes through <see cref="FeedScanner"/>, so its items count exactly once
/// with the timer's scans (it counts for every topic: a topic-only count would mark items seen for the others); the topic
/// then narrows the report, and its counts cover the whole document (the range narrows dry runs and the spikes). A dry run fetches and matches without writing anything: no buckets, no seen items,
/// no feed health, no alerts, so it notifies no one. Spikes are the scanned topics' alerts that overlap the range.
/// </summary>
public sealed class ManualScanner(
    ConfigStore config,
    FeedScanner scanner,
    FeedReader reader,
    FeedStateStore states,
    TopicCatalog catalog,
    AlertStore alerts,
    ScanStore scans,
    TimeProvider time)
{
    public static string NewScanId() => "s" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 12));

    public Task SaveAsync(ScanStatus status, CancellationToken ct) =>
        scans.SaveAsync(status.Id, JsonSerializer.Serialize(status, ApiJsonContext.Default.ScanStatus), ct);

    public async Task<ScanStatus?> GetAsync(string scanId, CancellationToken ct) =>
        await scans.GetAsync(scanId, ct) is { } json ? JsonSerializer.Deserialize(json, ApiJsonContext.Default.ScanStatus) : null;

    public static ScanStatus Running(ScanJob job) => new(job.ScanId, "running", job.Command.DryRun, job.Command.FeedId, job.Command.TopicId,
        job.From, job.To, job.RequestedAt, null, 0, [], 0, 0, 0, [], []);

    /// <summary>The feeds a command covers: the one named, else every enabled feed.</summary>
    public async Task<IReadOnlyList<FeedConfig>> FeedsForAsync(ScanCommand command, CancellationToken ct) =>
        command.FeedId is { } id
            ? (await config.GetFeedAsync(id, ct)) is { } feed ? [feed.Value] : []
            : (await config.ListFeedsAsync(ct)).Select(f => f.Value).Where(f => f.Enabled).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();

    public async Task<ScanStatus> RunAsync(ScanJob job, CancellationToken ct)
    {
        var feeds = await FeedsForAsync(job.Command, ct);
        var errors = new List<ScanFeedError>();
        var perTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        var (seen, matched, fresh) = (0, 0, 0);
        foreach (var feed in feeds)
        {
            var part = job.Command.DryRun ? await DryRunAsync(feed, job, ct) : await ScanAsync(feed, job, ct);
            if (part.Error is not null) errors.Add(new ScanFeedError(feed.Id, part.Error));
            (seen, matched, fresh) = (seen + part.Seen, matched + part.Matched, fresh + part.New);
            foreach (var (topic, count) in part.PerTopic) perTopic[topic] = perTopic.GetValueOrDefault(topic) + count;
        }

        var spikes = (await alerts.ListAsync(job.Command.TopicId, open: null, ct)).Select(x => x.Alert)
            .Where(a => a.OpenedAt <= job.To && (a.ResolvedAt ?? time.GetUtcNow()) >= job.From)
            .OrderByDescending(a => a.OpenedAt)
            .Select(a => new ScanSpike(a.Key.TopicId, a.Key.Signal, a.Id, a.Severity.ToString().ToLowerInvariant(), a.State.ToString().ToLowerInvariant(), a.OpenedAt))
            .ToList();
        var status = Running(job) with
        {
            Status = errors.Count == feeds.Count && feeds.Count > 0 ? "failed" : "completed",
            CompletedAt = time.GetUtcNow(),
            FeedsScanned = feeds.Count,
            FeedErrors = errors,
            ItemsSeen = seen,
            ItemsMatched = matched,
            ItemsNew = fresh,
            Topics = perTopic.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new ScanTopicCount(t.Key, t.Value)).ToList(),
            Spikes = spikes,
        };
        await SaveAsync(status, ct);
        return status;
    }

    private sealed record FeedPart(int Seen, int Matched, int New, IReadOnlyDictionary<string, int> PerTopic, string? Error);

    private async Task<FeedPart> ScanAsync(FeedConfig feed, ScanJob job, CancellationToken ct)
    {
        // The scan id makes a redelivered run resume its own journal rather than count anything twice.
        var result = await scanner.ScanAsync(feed, $"{job.ScanId}-{feed.Id}", ct);
        var perTopic = result.PerTopic.Where(t => job.Command.TopicId is null || t.Key == job.Command.TopicId).ToDictionary(t => t.Key, t => t.Value);
        var matched = job.Command.TopicId is null ? result.Matched : perTopic.Values.Sum();
        return new FeedPart(result.ItemsSeen, matched, result.NewItems, perTopic, result.Error);
    }

    private async Task<FeedPart> DryRunAsync(FeedConfig feed, ScanJob job, CancellationToken ct)
    {
        FetchResult fetched;
        try
        {
            fetched = await reader.FetchAsync(FeedSources.From(feed), null, ct);
        }
        catch (Exception ex) when (ex is FeedFetchException or FeedParseException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new FeedPart(0, 0, 0, new Dictionary<string, int>(), ex.Message);
        }

        var now = time.GetUtcNow();
        var snapshot = await catalog.GetAsync(ct);
        var seenKeys = (await states.GetAsync(feed.Id, ct)).State.SeenKeys.ToHashSet();
        var perTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        var (seen, matched, fresh) = (0, 0, 0);
        foreach (var item in fetched.Feed?.Items ?? [])
        {
            var published = item.Published is { } p && p <= now ? p : now;
            if (published < job.From || published > job.To) continue;
            seen++;
            if (!seenKeys.Contains(FeedScanner.KeyHash(item))) fresh++;
            var text = item.Title + "\n" + item.Text;
            var language = item.Language ?? FeedScanner.LanguageCode(EmotionAnalyzer.Default.Analyze(text).Language);
            var topics = snapshot.Matcher.Match(text, language, item.AuthorHandle).Where(t => job.Command.TopicId is null || t == job.Command.TopicId).ToList();
            if (topics.Count == 0) continue;
            matched++;
            foreach (var topic in topics) perTopic[topic] = perTopic.GetValueOrDefault(topic) + 1;
        }

        return new FeedPart(seen, matched, fresh, perTopic, null);
    }
}
