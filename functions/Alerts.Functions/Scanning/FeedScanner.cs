using System.IO.Hashing;
using System.Text;
using Alerts.Domain.Buckets;
using Alerts.Domain.Configuration;
using Alerts.Emotion;
using Alerts.Feeds;
using Alerts.Functions.Telemetry;
using Alerts.Storage.Buckets;
using Alerts.Storage.Feeds;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Scanning;

/// <summary>
/// One scan of one feed: fetch, keep the items not seen before, match them to topics, score their emotion,
/// and add them to the topics' time buckets, counting each item exactly once even when the scan message is
/// redelivered or the app crashes half-way (the journal in <see cref="FeedState.Pending"/> is written before
/// any bucket and finished by whoever finds it). A broken feed is recorded on its health and does not throw.
/// </summary>
public sealed partial class FeedScanner(
    FeedReader reader,
    FeedStateStore states,
    BucketStore buckets,
    TopicCatalog catalog,
    IOptions<ScanOptions> options,
    TimeProvider time,
    ILogger<FeedScanner> logger)
{
    private const int MaxAttempts = 5;

    // The newest items a scan considers: under FeedState.SeenCapacity, so a huge document never pushes its own
    // items out of the seen set (and recounts them next time).
    public const int MaxItemsPerScan = 12_000;

    // New items per journal: keeps a journal far below an entity's 1 MiB. A bigger burst is counted in several
    // journals, one after the other, within the same scan (docs/faults.md, "burst").
    public const int ItemsPerJournal = 1000;

    public async Task<ScanResult> ScanAsync(FeedConfig feed, string scanId, CancellationToken cancellationToken)
    {
        using var activity = AlertsTelemetry.Source.StartActivity("scan feed");
        activity?.SetTag("alerts.feed.id", feed.Id);
        activity?.SetTag("alerts.scan.id", scanId);
        var started = time.GetTimestamp();
        var result = await ScanOnceAsync(feed, scanId, cancellationToken);
        var feedTag = new KeyValuePair<string, object?>("feed", feed.Id);
        AlertsTelemetry.ScanDuration.Record(time.GetElapsedTime(started).TotalSeconds, feedTag);
        AlertsTelemetry.ItemsIngested.Add(result.NewItems, feedTag);
        AlertsTelemetry.ItemsMatched.Add(result.Matched, feedTag);
        if (result.Error is not null)
        {
            AlertsTelemetry.FeedFailures.Add(1, feedTag);
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, result.Error);
        }

        activity?.SetTag("alerts.items.new", result.NewItems);
        activity?.SetTag("alerts.items.matched", result.Matched);
        return result;
    }

    private async Task<ScanResult> ScanOnceAsync(FeedConfig feed, string scanId, CancellationToken cancellationToken)
    {
        FetchResult? fetched = null;
        ScanResult? counted = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (state, etag) = await states.GetAsync(feed.Id, cancellationToken);
            if (state.Pending is { } pending)
            {
                // A scan that wrote its journal but did not finish: finish it before anything else.
                await ApplyAsync(feed.Id, pending, cancellationToken);
                state.Pending = null;
                if (!await states.TryWriteAsync(feed.Id, state, etag, cancellationToken)) continue;
                if (pending.ScanId == scanId)
                {
                    Log.Resumed(logger, feed.Id, scanId);
                    return new ScanResult(feed.Id, scanId, "resumed", 0, 0, pending.Contributions.Sum(c => c.Aggregate.Mentions), Totals(pending));
                }

                continue;
            }

            if (fetched is null)
            {
                try
                {
                    fetched = await reader.FetchAsync(FeedSources.From(feed), new FetchState(state.ETag, state.LastModified), cancellationToken);
                }
                catch (Exception ex) when (ex is FeedFetchException or FeedParseException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    RecordFailure(state, feed, ex.Message);
                    if (!await states.TryWriteAsync(feed.Id, state, etag, cancellationToken)) continue;
                    Log.FeedFailed(logger, feed.Id, state.ConsecutiveFailures, ex.Message);
                    return ScanResult.Failed(feed.Id, scanId, ex.Message);
                }
            }

            // A lost race rebuilds from the same document against the winner's seen items: nothing is counted twice.
            var (result, journal, more) = await BuildAsync(feed, scanId, state, fetched, cancellationToken);
            state.Pending = journal;
            if (!await states.TryWriteAsync(feed.Id, state, etag, cancellationToken)) continue;
            if (journal is not null)
            {
                await ApplyAsync(feed.Id, journal, cancellationToken);
                await ClearJournalAsync(feed.Id, journal.Sequence, cancellationToken);
            }

            counted = counted?.Plus(result) ?? result;
            if (more)
            {
                // More new items than one journal holds: the next journal, from the same document, with a fresh
                // budget of conflicting writes (each round remembers ItemsPerJournal items, so this ends).
                attempt = 0;
                continue;
            }

            Log.Scanned(logger, feed.Id, counted.ItemsSeen, counted.NewItems, counted.Matched);
            return counted;
        }

        throw new InvalidOperationException($"feed '{feed.Id}': gave up after {MaxAttempts} conflicting writes of its state");
    }

    /// <summary>Journals the first <see cref="ItemsPerJournal"/> new items; <c>More</c> when new items remain.</summary>
    private async Task<(ScanResult Result, PendingScan? Journal, bool More)> BuildAsync(FeedConfig feed, string scanId, FeedState state, FetchResult fetched, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        RecordSuccess(state, fetched, now);
        if (fetched.Status == FetchStatus.NotModified || fetched.Feed is null)
        {
            return (new ScanResult(feed.Id, scanId, "not-modified", 0, 0, 0, new Dictionary<string, int>()), null, false);
        }

        var catalogSnapshot = await catalog.GetAsync(cancellationToken);
        var items = fetched.Feed.Items.Count <= MaxItemsPerScan ? fetched.Feed.Items
            : fetched.Feed.Items.OrderByDescending(i => i.Published ?? now).Take(MaxItemsPerScan).ToList();
        var seen = state.SeenKeys.ToHashSet();
        var clock = new BucketClock(options.Value.BucketLength);
        var contributions = new Dictionary<(string Topic, DateTimeOffset Start), BucketAggregate>();
        var perTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        var fresh = new List<ulong>();
        var matchedItems = 0;
        var more = false;
        foreach (var item in items)
        {
            var hash = KeyHash(item);
            if (!seen.Add(hash)) continue;
            if (fresh.Count == ItemsPerJournal)
            {
                more = true;
                break;
            }

            fresh.Add(hash);
            var published = item.Published is { } p && p <= now ? p : now;
            if (now - published > options.Value.MaxItemAge) continue;

            var text = item.Title + "\n" + item.Text;
            var reading = EmotionAnalyzer.Default.Analyze(text, LanguageHint(item.Language));
            var language = item.Language ?? LanguageCode(reading.Language);
            var topics = catalogSnapshot.Matcher.Match(text, language, item.AuthorHandle);
            if (topics.Count == 0) continue;
            matchedItems++;
            var bucketItem = new BucketItem(Shorten(item.Title), item.Link?.ToString(), feed.Id, item.Author, item.AuthorFollowers, item.Published, reading.Valence);
            foreach (var topic in topics)
            {
                var key = (topic, clock.StartOf(published));
                if (!contributions.TryGetValue(key, out var aggregate)) contributions[key] = aggregate = new BucketAggregate();
                aggregate.Add(bucketItem, item.AuthorHandle ?? item.Author, reading);
                perTopic[topic] = perTopic.GetValueOrDefault(topic) + 1;
            }
        }

        state.Remember(fresh);
        state.ItemsCounted += matchedItems;
        PendingScan? journal = null;
        if (contributions.Count > 0)
        {
            state.JournalSequence++;
            journal = new PendingScan(state.JournalSequence, scanId, contributions.Select(c => new PendingContribution(c.Key.Topic, c.Key.Start, c.Value)).ToList());
        }

        return (new ScanResult(feed.Id, scanId, "scanned", fetched.Feed.Items.Count, fresh.Count, matchedItems, perTopic), journal, more);
    }

    private async Task ApplyAsync(string feedId, PendingScan journal, CancellationToken cancellationToken)
    {
        foreach (var group in journal.Contributions.GroupBy(c => c.TopicId, StringComparer.Ordinal))
        {
            await buckets.ApplyAsync(group.Key, group.Select(c => (c.BucketStart, c.Aggregate)).ToList(), feedId, journal.Sequence, cancellationToken);
        }
    }

    private async Task ClearJournalAsync(string feedId, long sequence, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var (state, etag) = await states.GetAsync(feedId, cancellationToken);
            if (state.Pending?.Sequence != sequence) return;
            state.Pending = null;
            if (await states.TryWriteAsync(feedId, state, etag, cancellationToken)) return;
        }
    }

    private void RecordSuccess(FeedState state, FetchResult fetched, DateTimeOffset now)
    {
        state.ETag = fetched.State.ETag;
        state.LastModified = fetched.State.LastModified;
        var health = ToHealth(state).RecordSuccess(now);
        FromHealth(state, health);
        state.HasScanned = true;
    }

    private void RecordFailure(FeedState state, FeedConfig feed, string error)
    {
        var health = ToHealth(state).RecordFailure(time.GetUtcNow(), error, TimeSpan.FromSeconds(feed.PollIntervalSeconds));
        FromHealth(state, health);
    }

    private static FeedHealth ToHealth(FeedState s) => new(s.LastSuccess, s.LastFailure, s.ConsecutiveFailures, s.LastError, s.NextAttemptNotBefore);

    private static void FromHealth(FeedState s, FeedHealth h)
    {
        (s.LastSuccess, s.LastFailure, s.ConsecutiveFailures, s.LastError, s.NextAttemptNotBefore) =
            (h.LastSuccess, h.LastFailure, h.ConsecutiveFailures, h.LastError, h.NextAttemptNotBefore);
    }

    private static Alerts.Emotion.Language? LanguageHint(string? code) => code?.ToLowerInvariant() switch
    {
        string c when c.StartsWith("de", StringComparison.Ordinal) => Alerts.Emotion.Language.German,
        string c when c.StartsWith("en", StringComparison.Ordinal) => Alerts.Emotion.Language.English,
        _ => null,
    };

    /// <summary>The hash an item is remembered by in <see cref="FeedState.SeenKeys"/>.</summary>
    internal static ulong KeyHash(FeedItem item) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(item.Key));

    internal static string? LanguageCode(Alerts.Emotion.Language language) => language switch
    {
        Alerts.Emotion.Language.German => "de",
        Alerts.Emotion.Language.English => "en",
        _ => null,
    };

    private static string Shorten(string title) => title.Length <= 300 ? title : title[..299] + "…";

    private static IReadOnlyDictionary<string, int> Totals(PendingScan p) =>
        p.Contributions.GroupBy(c => c.TopicId).ToDictionary(g => g.Key, g => g.Sum(c => c.Aggregate.Mentions), StringComparer.Ordinal);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Feed {FeedId}: {Items} items, {New} new, {Matched} matched")]
        public static partial void Scanned(ILogger logger, string feedId, int items, int @new, int matched);

        [LoggerMessage(2, LogLevel.Warning, "Feed {FeedId} failed ({Failures} in a row): {Error}")]
        public static partial void FeedFailed(ILogger logger, string feedId, int failures, string error);

        [LoggerMessage(3, LogLevel.Information, "Feed {FeedId}: scan {ScanId} was redelivered after a partial run; finished its journal")]
        public static partial void Resumed(ILogger logger, string feedId, string scanId);
    }
}
