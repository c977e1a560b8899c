using System.Text.Json;
using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Domain.Scanning;
using Alerts.Emotion;
using Alerts.Standalone.Protocol;
using Alerts.Storage.Alerts;
using Alerts.Storage.Buckets;
using Alerts.Storage.Detection;
using Alerts.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Dashboard.Tests.Infrastructure;

/// <summary>
/// What the dashboard shows, written through the app's own stores and handlers: two topics and a feed (ConfigStore),
/// 24 hours of five-minute buckets for the first topic with an angry burst in the last hour (BucketStore), and one
/// firing alert opened the way production opens it (a spike message through ProcessSpike).
/// </summary>
public static class Seed
{
    public const string TopicId = "contoso-bahn";
    public const string TopicName = "Contoso Bahn";
    public const string QuietTopicId = "fabrikam-air";
    public const string FeedId = "demo-social";
    public const int BurstBuckets = 12;
    public const int BurstNegative = 20;

    /// <summary>The app's clock (FakeTimeProvider) and the browser's (Playwright clock).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 2, 30, TimeSpan.Zero);

    public static readonly TimeSpan BucketLength = TimeSpan.FromMinutes(5);

    /// <summary>The newest closed bucket before <see cref="Now"/>.</summary>
    public static readonly DateTimeOffset LastBucket = new(2026, 11, 23, 11, 55, 0, TimeSpan.Zero);

    public static async Task<(DashboardApp App, Alert Alert)> StartAsync(Alerts.Testing.AzuriteFixture azurite)
    {
        var app = await DashboardApp.StartAsync(azurite);
        try
        {
            await ConfigurationAsync(app);
            await BucketsAsync(app);
            var alert = await OpenAlertAsync(app, new DedupKey(TopicId, "volume"));
            return (app, alert);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public static Task ConfigurationAsync(DashboardApp app) =>
        app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("marketing-de", "Marketing", "de")],
            [
                new TopicConfig(TopicId, TopicName, "\"contoso bahn\"", null, "marketing-de"),
                new TopicConfig(QuietTopicId, "Fabrikam Air", "\"fabrikam air\"", ["de", "en"], "marketing-de", Sensitivity: "low"),
            ],
            [new FeedConfig(FeedId, "rss", "http://127.0.0.1:9/feed.xml", null, Name: "Demo feed")]),
            TestContext.Current.CancellationToken);

    /// <summary>
    /// 288 buckets ending at <see cref="LastBucket"/>: two neutral mentions each, then <see cref="BurstBuckets"/> buckets with
    /// <see cref="BurstNegative"/> negative and one positive mention more. The 24 h series ends with the open bucket
    /// after <see cref="LastBucket"/>, so it shows the newest 287 of them.
    /// </summary>
    public static async Task BucketsAsync(DashboardApp app)
    {
        var contributions = Enumerable.Range(0, 288).Select(i =>
        {
            var start = LastBucket - (287 - i) * BucketLength;
            var burst = i >= 288 - BurstBuckets;
            var emotion = new EmotionAggregate { Neutral = 2, Negative = burst ? BurstNegative : 0, Positive = burst ? 1 : 0 };
            return (start, new BucketAggregate { Mentions = emotion.Total, Emotion = emotion });
        }).ToList();
        await app.Services.GetRequiredService<BucketStore>().ApplyAsync(TopicId, contributions, "seed", 1, TestContext.Current.CancellationToken);

        // What the detector expected: two per bucket, with the burst buckets marked as volume and negative spikes.
        var expectations = contributions.Select((c, i) => new BucketExpectation(c.start, 2, 0.1, 0.1,
            i >= 288 - BurstBuckets ? ["volume", "negativeemotion"] : [])).ToList();
        await app.Services.GetRequiredService<ExpectationStore>().WriteAsync(TopicId, expectations, TestContext.Current.CancellationToken);
    }

    /// <summary>Opens an alert through ProcessSpike, the handler the detectors' spike messages reach.</summary>
    public static async Task<Alert> OpenAlertAsync(DashboardApp app, DedupKey key)
    {
        var spike = JsonSerializer.Serialize(new SpikeMessage(
            SpikeEvidence.IdFor(key, LastBucket), key.TopicId, key.Signal, LastBucket, LastBucket - 2 * BucketLength,
            46, 4.2, 11, 1e-9, 12, "major", true, false), JsonSerializerOptions.Web);
        var envelope = InvocationEnvelope.ForQueue("ProcessSpike", "spike", new QueueMessageInfo(spike, Guid.NewGuid().ToString(), "pop", 1, null, null, null), Now);
        var outcome = await app.Services.GetRequiredService<IFunctionInvoker>().InvokeAsync("ProcessSpike", envelope, TestContext.Current.CancellationToken);
        Assert.True(outcome.Succeeded, $"ProcessSpike failed to open the seeded alert: {outcome.Error}");
        return (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(key, TestContext.Current.CancellationToken)).Alert!;
    }

    public static async Task<Alert> ReloadAsync(DashboardApp app, string alertId) =>
        (await app.Services.GetRequiredService<AlertStore>().GetAsync(alertId, TestContext.Current.CancellationToken)).Alert!;
}
