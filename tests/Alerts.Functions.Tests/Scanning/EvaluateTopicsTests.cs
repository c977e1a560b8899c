using System.Text.Json;
using Alerts.Domain.Buckets;
using Alerts.Domain.Configuration;
using Alerts.Domain.Scanning;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Scanning;

[Collection(AzuriteCollection.Name)]
public sealed class EvaluateTopicsTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Bucket = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Evaluation_timer_turns_a_stored_spike_bucket_into_one_spike_decision_message()
    {
        // Arrange: a topic with a steady ~10 mentions per bucket for 30 hours (past the one-day warm-up).
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 30, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(azurite, new Dictionary<string, string?> { ["Alerts:Scan:SettleDelay"] = "00:00:00" }, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("ch", "C")], [new TopicConfig("t1", "Topic", "contoso", null, "ch")], []), TestContext.Current.CancellationToken);
        var store = app.Services.GetRequiredService<BucketStore>();
        var random = new Random(7);
        var sent = new List<SpikeMessage>();

        // Act: every 5 minutes a bucket closes and the timer runs; the last bucket holds a burst.
        var steps = (int)(TimeSpan.FromHours(30) / Bucket);
        for (var i = 0; i <= steps; i++)
        {
            var closed = new BucketClock(Bucket).StartOf(time.GetUtcNow());
            await store.ApplyAsync("t1", [(closed, Aggregate(i == steps ? 80 : 8 + random.Next(5)))], "feed", i + 1, TestContext.Current.CancellationToken);
            time.Advance(Bucket);
            Assert.True((await app.InvokeTimerAsync("EvaluateTopics")).Succeeded);
        }

        var again = await app.InvokeTimerAsync("EvaluateTopics");

        // Assert
        sent.AddRange(await DrainAsync(app));
        var spike = Assert.Single(sent, m => m.EpisodeStarted);
        Assert.Equal("volume", spike.Signal);
        Assert.Equal("t1", spike.TopicId);
        Assert.Equal(80, spike.Observed);
        Assert.InRange(spike.Expected, 5, 16);
        Assert.StartsWith("t1|volume|", spike.SpikeId, StringComparison.Ordinal);
        Assert.True(again.Succeeded);
    }

    private static BucketAggregate Aggregate(int mentions) => new() { Mentions = mentions };

    private static async Task<List<SpikeMessage>> DrainAsync(TestApp app) =>
        (await app.DrainQueueAsync("spike-decisions")).Select(t => JsonSerializer.Deserialize<SpikeMessage>(t, JsonSerializerOptions.Web)!).ToList();
}
