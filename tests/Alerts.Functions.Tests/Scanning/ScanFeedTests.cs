using System.Text.Json.Nodes;
using Alerts.Domain.Buckets;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Feeds;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Scanning;

[Collection(AzuriteCollection.Name)]
public sealed class ScanFeedTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Scan_of_a_redelivered_message_counts_each_item_once()
    {
        // Arrange
        var now = DateTimeOffset.UtcNow;
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now,
            ("a", "Contoso Bahn ist pünktlich"), ("b", "Wieder Ärger mit der Contoso Bahn"), ("c", "Fabrikam news"))), TestContext.Current.CancellationToken);
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedAsync(app, feed.Url("rss").ToString());

        // Act: the same message three times (host redelivery), then a new scan of the unchanged feed.
        for (var i = 0; i < 3; i++) Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f1","scanId":"scan-1","requestedAt":"2026-01-01T00:00:00Z"}""")).Succeeded);
        Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f1","scanId":"scan-2","requestedAt":"2026-01-01T00:00:00Z"}""")).Succeeded);

        // Assert
        var buckets = await BucketsAsync(app, "contoso", now);
        Assert.Equal(2, buckets.Sum(b => b.Aggregate.Mentions));
        Assert.Equal(2, buckets.Sum(b => b.Aggregate.DistinctAuthors));
        Assert.Contains(buckets.SelectMany(b => b.Aggregate.TopItems), i => i.Link == "https://example.org/b");
        Assert.Empty(await BucketsAsync(app, "unused", now));
    }

    [Fact]
    public async Task Redelivered_message_of_a_finished_scan_counts_items_published_since()
    {
        // Arrange: the feed gains a matching item between the first delivery and its redelivery.
        var now = DateTimeOffset.UtcNow;
        var items = new List<(string, string)> { ("a", "Contoso Bahn eins") };
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now, [.. items])), TestContext.Current.CancellationToken);
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedAsync(app, feed.Url("rss").ToString());
        const string Message = """{"feedId":"f1","scanId":"same","requestedAt":"2026-01-01T00:00:00Z"}""";

        // Act
        Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", Message)).Succeeded);
        items.Add(("b", "Contoso Bahn zwei"));
        Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", Message, dequeueCount: 2)).Succeeded);

        // Assert
        Assert.Equal(2, (await BucketsAsync(app, "contoso", now)).Sum(b => b.Aggregate.Mentions));
    }

    [Fact]
    public async Task Scan_records_ingested_and_matched_items_as_metrics()
    {
        var now = DateTimeOffset.UtcNow;
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now, ("a", "Contoso Bahn"), ("b", "other"))), TestContext.Current.CancellationToken);
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedAsync(app, feed.Url("rss").ToString());
        var measured = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == "Alerts") l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "feed" && (string?)t.Value == "f1")) measured.AddOrUpdate(instrument.Name, value, (_, v) => v + value);
        });
        listener.Start();

        Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f1","scanId":"m-1","requestedAt":"2026-01-01T00:00:00Z"}""")).Succeeded);

        Assert.Equal(2, measured.GetValueOrDefault("alerts.items.ingested"));
        Assert.Equal(1, measured.GetValueOrDefault("alerts.items.matched"));
    }

    [Fact]
    public async Task Scan_that_crashed_after_its_journal_is_finished_by_the_redelivery_without_fetching_again()
    {
        // Arrange: a journal as a crashed scan leaves it, buckets not yet written.
        var now = DateTimeOffset.UtcNow;
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now)), TestContext.Current.CancellationToken);
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedAsync(app, feed.Url("rss").ToString());
        var contribution = new BucketAggregate();
        contribution.Add(new BucketItem("Contoso Bahn", "https://example.org/x", "f1", "x", 10, now, -0.5), "x", default);
        contribution.Add(new BucketItem("Contoso Bahn 2", "https://example.org/y", "f1", "y", 5, now, -0.5), "y", default);
        var states = app.Services.GetRequiredService<FeedStateStore>();
        var start = new BucketClock(FiveMinutes).StartOf(now);
        Assert.True(await states.TryWriteAsync("f1", new FeedState { JournalSequence = 1, Pending = new PendingScan(1, "crashed", [new PendingContribution("contoso", start, contribution)]) }, default, TestContext.Current.CancellationToken));

        // Act: the crashed scan's message comes back, twice.
        Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f1","scanId":"crashed","requestedAt":"2026-01-01T00:00:00Z"}""", dequeueCount: 2)).Succeeded);
        Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f1","scanId":"crashed","requestedAt":"2026-01-01T00:00:00Z"}""", dequeueCount: 3)).Succeeded);

        // Assert: counted once; the first redelivery did not refetch (the second, finding no journal, did).
        Assert.Equal(2, (await BucketsAsync(app, "contoso", now)).Sum(b => b.Aggregate.Mentions));
        Assert.Equal(15, (await BucketsAsync(app, "contoso", now)).Sum(b => b.Aggregate.Reach));
        Assert.Single(feed.Requests);
        Assert.Null((await states.GetAsync("f1", TestContext.Current.CancellationToken)).State.Pending);
    }

    [Fact]
    public async Task Broken_feed_is_recorded_on_its_health_and_the_other_feeds_go_on()
    {
        var now = DateTimeOffset.UtcNow;
        await using var good = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now, ("a", "Contoso Bahn"))), TestContext.Current.CancellationToken);
        await using var broken = await LoopbackServer.StartAsync(ctx => { ctx.Response.StatusCode = 500; return Task.CompletedTask; }, TestContext.Current.CancellationToken);
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedAsync(app, good.Url("rss").ToString(), extraFeedUrl: broken.Url("rss").ToString());

        var brokenScan = await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f2","scanId":"s-b","requestedAt":"2026-01-01T00:00:00Z"}""");
        var goodScan = await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f1","scanId":"s-g","requestedAt":"2026-01-01T00:00:00Z"}""");

        Assert.True(brokenScan.Succeeded, "a broken feed must not fail (and so retry and poison) the scan message");
        Assert.True(goodScan.Succeeded);
        var health = (await app.Services.GetRequiredService<FeedStateStore>().GetAsync("f2", TestContext.Current.CancellationToken)).State;
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.Contains("500", health.LastError, StringComparison.Ordinal);
        Assert.NotNull(health.NextAttemptNotBefore);
        Assert.Equal(1, (await BucketsAsync(app, "contoso", now)).Sum(b => b.Aggregate.Mentions));
    }

    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("""{"feedId":"does-not-exist","scanId":"s"}""", "unknown feed 'does-not-exist'")]
    [InlineData("""{"feedId":"../../etc","scanId":"s"}""", "valid feed id")]
    public async Task Bad_scan_message_fails_with_a_reason_so_the_host_retries_then_poisons_it(string message, string reason)
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);

        var outcome = await app.InvokeQueueAsync("ScanFeed", "scan", message);

        Assert.False(outcome.Succeeded);
        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Poll_enqueues_each_due_feed_once_per_interval_as_json_object_messages()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedAsync(app, "http://127.0.0.1:9/rss", pollSeconds: 300);

        var first = await app.InvokeTimerAsync("PollFeeds");
        var second = await app.InvokeTimerAsync("PollFeeds");

        var messages = first.Response!["Outputs"]!["scans"]!.AsArray();
        var message = JsonNode.Parse(Assert.Single(messages)!.GetValue<string>())!;
        Assert.Equal("f1", message["feedId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(message["scanId"]!.GetValue<string>()));
        Assert.Null(second.Response!["Outputs"]!["scans"]);
    }

    private static async Task SeedAsync(TestApp app, string feedUrl, string? extraFeedUrl = null, int pollSeconds = 60)
    {
        var feeds = new List<FeedConfig> { new("f1", "rss", feedUrl, null, pollSeconds) };
        if (extraFeedUrl is not null) feeds.Add(new FeedConfig("f2", "rss", extraFeedUrl, null, pollSeconds));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("ch", "Channel")],
            [new TopicConfig("contoso", "Contoso", "\"contoso bahn\"", null, "ch"), new TopicConfig("unused", "Unused", "nobody", null, "ch")],
            feeds), TestContext.Current.CancellationToken);
    }

    private static Task<IReadOnlyList<StoredBucket>> BucketsAsync(TestApp app, string topic, DateTimeOffset now) =>
        app.Services.GetRequiredService<BucketStore>().GetRangeAsync(topic, now - TimeSpan.FromHours(1), now + TimeSpan.FromHours(1), TestContext.Current.CancellationToken);
}
