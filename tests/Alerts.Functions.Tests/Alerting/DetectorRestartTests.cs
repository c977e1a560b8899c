using Alerts.Detection;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Configuration;
using Alerts.Storage.Detection;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

[Collection(AzuriteCollection.Name)]
public sealed class DetectorRestartTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_detector_state_saved_with_another_bucket_length_restarts_the_detector_instead_of_failing_every_run()
    {
        // Arrange: a state from a run with five-minute buckets; this app uses one-minute buckets (the demo's).
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 30, TimeSpan.Zero));
        var settings = new Dictionary<string, string?> { ["Alerts:Scan:BucketLength"] = "00:01:00", ["Alerts:Scan:SettleDelay"] = "00:00:00" };
        await using var app = await TestApp.StartAsync(azurite, settings, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("ch", "C")], [new TopicConfig("t1", "Topic", "contoso", null, "ch")], []), TestContext.Current.CancellationToken);
        var old = new TopicDetector(new DetectorSettings { BucketLength = TimeSpan.FromMinutes(5) });
        old.Observe(new BucketObservation(time.GetUtcNow().AddHours(-1), 3, 0, 0));
        var states = app.Services.GetRequiredService<DetectorStateStore>();
        Assert.True(await states.TryWriteAsync("t1", old.SaveState(), default, TestContext.Current.CancellationToken));

        // Act
        var outcome = await app.InvokeTimerAsync("EvaluateTopics");

        // Assert: evaluated, and the saved state is now a one-minute detector at the last closed bucket.
        Assert.True(outcome.Succeeded);
        var (saved, _) = await states.GetAsync("t1", TestContext.Current.CancellationToken);
        var loaded = TopicDetector.Load(new DetectorSettings { BucketLength = TimeSpan.FromMinutes(1) }, saved!);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 59, 0, TimeSpan.Zero), loaded.LastBucketStart);
    }
}
