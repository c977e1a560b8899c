using System.Text.Json;
using System.Text.Json.Nodes;
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

[Collection(AzuriteCollection.Name)]
public sealed class DeliverNotificationTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Bucket = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DedupKey Key = new("t1", "volume");

    [Fact]
    public async Task An_accepted_card_is_posted_once_even_when_the_message_is_delivered_again()
    {
        // Arrange
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 202), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams);
        var notification = await OpenAlertAsync(app);

        // Act
        var first = await app.InvokeQueueAsync("DeliverNotification", "notification", notification);
        var again = await app.InvokeQueueAsync("DeliverNotification", "notification", notification, dequeueCount: 2);

        // Assert
        Assert.True(first.Succeeded);
        Assert.True(again.Succeeded);
        Assert.Single(teams.Requests);
        var alert = await OpenAlert(app);
        Assert.Equal(alert.Revision, alert.LastDeliveredRevision);
        Assert.False(alert.Undeliverable);
    }

    [Fact]
    public async Task The_posted_card_is_a_workflows_envelope_with_an_adaptive_card_1_5_and_signed_acknowledge_links()
    {
        // Arrange
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 202), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams);
        var notification = await OpenAlertAsync(app);

        // Act
        Assert.True((await app.InvokeQueueAsync("DeliverNotification", "notification", notification)).Succeeded);

        // Assert
        var posted = JsonNode.Parse(Assert.Single(teams.Requests).Body)!;
        Assert.Equal("message", posted["type"]!.GetValue<string>());
        var attachment = posted["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
        Assert.Equal("1.5", attachment["content"]!["version"]!.GetValue<string>());
        Assert.Contains("http://alerts.example/api/ack?alert=", posted.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivered_card_links_to_the_dashboard_and_records_sent_and_latency_metrics()
    {
        // Arrange: the clock is one minute past the close of the spike's bucket.
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 202), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams);
        var notification = await OpenAlertAsync(app);
        var counts = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == "Alerts") l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => counts.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => { if (instrument.Name == "alerts.notification.latency") latencies.Add(value); });
        listener.Start();

        // Act
        Assert.True((await app.InvokeQueueAsync("DeliverNotification", "notification", notification)).Succeeded);

        // Assert
        var alert = await OpenAlert(app);
        Assert.Contains($"http://alerts.example/api/dashboard/#alert={alert.Id}", Assert.Single(teams.Requests).Body, StringComparison.Ordinal);
        Assert.Equal(1, counts.GetValueOrDefault("alerts.notifications.sent"));
        Assert.Equal(0, counts.GetValueOrDefault("alerts.notifications.failed"));
        Assert.Equal(60, Assert.Single(latencies));
    }

    [Fact]
    public async Task A_throttled_post_fails_the_invocation_so_the_queue_retries_it()
    {
        // Arrange
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 429), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams);
        var notification = await OpenAlertAsync(app);

        // Act
        var outcome = await app.InvokeQueueAsync("DeliverNotification", "notification", notification);

        // Assert
        Assert.False(outcome.Succeeded);
        Assert.False((await OpenAlert(app)).Undeliverable);
    }

    [Fact]
    public async Task A_throttled_post_on_the_last_attempt_marks_the_alert_undeliverable_and_succeeds()
    {
        // Arrange
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 503), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams);
        var notification = await OpenAlertAsync(app);

        // Act
        var outcome = await app.InvokeQueueAsync("DeliverNotification", "notification", notification, dequeueCount: 5);

        // Assert
        Assert.True(outcome.Succeeded);
        Assert.True((await OpenAlert(app)).Undeliverable);
    }

    [Fact]
    public async Task A_rejected_post_marks_the_alert_undeliverable_without_a_retry()
    {
        // Arrange
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 400), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams);
        var notification = await OpenAlertAsync(app);

        // Act
        var outcome = await app.InvokeQueueAsync("DeliverNotification", "notification", notification);

        // Assert
        Assert.True(outcome.Succeeded);
        var alert = await OpenAlert(app);
        Assert.True(alert.Undeliverable);
        Assert.Equal(alert.Revision, alert.UndeliverableRevision);
    }

    [Fact]
    public async Task A_channel_without_a_webhook_setting_fails_naming_the_setting()
    {
        // Arrange
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 202), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams, webhook: false);
        var notification = await OpenAlertAsync(app);

        // Act
        var outcome = await app.InvokeQueueAsync("DeliverNotification", "notification", notification);

        // Assert
        Assert.False(outcome.Succeeded);
        Assert.Empty(teams.Requests);
    }

    [Fact]
    public async Task A_card_held_back_by_the_webhooks_own_pace_is_queued_again_without_costing_an_attempt_or_an_error()
    {
        // Arrange: two alerts of one topic (volume and negative emotion) reach the same channel in the same second
        await using var teams = await LoopbackServer.StartAsync(ctx => Answer(ctx, 202), TestContext.Current.CancellationToken);
        await using var app = await StartAsync(teams);
        var first = await OpenAlertAsync(app);
        var negative = new DedupKey("t1", "negativeemotion");
        var spike = JsonSerializer.Serialize(new Alerts.Domain.Scanning.SpikeMessage(
            SpikeEvidence.IdFor(negative, Bucket), "t1", negative.Signal, Bucket, Bucket, 40, 2, 20, 1e-9, 12, "major", true, false), JsonSerializerOptions.Web);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", spike)).Succeeded);
        var queue = app.Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient("notifications");
        var received = Assert.Single((await queue.ReceiveMessagesAsync(32, cancellationToken: TestContext.Current.CancellationToken)).Value);
        await queue.DeleteMessageAsync(received.MessageId, received.PopReceipt, TestContext.Current.CancellationToken);
        Assert.True(QueueMessageCodec.TryDecode(received.Body.ToString(), base64: true, out var second));
        Assert.True((await app.InvokeQueueAsync("DeliverNotification", "notification", first)).Succeeded);
        var queuedBefore = (await queue.GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount;

        // Act: the second card, on its last attempt, in the same instant
        var paced = await app.InvokeQueueAsync("DeliverNotification", "notification", second, dequeueCount: 5);

        // Assert: no failure, nothing undeliverable, the request waits in the queue, and it posts once the pace allows
        Assert.True(paced.Succeeded);
        Assert.Single(teams.Requests);
        var alerts = app.Services.GetRequiredService<AlertStore>();
        Assert.False((await alerts.GetOpenForKeyAsync(negative, TestContext.Current.CancellationToken)).Alert!.Undeliverable);
        Assert.Equal(queuedBefore + 1, (await queue.GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount);
        ((FakeTimeProvider)app.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromSeconds(2));
        Assert.True((await app.InvokeQueueAsync("DeliverNotification", "notification", second)).Succeeded);
        Assert.Equal(2, teams.Requests.Count);
        var delivered = (await alerts.GetOpenForKeyAsync(negative, TestContext.Current.CancellationToken)).Alert!;
        Assert.Equal(delivered.Revision, delivered.LastDeliveredRevision);
    }

    private static Task Answer(HttpContext ctx, int status)
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private async Task<TestApp> StartAsync(LoopbackServer teams, bool webhook = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Teams:RequireHttps"] = "false",
            ["Alerts:PublicBaseUrl"] = "http://alerts.example",
            ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(new byte[32]),
        };
        if (webhook) settings["TeamsWebhook:marketing_de"] = teams.Url("hook").ToString();
        var app = await TestApp.StartAsync(azurite, settings, triggers: false, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Bucket.AddMinutes(6))));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("marketing-de", "Marketing")], [new TopicConfig("t1", "Topic", "contoso", null, "marketing-de")], []), TestContext.Current.CancellationToken);
        return app;
    }

    /// <summary>Opens an alert through ProcessSpike and returns the notification message it sent.</summary>
    private static async Task<string> OpenAlertAsync(TestApp app)
    {
        var spike = TestSpikes.Opening(Key.TopicId, Key.Signal, Bucket);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", spike)).Succeeded);
        var queue = app.Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient("notifications");
        var message = Assert.Single((await queue.ReceiveMessagesAsync(32, cancellationToken: TestContext.Current.CancellationToken)).Value);
        Assert.True(QueueMessageCodec.TryDecode(message.Body.ToString(), base64: true, out var text));
        return text;
    }

    private static async Task<Alert> OpenAlert(TestApp app) =>
        (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(Key, TestContext.Current.CancellationToken)).Alert!;
}
