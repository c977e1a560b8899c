using System.Text.Json;
using Alerts.Alerting;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

[Collection(AzuriteCollection.Name)]
public sealed class MaintainAlertsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Bucket = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DedupKey Key = new("t1", "volume");

    [Fact]
    public async Task An_unacknowledged_alert_gets_a_reminder_after_the_repeat_interval()
    {
        // Arrange
        var time = new FakeTimeProvider(Bucket.AddMinutes(6));
        await using var app = await TestApp.StartAsync(azurite, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await OpenAlertAsync(app);
        Assert.Single(await DrainAsync(app));
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);
        Assert.Empty(await DrainAsync(app));

        // Act
        time.Advance(new AlertPolicy().RepeatInterval + TimeSpan.FromMinutes(1));
        var outcome = await app.InvokeTimerAsync("MaintainAlerts");

        // Assert
        Assert.True(outcome.Succeeded);
        var reminder = Assert.Single(await DrainAsync(app));
        Assert.Equal(NotificationKind.Reminder, reminder.Kind);
    }

    [Fact]
    public async Task A_request_that_never_reached_the_queue_is_sent_again_once()
    {
        // Arrange: the opening request is lost (taken off the queue, never delivered).
        var time = new FakeTimeProvider(Bucket.AddMinutes(6));
        await using var app = await TestApp.StartAsync(azurite, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await OpenAlertAsync(app);
        var opened = Assert.Single(await DrainAsync(app));
        time.Advance(TimeSpan.FromHours(2));

        // Act
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);
        var first = await DrainAsync(app);
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);
        var second = await DrainAsync(app);

        // Assert
        Assert.Single(first, r => r == opened);
        Assert.DoesNotContain(second, r => r == opened);
    }

    private static async Task OpenAlertAsync(TestApp app)
    {
        var spike = TestSpikes.Opening(Key.TopicId, Key.Signal, Bucket);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", spike)).Succeeded);
    }

    private static async Task<List<NotificationRequest>> DrainAsync(TestApp app) =>
        (await app.DrainQueueAsync("notifications")).Select(t => JsonSerializer.Deserialize(t, AlertJsonContext.Default.NotificationRequest)!).ToList();
}
