using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Configuration;
using Alerts.Storage.Feeds;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Regressions;

/// <summary>
/// Issue 8 (pipeline benchmark): PollFeeds' enqueue mark was a merge into the feed's state row, which changes the row's
/// ETag, so a scan in progress lost its conditional write and fetched, parsed and matched the whole feed again.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class Issue8EnqueueMarkTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Marking_a_feed_enqueued_during_its_scan_does_not_make_the_scan_fetch_again()
    {
        // Arrange: while the feed is being fetched, PollFeeds marks the feed enqueued (its next period has begun).
        var now = DateTimeOffset.UtcNow;
        TestApp? app = null;
        var fetches = 0;
        await using var feed = await LoopbackServer.StartAsync(async ctx =>
        {
            if (Interlocked.Increment(ref fetches) == 1)
            {
                await app!.Services.GetRequiredService<FeedStateStore>().MarkEnqueuedAsync("f1", now, ctx.RequestAborted);
            }

            await ctx.Response.WriteAsync(TestFeeds.Rss(now, ("a", "Contoso Bahn ist pünktlich")));
        }, TestContext.Current.CancellationToken);
        app = await TestApp.StartAsync(azurite, triggers: false);
        await using var _ = app;
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("ch", "Channel")],
            [new TopicConfig("contoso", "Contoso", "\"contoso bahn\"", null, "ch")],
            [new FeedConfig("f1", "rss", feed.Url("rss").ToString(), null, 60)]), TestContext.Current.CancellationToken);

        // Act
        var scan = await app.InvokeQueueAsync("ScanFeed", "scan", """{"feedId":"f1","scanId":"s-1","requestedAt":"2026-01-01T00:00:00Z"}""");

        // Assert: one fetch, the item counted, and the mark still visible to PollFeeds.
        Assert.True(scan.Succeeded);
        Assert.Equal(1, fetches);
        var state = (await app.Services.GetRequiredService<FeedStateStore>().ListAsync(TestContext.Current.CancellationToken))["f1"];
        Assert.Equal(1, state.ItemsCounted);
        Assert.Equal(now.UtcTicks / TimeSpan.TicksPerMillisecond, state.LastEnqueuedAt!.Value.UtcTicks / TimeSpan.TicksPerMillisecond);
    }
}
