using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Storage.Connections;
using Alerts.Storage.Queues;
using Alerts.Teams;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Faults;

/// <summary>
/// The app dies after Teams accepted a card and before the <c>deliveries</c> row is written. Teams' webhook has no
/// idempotency key, so the redelivery cannot know the card arrived: delivery is at-least-once here, and the repeated
/// card shows the same alert id and revision so a reader recognises it (docs/faults.md).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashAfterPostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Crash_between_posting_a_card_and_recording_it_reposts_the_same_revision_once_and_then_never_again()
    {
        // Arrange: instance A posts through a handler that "crashes" (never returns) once Teams has answered.
        await using var teams = await LoopbackServer.StartAsync(ctx => { ctx.Response.StatusCode = 202; return Task.CompletedTask; }, TestContext.Current.CancellationToken);
        var storage = azurite.NewAccountConnectionString();
        var crashed = new TaskCompletionSource();
        var first = await TestApp.StartAsync(azurite, TeamsCards.Settings(teams, "ch"), triggers: false, storage: storage,
            services: s => s.AddHttpClient(TeamsWebhookClient.HttpClientName).AddHttpMessageHandler(() => new CrashAfterResponse(crashed)));
        await Scenario.SeedAsync(first, [new ChannelConfig("ch", "Marketing")], [new TopicConfig("t1", "Topic", "contoso", null, "ch")], []);
        Assert.True((await first.InvokeQueueAsync("ProcessSpike", "spike", TestSpikes.Opening("t1", "volume", TeamsCards.LastClosedBucket()))).Succeeded);
        var notification = await ReceiveNotificationAsync(first);

        // Act: A posts and dies; the message comes back to instance B, twice.
        _ = first.InvokeQueueAsync("DeliverNotification", "notification", notification);
        await crashed.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await first.DisposeAsync();
        await using var second = await TestApp.StartAsync(azurite, TeamsCards.Settings(teams, "ch"), triggers: false, storage: storage);
        var redelivered = await second.InvokeQueueAsync("DeliverNotification", "notification", notification, dequeueCount: 2);
        var again = await second.InvokeQueueAsync("DeliverNotification", "notification", notification, dequeueCount: 3);

        // Assert: exactly two posts of the same revision (at-least-once), then recorded, so no third.
        Assert.True(redelivered.Succeeded, redelivered.Error);
        Assert.True(again.Succeeded, again.Error);
        var alert = await TeamsCards.OpenAlertAsync(second, "t1");
        Assert.Equal(2, teams.Requests.Count);
        Assert.All(teams.Requests, r => Assert.Equal((alert.Id, alert.Revision), TeamsCards.Footer(r.Body)));
        Assert.Equal(alert.Revision, alert.LastDeliveredRevision);
        Assert.True(await second.Services.GetRequiredService<DeliveryStore>().WasDeliveredAsync(alert.Id, alert.Revision, "ch", TestContext.Current.CancellationToken));
    }

    private static async Task<string> ReceiveNotificationAsync(TestApp app)
    {
        var queue = app.Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient("notifications");
        var message = Assert.Single((await queue.ReceiveMessagesAsync(32, cancellationToken: TestContext.Current.CancellationToken)).Value);
        Assert.True(QueueMessageCodec.TryDecode(message.Body.ToString(), base64: true, out var text));
        return text;
    }

    /// <summary>Lets the POST reach Teams, then stops the invocation for good: what a process crash looks like from storage.</summary>
    private sealed class CrashAfterResponse(TaskCompletionSource crashed) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            crashed.TrySetResult();
            await new TaskCompletionSource().Task;
            return response;
        }
    }
}
