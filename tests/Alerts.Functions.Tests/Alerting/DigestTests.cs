using System.Text.Json;
using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Storage.Configuration;
using Alerts.Storage.Connections;
using Alerts.Storage.Queues;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

/// <summary>
/// A webhook whose hourly budget is spent: the alerts that could not be posted go into one digest card per channel,
/// each listed once, none lost, none posted again afterwards.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DigestTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Bucket = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Alerts_over_the_hourly_budget_arrive_in_one_digest_and_are_never_posted_again()
    {
        // Arrange: a budget of 3 posts an hour, one of them kept for digests, so two alerts fit.
        var time = new FakeTimeProvider(Bucket.AddMinutes(6));
        await using var teams = await LoopbackServer.StartAsync(Accept, TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams, time);
        var first = await OpenAlertAsync(app, "volume");
        var second = await OpenAlertAsync(app, "negativeemotion");
        var third = await OpenAlertAsync(app, "positiveemotion");

        // Act: two fit the alert budget, the third is deferred (also when delivered again); then the maintenance timer runs twice.
        foreach (var notification in new[] { first, second, third, third })
        {
            Assert.True((await app.InvokeQueueAsync("DeliverNotification", "notification", notification)).Succeeded);
            time.Advance(TimeSpan.FromSeconds(2));
        }

        var beforeDigest = teams.Requests.Count;
        var thirdAlert = await AlertAsync(app, third);
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);
        Assert.True((await app.InvokeQueueAsync("DeliverNotification", "notification", third, dequeueCount: 2)).Succeeded);

        // Assert
        Assert.Equal(2, beforeDigest);
        Assert.False(thirdAlert.Undeliverable);
        Assert.Equal(3, teams.Requests.Count);
        var digest = teams.Requests.ToArray()[2].Body;
        Assert.Contains("Sammelmeldung: 1 Alerts", digest, StringComparison.Ordinal);
        Assert.Contains(thirdAlert.Id, digest, StringComparison.Ordinal);
        var delivered = await AlertAsync(app, third);
        Assert.Equal(delivered.Revision, delivered.LastDeliveredRevision);
        Assert.False(delivered.Undeliverable);
        Assert.Empty(await app.Services.GetRequiredService<DigestStore>().ListPendingAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_digest_that_cannot_be_posted_yet_keeps_its_alerts_pending()
    {
        // Arrange: the webhook answers 202 to the first two posts, then 503.
        var time = new FakeTimeProvider(Bucket.AddMinutes(6));
        var posts = 0;
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, Interlocked.Increment(ref posts) <= 2 ? 202 : 503), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams, time);
        foreach (var signal in new[] { "volume", "negativeemotion", "positiveemotion" })
        {
            Assert.True((await app.InvokeQueueAsync("DeliverNotification", "notification", await OpenAlertAsync(app, signal))).Succeeded);
            time.Advance(TimeSpan.FromSeconds(2));
        }

        // Act
        Assert.True((await app.InvokeTimerAsync("MaintainAlerts")).Succeeded);

        // Assert: tried once, still pending, the alert neither delivered nor undeliverable.
        Assert.Equal(3, teams.Requests.Count);
        var pending = Assert.Single((await app.Services.GetRequiredService<DigestStore>().ListPendingAsync(TestContext.Current.CancellationToken))["marketing-de"]);
        var (alert, _) = await app.Services.GetRequiredService<AlertStore>().GetAsync(pending.AlertId, TestContext.Current.CancellationToken);
        Assert.False(alert!.Undeliverable);
        Assert.NotEqual(alert.Revision, alert.LastDeliveredRevision);
    }

    private static Task Accept(HttpContext ctx) => Answer(ctx, 202);

    private static Task Answer(HttpContext ctx, int status)
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private async Task<TestApp> StartAsync(LoopbackServer teams, FakeTimeProvider time)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Teams:RequireHttps"] = "false",
            ["Alerts:Teams:HourlyBudget"] = "3",
            ["Alerts:PublicBaseUrl"] = "http://alerts.example",
            ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(new byte[32]),
            ["TeamsWebhook:marketing_de"] = teams.Url("hook").ToString(),
        };
        var app = await TestApp.StartAsync(azurite, settings, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("marketing-de", "Marketing")], [new TopicConfig("t1", "Topic", "contoso", null, "marketing-de")], []), TestContext.Current.CancellationToken);
        return app;
    }

    /// <summary>Opens an alert for one signal through ProcessSpike and returns the notification message it sent.</summary>
    private static async Task<string> OpenAlertAsync(TestApp app, string signal)
    {
        var key = new DedupKey("t1", signal);
        var spike = TestSpikes.Opening(key.TopicId, key.Signal, Bucket);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", spike)).Succeeded);
        var queue = app.Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient("notifications");
        var message = Assert.Single((await queue.ReceiveMessagesAsync(32, cancellationToken: TestContext.Current.CancellationToken)).Value);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, TestContext.Current.CancellationToken);
        Assert.True(QueueMessageCodec.TryDecode(message.Body.ToString(), base64: true, out var text));
        return text;
    }

    private static async Task<Alert> AlertAsync(TestApp app, string notification)
    {
        var request = JsonSerializer.Deserialize(notification, AlertJsonContext.Default.NotificationRequest)!;
        return (await app.Services.GetRequiredService<AlertStore>().GetAsync(request.AlertId, TestContext.Current.CancellationToken)).Alert!;
    }
}
