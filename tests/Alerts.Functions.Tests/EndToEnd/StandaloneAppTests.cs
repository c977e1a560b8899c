using System.Net.Http.Json;
using System.Text.Json;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;

namespace Alerts.Functions.Tests.EndToEnd;

/// <summary>The README's promise: the app alone, on Azurite, polls a feed on its timer and counts matching items per topic.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StandaloneAppTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Standalone_app_polls_a_feed_on_its_timer_and_counts_matching_items_per_topic()
    {
        // Arrange: a feed with two matching items and one other, and a seed file pointing at it.
        var now = DateTimeOffset.UtcNow;
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now,
            ("1", "Contoso Bahn: neue Verbindung"), ("2", "#contosobahn Verspätung schon wieder"), ("3", "Wetter heute"))), TestContext.Current.CancellationToken);
        var seed = Path.Combine(Directory.CreateTempSubdirectory("seed-").FullName, "config.json");
        await File.WriteAllTextAsync(seed, $$"""
            {"channels": [{"id": "ch", "name": "Marketing", "language": "de"}],
             "topics": [{"id": "contoso", "name": "Contoso", "query": "\"contoso bahn\" OR #contosobahn", "channelId": "ch"}],
             "feeds": [{"id": "local", "kind": "rss", "url": "{{feed.Url("feed.xml")}}", "pollIntervalSeconds": 10}]}
            """, TestContext.Current.CancellationToken);

        // Act
        await using var app = await TestApp.StartAsync(azurite, new Dictionary<string, string?> { ["Alerts:SeedFile"] = seed });

        // Assert: the timer enqueued a scan, the queue trigger ran it, the bucket holds both matches.
        var mentions = 0;
        await Eventually.TrueAsync(async () =>
        {
            using var status = await app.Client.GetFromJsonAsync<JsonDocument>("api/status", TestContext.Current.CancellationToken);
            var topic = status!.RootElement.GetProperty("topics").EnumerateArray().Single();
            mentions = topic.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("mentions").GetInt32());
            return mentions >= 2;
        }, "two mentions counted for the topic", TimeSpan.FromSeconds(60));
        Assert.Equal(2, mentions);
        Assert.NotEmpty(feed.Requests);
    }

    [Fact]
    public async Task Host_readiness_probe_and_invocation_doors_answer_as_the_host_expects()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);

        var probe = await app.Client.GetAsync("/", TestContext.Current.CancellationToken);
        var unknown = await app.Client.PostAsync("/NoSuchFunction", JsonContent.Create(new { Data = new { }, Metadata = new { } }), TestContext.Current.CancellationToken);
        var notJson = await app.Client.PostAsync("/ScanFeed", new StringContent("{nope", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var failing = await app.Client.PostAsync("/ScanFeed", new StringContent("""{"Data": {"scan": "\"not a scan\""}, "Metadata": {}}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var timer = await app.Client.PostAsync("/PollFeeds", new StringContent("""{"Data": {"timer": {"IsPastDue": false}}, "Metadata": {"sys": {}}}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)probe.StatusCode);
        Assert.Equal(404, (int)unknown.StatusCode);
        Assert.Equal(400, (int)notJson.StatusCode);
        Assert.Equal(500, (int)failing.StatusCode);
        Assert.Contains("not valid JSON", await failing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(200, (int)timer.StatusCode);
        Assert.Equal("application/json", timer.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await timer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(body.RootElement.TryGetProperty("Outputs", out _));
        Assert.True(body.RootElement.TryGetProperty("Logs", out _));
    }
}
