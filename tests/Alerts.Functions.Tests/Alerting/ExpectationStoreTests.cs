using Alerts.Domain.Buckets;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Detection;
using Alerts.Storage.Tables;
using Alerts.Testing;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

[Collection(AzuriteCollection.Name)]
public sealed class ExpectationStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Bucket = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Range_returns_the_stored_buckets_of_one_topic_in_time_order_with_their_spikes()
    {
        // Arrange: 250 buckets (three transactions) for t1, one for t2.
        var store = NewStore();
        var written = Enumerable.Range(0, 250).Select(i => new BucketExpectation(Start + (i * Bucket), i, i / 10.0, null, i == 7 ? ["volume", "negativeemotion"] : [])).ToList();
        await store.WriteAsync("t1", written.AsEnumerable().Reverse().ToList(), TestContext.Current.CancellationToken);
        await store.WriteAsync("t2", [new BucketExpectation(Start, 99, 9, 9, [])], TestContext.Current.CancellationToken);

        // Act
        var range = await store.GetRangeAsync("t1", Start + Bucket, Start + (10 * Bucket), TestContext.Current.CancellationToken);
        var all = await store.GetRangeAsync("t1", Start, Start + TimeSpan.FromDays(2), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(Enumerable.Range(1, 9).Select(i => Start + (i * Bucket)), range.Select(e => e.Start));
        Assert.Equal(250, all.Count);
        var spiked = range.Single(e => e.Start == Start + (7 * Bucket));
        Assert.Equal(["volume", "negativeemotion"], spiked.Spikes);
        Assert.Equal(7, spiked.ExpectedMentions);
        Assert.Equal(0.7, spiked.ExpectedNegative);
        Assert.Null(spiked.ExpectedPositive);
        Assert.Empty(range[0].Spikes);
    }

    [Fact]
    public async Task Writing_a_bucket_again_replaces_its_row()
    {
        // Arrange
        var store = NewStore();
        await store.WriteAsync("t1", [new BucketExpectation(Start, 5, 1, 1, ["volume"])], TestContext.Current.CancellationToken);

        // Act
        await store.WriteAsync("t1", [new BucketExpectation(Start, 6, null, 2, []), new BucketExpectation(Start, 7, null, 3, [])], TestContext.Current.CancellationToken);

        // Assert
        var row = Assert.Single(await store.GetRangeAsync("t1", Start, Start + Bucket, TestContext.Current.CancellationToken));
        Assert.Equal(new BucketExpectation(Start, 7, null, 3, []) with { Spikes = row.Spikes }, row);
        Assert.Empty(row.Spikes);
    }

    [Fact]
    public async Task Evaluation_stores_what_the_detector_expected_for_every_evaluated_bucket_and_marks_the_spike()
    {
        // Arrange: steady mentions past the warm-up, then a burst.
        var time = new FakeTimeProvider(Start.AddSeconds(30));
        var settings = new Dictionary<string, string?> { ["Alerts:Scan:SettleDelay"] = "00:00:00", ["Alerts:Detection:WarmUp"] = "01:00:00" };
        await using var app = await TestApp.StartAsync(azurite, settings, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("ch", "C")], [new TopicConfig("t1", "Topic", "contoso", null, "ch")], []), TestContext.Current.CancellationToken);
        var buckets = app.Services.GetRequiredService<BucketStore>();
        const int Steps = 30;
        for (var i = 0; i <= Steps; i++)
        {
            var open = new BucketClock(Bucket).StartOf(time.GetUtcNow());
            var burst = i == Steps;
            await buckets.ApplyAsync("t1", [(open, new BucketAggregate { Mentions = burst ? 80 : 10 })], "feed", i + 1, TestContext.Current.CancellationToken);
            time.Advance(Bucket);

            // Act
            Assert.True((await app.InvokeTimerAsync("EvaluateTopics")).Succeeded);
        }

        // Assert: one row per evaluated bucket; the baseline learnt ~10 and the burst bucket is marked.
        var stored = await app.Services.GetRequiredService<ExpectationStore>().GetRangeAsync("t1", Start - TimeSpan.FromHours(1), time.GetUtcNow(), TestContext.Current.CancellationToken);
        Assert.Equal(Steps + 1, stored.Count);
        Assert.All(stored.Zip(stored.Skip(1)), p => Assert.Equal(Bucket, p.Second.Start - p.First.Start));
        var last = stored[^1];
        Assert.Equal(["volume"], last.Spikes);
        Assert.InRange(last.ExpectedMentions!.Value, 8, 12);
        Assert.NotNull(last.ExpectedNegative);
        Assert.All(stored.Take(Steps), e => Assert.Empty(e.Spikes));
    }

    private ExpectationStore NewStore() =>
        new(new AlertsTables(new TableServiceClient(azurite.NewAccountConnectionString()), new StorageOptions()));
}
