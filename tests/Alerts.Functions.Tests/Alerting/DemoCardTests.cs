using System.Text.Json;
using Alerts.Domain.Scanning;
using Alerts.Functions.Configuration;
using Alerts.Functions.Demo;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Configuration;
using Alerts.Storage.Connections;
using Alerts.Storage.Queues;
using Alerts.Teams;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Alerting;

/// <summary>
/// The README demo, driven step by step on a fake clock: config/demo.json, the app's own demo feed, the settings of
/// scripts/run-local.sh, and the local Teams receiver. Every function runs for real; only the triggers are manual.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoCardTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    /// <summary>The settings scripts/run-local.sh adds for the demo.</summary>
    private static readonly Dictionary<string, string?> DemoSettings = new()
    {
        ["Alerts:Scan:BucketLength"] = "00:01:00",
        ["Alerts:Scan:SettleDelay"] = "00:00:20",
        ["Alerts:Detection:WarmUp"] = "00:03:00",
        ["Alerts:Demo:Enabled"] = "true",
        ["Alerts:Teams:RequireHttps"] = "false",
        ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(new byte[32]),
    };

    [Fact]
    public async Task Demo_shows_a_card_in_the_local_receiver_within_ten_minutes_of_a_fresh_start()
    {
        // Arrange: the app at an odd second of the hour, seeded with config/demo.json pointing at its own feed.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 3, 7, TimeSpan.Zero));
        var started = time.GetUtcNow();

        // Act: what the timers of run-local.sh do, every 15 s of demo time, until a card arrives (or 15 minutes pass).
        var received = await RunDemoAsync(time, DemoSettings, TimeSpan.FromMinutes(15));

        // Assert: a German card about Contoso Bahn in the topic's channel, soon after the first burst began.
        var card = Assert.Single(received, m => m.Channel == "marketing-de" && m.Payload.ToJsonString().Contains("Contoso Bahn", StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine($"first card {(card.ReceivedAt - started).TotalMinutes:F2} min after start");
        Assert.InRange(card.ReceivedAt - started, DemoFeedEndpoints.FirstBurstAfter, TimeSpan.FromMinutes(10));
        Assert.Equal("message", card.Payload["type"]!.GetValue<string>());
        Assert.Contains("/api/ack?alert=", card.Payload.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(received, m => m.ReceivedAt - started < DemoFeedEndpoints.FirstBurstAfter);
    }

    [Fact]
    public async Task Without_the_demo_warm_up_the_same_burst_shows_no_card()
    {
        // Arrange: the production warm-up of one day.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 3, 7, TimeSpan.Zero));
        var settings = new Dictionary<string, string?>(DemoSettings) { ["Alerts:Detection:WarmUp"] = "1.00:00:00" };

        // Act: past the first burst.
        var received = await RunDemoAsync(time, settings, DemoFeedEndpoints.FirstBurstAfter + DemoFeedEndpoints.BurstLength + TimeSpan.FromMinutes(2));

        // Assert
        Assert.Empty(received);
    }

    private async Task<IReadOnlyList<ReceivedTeamsMessage>> RunDemoAsync(FakeTimeProvider time, Dictionary<string, string?> settings, TimeSpan limit)
    {
        var started = time.GetUtcNow();
        await using var app = await TestApp.StartAsync(azurite, settings, triggers: false, services: s => s.AddSingleton<TimeProvider>(time));
        await SeedDemoAsync(app);
        var receiver = app.Services.GetRequiredService<TeamsReceiverStore>();
        while (receiver.Messages().Count == 0 && time.GetUtcNow() - started < limit)
        {
            await RunStepAsync(app, time);
            time.Advance(Step);
        }

        return receiver.Messages();
    }

    private static async Task SeedDemoAsync(TestApp app)
    {
        // The demo feed and the webhooks live on the app, whose port is known only now.
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        app.App.Configuration["Alerts:PublicBaseUrl"] = baseUrl;
        app.App.Configuration["TeamsWebhook:marketing_de"] = $"{baseUrl}/dev/teams/marketing-de";
        app.App.Configuration["TeamsWebhook:marketing_oncall"] = $"{baseUrl}/dev/teams/marketing-oncall";
        var seed = Path.Combine(Path.GetTempPath(), $"demo-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "config", "demo.json"), TestContext.Current.CancellationToken))
                .Replace("http://127.0.0.1:7071", baseUrl, StringComparison.Ordinal), TestContext.Current.CancellationToken);
            await app.Services.GetRequiredService<ConfigStore>().SeedAsync(ConfigurationSeeder.Load(seed), TestContext.Current.CancellationToken);
        }
        finally
        {
            File.Delete(seed);
        }
    }

    private static async Task RunStepAsync(TestApp app, FakeTimeProvider time)
    {
        var scan = JsonSerializer.Serialize(new ScanRequest("demo-social", Guid.NewGuid().ToString("N"), time.GetUtcNow()), JsonSerializerOptions.Web);
        Assert.True((await app.InvokeQueueAsync("ScanFeed", "scan", scan)).Succeeded);
        Assert.True((await app.InvokeTimerAsync("EvaluateTopics")).Succeeded);
        await DrainAsync(app, "spike-decisions", "ProcessSpike", "spike");
        await DrainAsync(app, "notifications", "DeliverNotification", "notification");
    }

    private static async Task DrainAsync(TestApp app, string queueName, string function, string binding)
    {
        var queue = app.Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: TestContext.Current.CancellationToken);
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, cancellationToken: TestContext.Current.CancellationToken)).Value;
            if (batch.Length == 0) return;
            foreach (var message in batch)
            {
                Assert.True(QueueMessageCodec.TryDecode(message.Body.ToString(), base64: true, out var text));
                var outcome = await app.InvokeQueueAsync(function, binding, text);
                Assert.True(outcome.Succeeded, $"{function} failed on {text}");
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, TestContext.Current.CancellationToken);
            }
        }
    }
}
