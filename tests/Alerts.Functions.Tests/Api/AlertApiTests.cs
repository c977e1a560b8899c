using System.Net;
using System.Text.Json.Nodes;
using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Storage.Configuration;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Alerts.Functions.Tests.Api.ApiTestData;

namespace Alerts.Functions.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class AlertApiTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Bucket = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_alerts_are_listed_with_their_evidence_and_resolved_ones_only_on_request()
    {
        await using var app = await StartAsync();
        var open = await OpenAlertAsync(app, "t1", "volume");
        var resolved = await OpenAlertAsync(app, "t2", "negative");
        await app.Client.PostAsync($"api/alerts/{resolved}/resolve", Json(new JsonObject { ["by"] = "Erika" }), Ct);

        var openList = await ReadJsonAsync(await app.Client.GetAsync("api/alerts", Ct));
        var all = await ReadJsonAsync(await app.Client.GetAsync("api/alerts?state=all", Ct));

        var item = Assert.Single(openList["items"]!.AsArray())!;
        Assert.Equal(open, item["id"]!.GetValue<string>());
        Assert.Equal("firing", item["state"]!.GetValue<string>());
        Assert.Equal("Topic one", item["topicName"]!.GetValue<string>());
        Assert.Equal(80, item["observed"]!.GetValue<double>());
        Assert.Equal(2, all["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Alerts_filter_by_topic_and_time()
    {
        await using var app = await StartAsync();
        await OpenAlertAsync(app, "t1", "volume");
        await OpenAlertAsync(app, "t2", "volume");

        var t2 = await ReadJsonAsync(await app.Client.GetAsync("api/alerts?topic=t2", Ct));
        var before = await ReadJsonAsync(await app.Client.GetAsync($"api/alerts?to={Bucket.AddDays(-1):O}".Replace("+", "%2B", StringComparison.Ordinal), Ct));

        Assert.Equal("t2", Assert.Single(t2["items"]!.AsArray())!["topicId"]!.GetValue<string>());
        Assert.Empty(before["items"]!.AsArray());
    }

    [Fact]
    public async Task Acknowledging_by_api_changes_the_state_and_records_who_in_the_audit_trail()
    {
        await using var app = await StartAsync();
        var id = await OpenAlertAsync(app, "t1", "volume");

        var response = await app.Client.PostAsync($"api/alerts/{id}/acknowledge", Json(new JsonObject { ["by"] = "Erika", ["note"] = "checking with PR" }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = await ReadJsonAsync(response);
        Assert.Equal("acknowledged", alert["state"]!.GetValue<string>());
        Assert.Contains(alert["audit"]!.AsArray(), e => e!["actor"]?.GetValue<string>() == "Erika" && e["note"]?.GetValue<string>() == "checking with PR");
        var stored = (await app.Services.GetRequiredService<AlertStore>().GetAsync(id, Ct)).Alert!;
        Assert.Equal(AlertState.Acknowledged, stored.State);
    }

    [Fact]
    public async Task Snoozing_needs_minutes_within_the_policy()
    {
        await using var app = await StartAsync();
        var id = await OpenAlertAsync(app, "t1", "volume");

        var missing = await app.Client.PostAsync($"api/alerts/{id}/snooze", Json(new JsonObject { ["by"] = "Erika" }), Ct);
        var tooLong = await app.Client.PostAsync($"api/alerts/{id}/snooze", Json(new JsonObject { ["by"] = "Erika", ["minutes"] = 1_000_000 }), Ct);
        var ok = await app.Client.PostAsync($"api/alerts/{id}/snooze", Json(new JsonObject { ["by"] = "Erika", ["minutes"] = 60 }), Ct);

        Assert.Contains("minutes", (await AssertProblemAsync(missing, 400))["errors"]!.AsObject().Select(e => e.Key));
        await AssertProblemAsync(tooLong, 400);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(Bucket.AddMinutes(6 + 60), (await ReadJsonAsync(ok))["snoozedUntil"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Acknowledging_a_resolved_alert_is_409_saying_so()
    {
        await using var app = await StartAsync();
        var id = await OpenAlertAsync(app, "t1", "volume");
        await app.Client.PostAsync($"api/alerts/{id}/resolve", Json(new JsonObject { ["by"] = "Erika" }), Ct);

        var response = await app.Client.PostAsync($"api/alerts/{id}/acknowledge", Json(new JsonObject { ["by"] = "Max" }), Ct);

        var problem = await AssertProblemAsync(response, 409);
        Assert.Contains("resolved", problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_alerts_actions_and_filters_are_4xx_with_problems()
    {
        await using var app = await StartAsync();
        var id = await OpenAlertAsync(app, "t1", "volume");

        await AssertProblemAsync(await app.Client.GetAsync("api/alerts/a000000000000000000000000", Ct), 404);
        await AssertProblemAsync(await app.Client.PostAsync($"api/alerts/{id}/delete", Json(new JsonObject { ["by"] = "x" }), Ct), 404);
        await AssertProblemAsync(await app.Client.GetAsync("api/alerts?state=burning", Ct), 400);
        await AssertProblemAsync(await app.Client.GetAsync("api/alerts?from=yesterday", Ct), 400);
        await AssertProblemAsync(await app.Client.PostAsync($"api/alerts/{id}/acknowledge", Json(new JsonObject { ["by"] = "" }), Ct), 400);
    }

    private async Task<TestApp> StartAsync()
    {
        var app = await TestApp.StartAsync(azurite, triggers: false, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Bucket.AddMinutes(6))));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("marketing-de", "Marketing")],
            [new TopicConfig("t1", "Topic one", "contoso", null, "marketing-de"), new TopicConfig("t2", "Topic two", "fabrikam", null, "marketing-de")], []), Ct);
        return app;
    }

    private static async Task<string> OpenAlertAsync(TestApp app, string topic, string signal)
    {
        var key = new DedupKey(topic, signal);
        var spike = TestSpikes.Opening(topic, signal, Bucket);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", spike)).Succeeded);
        return (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(key, Ct)).Alert!.Id;
    }
}
