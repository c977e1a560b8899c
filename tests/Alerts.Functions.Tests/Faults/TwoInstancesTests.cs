using System.Collections.Concurrent;
using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Storage.Tables;
using Alerts.Testing;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Faults;

/// <summary>Two app instances (standalone triggers on both) on one storage account, competing for the same messages.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoInstancesTests(AzuriteFixture azurite)
{
    private const int FeedCount = 3;
    private const int ItemsPerFeed = 40;

    [Fact]
    public async Task Two_instances_on_the_same_queues_count_each_item_once_open_one_alert_per_topic_and_signal_and_post_each_card_once()
    {
        // Arrange: three feeds (every second item about Contoso, every third about Fabrikam) and a Teams that accepts all.
        var now = DateTimeOffset.UtcNow;
        var feeds = new List<LoopbackServer>();
        for (var f = 0; f < FeedCount; f++)
        {
            var items = Enumerable.Range(1, ItemsPerFeed).Select(i => ($"f{f}-{i}", Title(i))).ToArray();
            feeds.Add(await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now, items)), TestContext.Current.CancellationToken));
        }

        var posted = new ConcurrentQueue<(string AlertId, int Revision)>();
        await using var teams = await LoopbackServer.StartAsync(async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            posted.Enqueue(TeamsCards.Footer(await reader.ReadToEndAsync(ctx.RequestAborted)));
            ctx.Response.StatusCode = 202;
        }, TestContext.Current.CancellationToken);
        var storage = azurite.NewAccountConnectionString();
        var settings = TeamsCards.Settings(teams, "ch");
        settings.Add(FaultAppRoot.Settings.Key, FaultAppRoot.Settings.Value);
        await using var one = await TestApp.StartAsync(azurite, settings, storage: storage);
        await Scenario.SeedAsync(one, [new ChannelConfig("ch", "Marketing")],
            [new TopicConfig("contoso", "Contoso", "\"contoso bahn\"", null, "ch"), new TopicConfig("fabrikam", "Fabrikam", "fabrikam", null, "ch")],
            [.. feeds.Select((f, i) => new FeedConfig($"feed{i}", "rss", f.Url("rss").ToString(), null, 3600))]);
        await using var two = await TestApp.StartAsync(azurite, settings, storage: storage);

        // Act: besides the timer's scans, four more scans per feed at once, so both instances scan the same feed
        // together; and each verdict three times, two verdicts for contoso|volume (two buckets).
        await Scenario.EnqueueAsync(one, "feed-scans", Enumerable.Range(0, FeedCount).SelectMany(f => Enumerable.Range(1, 4).Select(s => Scenario.ScanMessage($"feed{f}", $"extra-{f}-{s}"))));
        var bucket = TeamsCards.LastClosedBucket();
        string[] verdicts = [
            TestSpikes.Opening("contoso", "volume", bucket), TestSpikes.Opening("contoso", "volume", bucket.AddMinutes(-5)),
            TestSpikes.Opening("fabrikam", "volume", bucket), TestSpikes.Opening("contoso", "negative", bucket)];
        await Scenario.EnqueueAsync(one, "spike-decisions", verdicts.SelectMany(v => Enumerable.Repeat(v, 3)));

        var expectedContoso = FeedCount * Enumerable.Range(1, ItemsPerFeed).Count(i => Title(i).Contains("Contoso", StringComparison.Ordinal));
        var expectedFabrikam = FeedCount * Enumerable.Range(1, ItemsPerFeed).Count(i => Title(i).Contains("Fabrikam", StringComparison.Ordinal));
        await Eventually.TrueAsync(async () =>
            await Scenario.MentionsAsync(one, "contoso") >= expectedContoso && await Scenario.MentionsAsync(one, "fabrikam") >= expectedFabrikam
            && await Scenario.QueueDepthAsync(one, "feed-scans") == 0 && await Scenario.QueueDepthAsync(one, "spike-decisions") == 0
            && await Scenario.QueueDepthAsync(one, "notifications") == 0 && posted.Count >= 3,
            "all items counted and every scan, verdict and notification completed", TimeSpan.FromSeconds(90));

        // Assert: counted once
        Assert.Equal(expectedContoso, await Scenario.MentionsAsync(one, "contoso"));
        Assert.Equal(expectedFabrikam, await Scenario.MentionsAsync(one, "fabrikam"));

        // one alert per topic + signal, each revision posted once and recorded
        var alerts = await AlertRowsAsync(one);
        Assert.Equal(3, alerts.Count);
        foreach (var key in new[] { new DedupKey("contoso", "volume"), new DedupKey("fabrikam", "volume"), new DedupKey("contoso", "negative") })
        {
            var alert = await TeamsCards.OpenAlertAsync(one, key.TopicId, key.Signal);
            Assert.Contains(alert.Id, alerts);
            Assert.Equal(alert.Revision, alert.LastDeliveredRevision);
            Assert.Contains((alert.Id, alert.Revision), posted);
        }

        Assert.All(posted.GroupBy(p => p), g => Assert.Single(g));
        Assert.Equal(0, await Scenario.QueueDepthAsync(one, "feed-scans-poison"));
        foreach (var feed in feeds) await feed.DisposeAsync();
    }

    private static string Title(int i) => (i % 2 == 0, i % 3 == 0) switch
    {
        (true, true) => $"Contoso Bahn und Fabrikam {i}",
        (true, false) => $"Contoso Bahn {i}",
        (false, true) => $"Fabrikam {i}",
        _ => $"Wetter {i}",
    };

    private static async Task<List<string>> AlertRowsAsync(TestApp app)
    {
        var table = await app.Services.GetRequiredService<AlertsTables>().GetAsync(TableNames.Alerts, TestContext.Current.CancellationToken);
        var ids = new List<string>();
        await foreach (var e in table.QueryAsync<TableEntity>($"RowKey eq '{AlertStore.AlertRow}'", select: ["PartitionKey"], cancellationToken: TestContext.Current.CancellationToken))
        {
            ids.Add(e.PartitionKey);
        }

        return ids;
    }
}
