using System.Net;
using System.Text.Json.Nodes;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static Alerts.Functions.Tests.Api.ApiTestData;

namespace Alerts.Functions.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class ScanApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_dry_run_reports_what_would_match_and_writes_nothing()
    {
        await using var feed = await StartFeedAsync();
        await using var app = await StartAsync(feed);

        var response = await app.Client.PostAsync("api/scans", Json(new JsonObject { ["feedId"] = "news", ["dryRun"] = true }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ReadJsonAsync(response);
        Assert.Equal("completed", result["status"]!.GetValue<string>());
        Assert.Equal(3, result["itemsSeen"]!.GetValue<int>());
        Assert.Equal(2, result["itemsMatched"]!.GetValue<int>());
        Assert.Equal(3, result["itemsNew"]!.GetValue<int>());
        Assert.Equal(2, result["topics"]!.AsArray().Single(t => t!["topicId"]!.GetValue<string>() == "contoso")!["matched"]!.GetValue<int>());
        var buckets = await app.Services.GetRequiredService<BucketStore>().GetRangeAsync("contoso", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddHours(1), Ct);
        Assert.Empty(buckets);
    }

    [Fact]
    public async Task A_real_scan_counts_items_once_and_a_second_scan_finds_nothing_new()
    {
        await using var feed = await StartFeedAsync();
        await using var app = await StartAsync(feed);

        var first = await ReadJsonAsync(await app.Client.PostAsync("api/scans", Json(new JsonObject { ["topicId"] = "contoso" }), Ct));
        var second = await ReadJsonAsync(await app.Client.PostAsync("api/scans", Json(new JsonObject()), Ct));

        Assert.Equal(3, first["itemsNew"]!.GetValue<int>());
        Assert.Equal(2, first["itemsMatched"]!.GetValue<int>());
        Assert.Equal(0, second["itemsNew"]!.GetValue<int>());
        var buckets = await app.Services.GetRequiredService<BucketStore>().GetRangeAsync("contoso", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddHours(1), Ct);
        Assert.Equal(2, buckets.Sum(b => b.Aggregate.Mentions));
    }

    [Fact]
    public async Task A_large_scan_answers_202_and_its_status_url_shows_the_result_when_the_queue_has_run_it()
    {
        await using var feed = await StartFeedAsync();
        await using var app = await StartAsync(feed, new Dictionary<string, string?> { ["Alerts:Api:SyncScanMaxFeeds"] = "0" }, triggers: true);

        var accepted = await app.Client.PostAsync("api/scans", Json(new JsonObject { ["dryRun"] = true }), Ct);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("running", (await ReadJsonAsync(accepted))["status"]!.GetValue<string>());
        var location = accepted.Headers.Location!.OriginalString.TrimStart('/');
        JsonObject? done = null;
        await Eventually.TrueAsync(async () =>
        {
            done = await ReadJsonAsync(await app.Client.GetAsync(location, Ct));
            return done["status"]!.GetValue<string>() == "completed";
        }, "the queued scan completes", TimeSpan.FromSeconds(60));
        Assert.Equal(2, done!["itemsMatched"]!.GetValue<int>());
    }

    [Fact]
    public async Task Scans_of_unknown_feeds_or_topics_or_backwards_ranges_are_400_naming_the_field()
    {
        await using var feed = await StartFeedAsync();
        await using var app = await StartAsync(feed);

        var unknown = await AssertProblemAsync(await app.Client.PostAsync("api/scans", Json(new JsonObject { ["feedId"] = "nope", ["topicId"] = "nada" }), Ct), 400);
        var backwards = await AssertProblemAsync(await app.Client.PostAsync("api/scans", Json(new JsonObject { ["from"] = "2026-11-23T10:00:00Z", ["to"] = "2026-11-22T10:00:00Z" }), Ct), 400);

        Assert.True(unknown["errors"]!.AsObject().ContainsKey("feedId") && unknown["errors"]!.AsObject().ContainsKey("topicId"));
        Assert.True(backwards["errors"]!.AsObject().ContainsKey("from"));
        await AssertProblemAsync(await app.Client.PostAsync("api/scans", Json(new JsonObject { ["to"] = "0001-01-01T00:00:00Z" }), Ct), 400);
        await AssertProblemAsync(await app.Client.GetAsync("api/scans/s0000", Ct), 404);
    }

    private static Task<LoopbackServer> StartFeedAsync()
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(-2);
        return LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(now,
            ("1", "Contoso hotline down again"), ("2", "contoso refund please"), ("3", "weather is nice"))), Ct);
    }

    private async Task<TestApp> StartAsync(LoopbackServer feed, Dictionary<string, string?>? settings = null, bool triggers = false)
    {
        var app = await TestApp.StartAsync(azurite, settings, triggers);
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("marketing-de", "Marketing")],
            [new TopicConfig("contoso", "Contoso", "contoso", null, "marketing-de")],
            [new FeedConfig("news", "rss", feed.Url("rss.xml").ToString(), null, PollIntervalSeconds: 86_400)]), Ct);
        return app;
    }
}
