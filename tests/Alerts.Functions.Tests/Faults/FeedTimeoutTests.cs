using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Feeds;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Faults;

/// <summary>A feed that times out on every other request, next to a healthy one.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedTimeoutTests(AzuriteFixture azurite)
{
    private const int Rounds = 6;

    [Fact]
    public async Task Feed_timing_out_every_other_request_counts_exactly_records_its_health_and_leaves_other_feeds_alone()
    {
        // Arrange: request n of the flaky feed hangs when n is odd and otherwise serves items 1..n.
        var now = DateTimeOffset.UtcNow;
        var served = 0;
        await using var flaky = await LoopbackServer.StartAsync(async ctx =>
        {
            var n = Interlocked.Increment(ref served);
            if (n % 2 == 1)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            await ctx.Response.WriteAsync(TestFeeds.Rss(now, [.. Enumerable.Range(1, n).Select(i => ($"c{i}", $"Contoso Bahn {i}"))]));
        }, TestContext.Current.CancellationToken);
        await using var healthy = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now, ("x", "Fabrikam eins"), ("y", "Fabrikam zwei"), ("z", "Fabrikam drei"))), TestContext.Current.CancellationToken);
        await using var app = await TestApp.StartAsync(azurite, new Dictionary<string, string?> { ["Alerts:Feeds:Timeout"] = "00:00:01" }, triggers: false);
        await Scenario.SeedAsync(app, [new ChannelConfig("ch", "Channel")],
            [new TopicConfig("contoso", "Contoso", "\"contoso bahn\"", null, "ch"), new TopicConfig("fabrikam", "Fabrikam", "fabrikam", null, "ch")],
            [new FeedConfig("flaky", "rss", flaky.Url("rss").ToString(), null, 60), new FeedConfig("healthy", "rss", healthy.Url("rss").ToString(), null, 60)]);
        var states = app.Services.GetRequiredService<FeedStateStore>();

        for (var round = 1; round <= Rounds; round++)
        {
            // Act
            var flakyScan = await app.InvokeQueueAsync("ScanFeed", "scan", Scenario.ScanMessage("flaky", $"f-{round}"));
            var healthyScan = await app.InvokeQueueAsync("ScanFeed", "scan", Scenario.ScanMessage("healthy", $"h-{round}"));

            // Assert: a timeout is the feed's failure, not the message's; health says so and recovers on the next success.
            Assert.True(flakyScan.Succeeded, "a feed outage must not fail (retry, poison) the scan message");
            Assert.True(healthyScan.Succeeded, healthyScan.Error);
            var flakyState = (await states.GetAsync("flaky", TestContext.Current.CancellationToken)).State;
            if (round % 2 == 1)
            {
                Assert.Equal(1, flakyState.ConsecutiveFailures);
                // Either of the fetcher's two timeout messages: which one fires depends on where the hang meets the deadline.
                Assert.Matches("did not (complete|answer) within 1 s", flakyState.LastError);
                Assert.NotNull(flakyState.NextAttemptNotBefore);
            }
            else
            {
                Assert.Equal(0, flakyState.ConsecutiveFailures);
                Assert.Equal(round, flakyState.ItemsCounted);
            }

            Assert.Equal(0, (await states.GetAsync("healthy", TestContext.Current.CancellationToken)).State.ConsecutiveFailures);
        }

        // Every item the flaky feed ever served counted once; the healthy feed's three counted once, on its first scan.
        Assert.Equal(Rounds, served);
        Assert.Equal(Rounds, await Scenario.MentionsAsync(app, "contoso"));
        Assert.Equal(3, await Scenario.MentionsAsync(app, "fabrikam"));
        Assert.Equal(Rounds, healthy.Requests.Count);
    }
}
