using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Feeds;
using Alerts.Storage.Tables;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Faults;

/// <summary>
/// Storage goes away in the middle of a scan: a dedicated Azurite (data on disk) is stopped at an exact point of the
/// scan, the invocation fails as it would in Azure, Azurite comes back, and the message is delivered again.
/// </summary>
public sealed class AzuriteRestartTests
{
    private const int Items = 25;

    [Theory]
    [InlineData(StopPoint.BeforeTheJournal)]
    [InlineData(StopPoint.BetweenTheJournalAndTheBuckets)]
    public async Task Azurite_stopped_and_restarted_in_the_middle_of_a_scan_counts_every_item_once(StopPoint stopPoint)
    {
        // Arrange
        await using var azurite = await AzuriteFixture.StartDedicatedAsync();
        var storage = azurite.NewAccountConnectionString();
        var now = DateTimeOffset.UtcNow;
        var items = Enumerable.Range(1, Items).Select(i => ($"i{i}", $"Contoso Bahn meldet {i}")).ToArray();
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now, items)), TestContext.Current.CancellationToken);
        var tap = new TableRequestTap();
        await using var app = await TestApp.StartAsync(azurite, triggers: false, storage: storage, services: s => TableRequestTap.Install(s, storage, tap));
        await Scenario.SeedAsync(app, [new ChannelConfig("ch", "Channel")], [new TopicConfig("contoso", "Contoso", "\"contoso bahn\"", null, "ch")],
            [new FeedConfig("f1", "rss", feed.Url("rss").ToString(), null, 60)]);
        var stopped = false;
        tap.Arm(stopPoint == StopPoint.BeforeTheJournal ? r => TableRequestTap.IsWriteTo(r, TableNames.FeedState) : TableRequestTap.IsTransaction,
            async () =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                await azurite.StopAsync();
                stopped = true;
                TestContext.Current.TestOutputHelper?.WriteLine($"Azurite stopped in {clock.Elapsed.TotalSeconds:F1} s");
            });
        var message = Scenario.ScanMessage("f1", "scan-1");

        // Act: the scan meets a dead Azurite; Azurite comes back; the host redelivers the message; a later scan runs.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var during = await app.InvokeQueueAsync("ScanFeed", "scan", message);
        TestContext.Current.TestOutputHelper?.WriteLine($"the scan failed after {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        await azurite.StartAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"Azurite started again in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        var redelivered = await app.InvokeQueueAsync("ScanFeed", "scan", message, dequeueCount: 2);
        TestContext.Current.TestOutputHelper?.WriteLine($"the redelivered scan took {clock.Elapsed.TotalSeconds:F1} s");
        var later = await app.InvokeQueueAsync("ScanFeed", "scan", Scenario.ScanMessage("f1", "scan-2"));

        // Assert
        Assert.True(stopped, "the fault point was reached");
        Assert.False(during.Succeeded, "a scan that cannot reach storage fails, so the queue delivers it again");
        Assert.True(redelivered.Succeeded, redelivered.Error);
        Assert.True(later.Succeeded, later.Error);
        Assert.Equal(Items, await Scenario.MentionsAsync(app, "contoso"));
        var state = (await app.Services.GetRequiredService<FeedStateStore>().GetAsync("f1", TestContext.Current.CancellationToken)).State;
        Assert.Null(state.Pending);
        Assert.Equal(Items, state.ItemsCounted);
        Assert.Equal(0, state.ConsecutiveFailures);

        // Before the journal nothing was kept, so the redelivery fetched again; after it, the redelivery finished the
        // journal it found without fetching (the third request is the later scan's).
        Assert.Equal(stopPoint == StopPoint.BeforeTheJournal ? 3 : 2, feed.Requests.Count);
    }

    public enum StopPoint
    {
        BeforeTheJournal,
        BetweenTheJournalAndTheBuckets,
    }
}
