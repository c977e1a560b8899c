using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Feeds;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Faults;

/// <summary>A feed document with 10,000 new items at once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BurstTests(AzuriteFixture azurite)
{
    private const int Items = 10_000;

    [Fact]
    public async Task Burst_of_ten_thousand_items_in_one_scan_counts_each_once_with_table_transactions_bounded_by_topics()
    {
        // Arrange: half the items about Contoso, a fifth about Fabrikam (a tenth about both), all in one bucket.
        var now = DateTimeOffset.UtcNow;
        var document = TestFeeds.Rss(now, [.. Enumerable.Range(1, Items).Select(i => ($"i{i}", Title(i)))]);
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(document), TestContext.Current.CancellationToken);
        var storage = azurite.NewAccountConnectionString();
        var tap = new TableRequestTap();
        await using var app = await TestApp.StartAsync(azurite, triggers: false, storage: storage, services: s => TableRequestTap.Install(s, storage, tap));
        await Scenario.SeedAsync(app, [new ChannelConfig("ch", "Channel")],
            [new TopicConfig("contoso", "Contoso", "\"contoso bahn\"", null, "ch"), new TopicConfig("fabrikam", "Fabrikam", "fabrikam", null, "ch")],
            [new FeedConfig("f1", "rss", feed.Url("rss").ToString(), null, 60)]);
        var (requestsBefore, transactionsBefore) = (tap.Requests, tap.Transactions);

        // Act: the burst, then the same document again.
        var burst = await app.InvokeQueueAsync("ScanFeed", "scan", Scenario.ScanMessage("f1", "burst"));
        var (requests, transactions) = (tap.Requests - requestsBefore, tap.Transactions - transactionsBefore);
        var again = await app.InvokeQueueAsync("ScanFeed", "scan", Scenario.ScanMessage("f1", "again"));

        // Assert
        Assert.True(burst.Succeeded, burst.Error);
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(Items / 2, await Scenario.MentionsAsync(app, "contoso"));
        Assert.Equal(Items / 5, await Scenario.MentionsAsync(app, "fabrikam"));
        Assert.Equal(Items / 2 + Items / 5 - Items / 10, (await app.Services.GetRequiredService<FeedStateStore>().GetAsync("f1", TestContext.Current.CancellationToken)).State.ItemsCounted);

        // One transaction per topic per journal of at most FeedScanner.ItemsPerJournal new items: 2 topics × 10 here.
        TestContext.Current.TestOutputHelper?.WriteLine($"burst of {Items} items: {transactions} table transactions, {requests} table requests");
        Assert.InRange(transactions, 2, 2 * (int)Math.Ceiling(Items / 1000.0));
        Assert.InRange(requests, transactions, 10 * (int)Math.Ceiling(Items / 1000.0) + 10);
    }

    private static string Title(int i) => (i % 2 == 0, i % 5 == 0) switch
    {
        (true, true) => $"Contoso Bahn und Fabrikam {i}",
        (true, false) => $"Contoso Bahn {i}",
        (false, true) => $"Fabrikam {i}",
        _ => $"Wetter {i}",
    };
}
