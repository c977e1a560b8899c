using System.Text.Json;
using Alerts.Alerting;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

[Collection(AzuriteCollection.Name)]
public sealed class ProcessSpikeTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Bucket = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DedupKey Key = new("t1", "volume");

    [Fact]
    public async Task A_spike_message_opens_one_alert_and_sends_one_notification()
    {
        // Arrange
        await using var app = await StartAsync();

        // Act
        var outcome = await app.InvokeQueueAsync("ProcessSpike", "spike", Spike(Bucket, "major", started: true, ended: false));

        // Assert
        Assert.True(outcome.Succeeded);
        var (alert, _) = await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(Key, TestContext.Current.CancellationToken);
        Assert.NotNull(alert);
        Assert.Equal(AlertSeverity.Major, alert.Severity);
        var sent = Assert.Single(await DrainNotificationsAsync(app));
        Assert.Equal(alert.Id, sent.AlertId);
        Assert.Equal(NotificationKind.Opened, sent.Kind);
        Assert.Single(await app.Services.GetRequiredService<AlertStore>().ListOpenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_same_spike_message_delivered_again_sends_nothing_new()
    {
        // Arrange
        await using var app = await StartAsync();
        var message = Spike(Bucket, "major", started: true, ended: false);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", message)).Succeeded);
        Assert.Single(await DrainNotificationsAsync(app));

        // Act
        var again = await app.InvokeQueueAsync("ProcessSpike", "spike", message, dequeueCount: 2);

        // Assert
        Assert.True(again.Succeeded);
        Assert.Empty(await DrainNotificationsAsync(app));
        Assert.Single(await app.Services.GetRequiredService<AlertStore>().ListOpenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_episode_end_message_resolves_the_open_alert()
    {
        // Arrange
        await using var app = await StartAsync();
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", Spike(Bucket, "major", started: true, ended: false))).Succeeded);
        var store = app.Services.GetRequiredService<AlertStore>();
        var (opened, _) = await store.GetOpenForKeyAsync(Key, TestContext.Current.CancellationToken);

        // Act
        var end = await app.InvokeQueueAsync("ProcessSpike", "spike", Spike(Bucket.AddMinutes(20), "none", started: false, ended: true));

        // Assert
        Assert.True(end.Succeeded);
        var (resolved, _) = await store.GetAsync(opened!.Id, TestContext.Current.CancellationToken);
        Assert.Equal(AlertState.Resolved, resolved!.State);
        Assert.Null((await store.GetOpenForKeyAsync(Key, TestContext.Current.CancellationToken)).Alert);
        Assert.Empty(await store.ListOpenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_episode_end_without_an_open_alert_is_skipped()
    {
        // Arrange
        await using var app = await StartAsync();

        // Act
        var end = await app.InvokeQueueAsync("ProcessSpike", "spike", Spike(Bucket, "none", started: false, ended: true));

        // Assert
        Assert.True(end.Succeeded);
        Assert.Empty(await DrainNotificationsAsync(app));
        Assert.Empty(await app.Services.GetRequiredService<AlertStore>().ListOpenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_spike_message_that_is_not_json_fails_the_invocation_so_the_queue_retries_it()
    {
        // Arrange
        await using var app = await StartAsync();

        // Act
        var outcome = await app.InvokeQueueAsync("ProcessSpike", "spike", "{not json");

        // Assert
        Assert.False(outcome.Succeeded);
    }

    private Task<TestApp> StartAsync() =>
        TestApp.StartAsync(azurite, triggers: false, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Bucket.AddMinutes(6))));

    private static string Spike(DateTimeOffset bucket, string severity, bool started, bool ended) =>
        JsonSerializer.Serialize(new Alerts.Domain.Scanning.SpikeMessage(
            SpikeEvidence.IdFor(Key, bucket), Key.TopicId, Key.Signal, bucket, Bucket, ended ? 9 : 80, 10, ended ? 0.9 : 8, 1e-9, ended ? 0 : 12, severity, started, ended),
            JsonSerializerOptions.Web);

    private static async Task<List<NotificationRequest>> DrainNotificationsAsync(TestApp app) =>
        (await app.DrainQueueAsync("notifications")).Select(t => JsonSerializer.Deserialize(t, AlertJsonContext.Default.NotificationRequest)!).ToList();
}
