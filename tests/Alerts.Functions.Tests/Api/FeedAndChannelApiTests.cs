using System.Net;
using System.Text.Json.Nodes;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using static Alerts.Functions.Tests.Api.ApiTestData;

namespace Alerts.Functions.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class FeedAndChannelApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_feed_whose_url_answers_is_created_and_shows_pending_health()
    {
        await using var server = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(TestFeeds.Rss(DateTimeOffset.UtcNow, ("1", "hello"))), Ct);
        await using var app = await TestApp.StartAsync(azurite, triggers: false);

        var created = await app.Client.PostAsync("api/feeds", Json(Feed("news", server.Url("rss.xml"))), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = await ReadJsonAsync(created);
        Assert.Equal("pending", feed["health"]!["status"]!.GetValue<string>());
        Assert.Equal(60, feed["pollIntervalSeconds"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_feed_url_that_does_not_answer_is_422_and_can_still_be_added_with_probe_false()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        var dead = new Uri("http://127.0.0.1:9/feed.xml"); // the discard port: nothing listens

        var refused = await app.Client.PostAsync("api/feeds", Json(Feed("dead", dead)), Ct);
        var forced = await app.Client.PostAsync("api/feeds?probe=false", Json(Feed("dead", dead)), Ct);

        var problem = await AssertProblemAsync(refused, 422);
        Assert.Contains("probe=false", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, forced.StatusCode);
    }

    [Fact]
    public async Task A_feed_on_a_private_address_is_refused_as_forbidden()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);

        var response = await app.Client.PostAsync("api/feeds", Json(Feed("intranet", new Uri("http://10.1.2.3/feed.xml"))), Ct);

        var problem = await AssertProblemAsync(response, 400);
        Assert.Contains("private", problem["errors"]!["url"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_with_a_bad_kind_and_interval_gets_every_error_at_once()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        var body = Feed("news", new Uri("ftp://example.org/x"));
        body["kind"] = "gopher";
        body["pollIntervalSeconds"] = 1;

        var problem = await AssertProblemAsync(await app.Client.PostAsync("api/feeds", Json(body), Ct), 400);

        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("kind") && errors.ContainsKey("url") && errors.ContainsKey("pollIntervalSeconds"), errors.ToJsonString());
    }

    [Fact]
    public async Task A_channel_shows_whether_its_webhook_is_configured_but_never_the_url()
    {
        const string secret = "https://prod-01.westeurope.logic.azure.com/workflows/secret-sig";
        await using var app = await TestApp.StartAsync(azurite, new Dictionary<string, string?> { ["TeamsWebhook:marketing_de"] = secret }, triggers: false);

        var created = await app.Client.PostAsync("api/channels", Json(new JsonObject { ["id"] = "marketing-de", ["name"] = "Marketing", ["language"] = "de" }), Ct);
        await app.Client.PostAsync("api/channels", Json(new JsonObject { ["id"] = "pr-en", ["name"] = "PR" }), Ct);
        var list = await app.Client.GetStringAsync("api/channels", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var items = JsonNode.Parse(list)!["items"]!.AsArray();
        Assert.True(items.Single(c => c!["id"]!.GetValue<string>() == "marketing-de")!["webhookConfigured"]!.GetValue<bool>());
        Assert.False(items.Single(c => c!["id"]!.GetValue<string>() == "pr-en")!["webhookConfigured"]!.GetValue<bool>());
        Assert.DoesNotContain("secret-sig", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_a_topic_still_uses_cannot_be_deleted()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        await SeedChannelAsync(app);
        await app.Client.PostAsync("api/topics", Json(Topic("contoso")), Ct);

        var response = await app.Client.DeleteAsync("api/channels/marketing-de", Ct);

        var problem = await AssertProblemAsync(response, 409);
        Assert.Contains("contoso", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("api/channels/marketing-de", Ct)).StatusCode);
    }

    private static JsonObject Feed(string id, Uri url) => new() { ["id"] = id, ["kind"] = "rss", ["url"] = url.ToString() };
}
