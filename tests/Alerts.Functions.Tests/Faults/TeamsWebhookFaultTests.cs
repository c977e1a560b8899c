using System.Collections.Concurrent;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;

namespace Alerts.Functions.Tests.Faults;

/// <summary>
/// A Teams webhook that fails every other request, with 429 (with and without Retry-After), 503 and 500, while the
/// real standalone runtime delivers the notifications from the queue.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamsWebhookFaultTests(AzuriteFixture azurite)
{
    private static readonly string[] Channels = ["c1", "c2", "c3", "c4"];

    [Fact]
    public async Task Webhook_failing_half_the_requests_with_429s_and_5xx_ends_with_every_card_delivered_exactly_once()
    {
        // Arrange: the first post of each card fails (a different failure per channel), the second is accepted.
        var attempts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var accepted = new ConcurrentQueue<(string Channel, string AlertId, int Revision)>();
        await using var teams = await LoopbackServer.StartAsync(async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var (alertId, revision) = TeamsCards.Footer(await reader.ReadToEndAsync(ctx.RequestAborted));
            var channel = ctx.Request.Path.Value!.Split('/')[^1];
            if (attempts.AddOrUpdate($"{channel}|{alertId}|{revision}", 1, (_, n) => n + 1) % 2 == 1)
            {
                await FailAsync(ctx, Array.IndexOf(Channels, channel));
                return;
            }

            accepted.Enqueue((channel, alertId, revision));
            ctx.Response.StatusCode = 202;
        }, TestContext.Current.CancellationToken);
        var settings = TeamsCards.Settings(teams, Channels);
        settings.Add(FaultAppRoot.Settings.Key, FaultAppRoot.Settings.Value);
        await using var app = await TestApp.StartAsync(azurite, settings);
        await Scenario.SeedAsync(app, [.. Channels.Select(c => new ChannelConfig(c, c))],
            [.. Channels.Select(c => new TopicConfig("t" + c, "Topic " + c, "contoso", null, c))], []);

        // Act: one verdict per topic, each sent twice (a redelivered verdict).
        var bucket = TeamsCards.LastClosedBucket();
        await Scenario.EnqueueAsync(app, "spike-decisions", Channels.SelectMany(c => Enumerable.Repeat(TestSpikes.Opening("t" + c, "volume", bucket), 2)));
        await Eventually.TrueAsync(async () => accepted.Count >= Channels.Length
            && await Scenario.QueueDepthAsync(app, "spike-decisions") == 0
            && await Scenario.QueueDepthAsync(app, "notifications") == 0, "every card accepted and every message completed", TimeSpan.FromSeconds(90));

        // Assert: one accepted card per (alert, revision, channel), every one after exactly one failure (50 %).
        Assert.All(accepted.GroupBy(a => a), g => Assert.Single(g));
        Assert.Equal(Channels.Order(), accepted.Select(a => a.Channel).Order());
        Assert.Equal(2 * Channels.Length, teams.Requests.Count);
        foreach (var c in Channels)
        {
            var alert = await TeamsCards.OpenAlertAsync(app, "t" + c);
            Assert.Contains((c, alert.Id, alert.Revision), accepted);
            Assert.Equal(alert.Revision, alert.LastDeliveredRevision);
            Assert.False(alert.Undeliverable);
        }

        Assert.Equal(0, await Scenario.QueueDepthAsync(app, "notifications-poison"));
        Assert.Equal(0, await Scenario.QueueDepthAsync(app, "spike-decisions-poison"));
    }

    private static Task FailAsync(HttpContext ctx, int kind)
    {
        switch (kind % 4)
        {
            case 0:
                ctx.Response.StatusCode = 429;
                ctx.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            case 1:
                ctx.Response.StatusCode = 429;
                return ctx.Response.WriteAsync("Rate limit is exceeded. Try again later.");
            case 2:
                ctx.Response.StatusCode = 503;
                return Task.CompletedTask;
            default:
                ctx.Response.StatusCode = 500;
                return ctx.Response.WriteAsync("workflow failed");
        }
    }
}
