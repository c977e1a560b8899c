using System.Net;
using System.Text.Json.Nodes;
using Alerts.Alerting;
using Alerts.Domain.Buckets;
using Alerts.Domain.Configuration;
using Alerts.Emotion;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Alerts;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Detection;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Alerts.Functions.Tests.Api.ApiTestData;

namespace Alerts.Functions.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class SeriesAndSilenceApiTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 2, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_series_is_contiguous_with_observed_expected_spikes_and_emotion_per_bucket()
    {
        await using var app = await StartAsync();
        var bucket = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var aggregate = new BucketAggregate();
        aggregate.Add(new BucketItem("Contoso hotline down", "https://example.org/1", "news", "a", null, bucket, -0.8), "a", EmotionAnalyzer.Default.Analyze("Contoso hotline is down, terrible"));
        await app.Services.GetRequiredService<BucketStore>().ApplyAsync("t1", [(bucket, aggregate)], "news", 1, Ct);
        await app.Services.GetRequiredService<ExpectationStore>().WriteAsync("t1", [new BucketExpectation(bucket, 0.4, 0.1, 0.1, ["volume"])], Ct);

        var series = await ReadJsonAsync(await app.Client.GetAsync("api/topics/t1/series?hours=2", Ct));

        var points = series["points"]!.AsArray();
        Assert.Equal(24, points.Count); // two hours of five-minute buckets, none missing
        var point = points.Single(p => p!["start"]!.GetValue<DateTimeOffset>() == bucket)!;
        Assert.Equal(1, point["mentions"]!.GetValue<int>());
        Assert.Equal(0.4, point["expected"]!.GetValue<double>());
        Assert.Equal(1, point["negative"]!.GetValue<int>());
        Assert.Equal("volume", point["spikes"]![0]!.GetValue<string>());
        var quiet = points.First()!;
        Assert.Equal(0, quiet["mentions"]!.GetValue<int>());
        Assert.Null(quiet["expected"]);
    }

    [Fact]
    public async Task Series_of_unknown_topics_or_silly_ranges_are_4xx()
    {
        await using var app = await StartAsync();

        await AssertProblemAsync(await app.Client.GetAsync("api/topics/nope/series", Ct), 404);
        await AssertProblemAsync(await app.Client.GetAsync("api/topics/t1/series?hours=100000", Ct), 400);
    }

    [Fact]
    public async Task A_silence_rule_is_created_listed_as_active_and_deleted()
    {
        await using var app = await StartAsync();

        var created = await app.Client.PostAsync("api/silences", Json(new JsonObject
        {
            ["topicId"] = "t1", ["signal"] = "volume", ["minutes"] = 120, ["reason"] = "Black Friday campaign", ["by"] = "Erika",
        }), Ct);
        var id = (await ReadJsonAsync(created))["id"]!.GetValue<string>();
        var list = await ReadJsonAsync(await app.Client.GetAsync("api/silences", Ct));
        var deleted = await app.Client.DeleteAsync($"api/silences/{id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = Assert.Single(list["items"]!.AsArray())!;
        Assert.True(rule["active"]!.GetValue<bool>());
        Assert.Equal(Now.AddMinutes(120), rule["endsAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await ReadJsonAsync(await app.Client.GetAsync("api/silences", Ct)))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_silence_rule_without_a_reason_or_end_or_with_an_unknown_signal_is_400_naming_each_field()
    {
        await using var app = await StartAsync();

        var response = await app.Client.PostAsync("api/silences", Json(new JsonObject { ["topicId"] = "t1", ["signal"] = "anger", ["reason"] = " ", ["by"] = "Erika" }), Ct);

        var errors = (await AssertProblemAsync(response, 400))["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("signal") && errors.ContainsKey("reason") && errors.ContainsKey("endsAt"), errors.ToJsonString());
        var farFuture = new JsonObject { ["topicId"] = "t1", ["startsAt"] = "9999-12-31T23:00:00Z", ["minutes"] = 120, ["reason"] = "typo", ["by"] = "Erika" };
        await AssertProblemAsync(await app.Client.PostAsync("api/silences", Json(farFuture), Ct), 400);
    }

    [Fact]
    public async Task Silencing_an_alert_suppresses_it_at_once_and_records_a_rule_for_its_topic_and_signal()
    {
        await using var app = await StartAsync();
        var key = new DedupKey("t1", "volume");
        var bucket = new DateTimeOffset(2026, 3, 2, 9, 55, 0, TimeSpan.Zero);
        var spike = TestSpikes.Opening("t1", "volume", bucket);
        Assert.True((await app.InvokeQueueAsync("ProcessSpike", "spike", spike)).Succeeded);
        var alertId = (await app.Services.GetRequiredService<AlertStore>().GetOpenForKeyAsync(key, Ct)).Alert!.Id;

        var response = await app.Client.PostAsync($"api/alerts/{alertId}/silence", Json(new JsonObject { ["by"] = "Erika", ["minutes"] = 240, ["reason"] = "planned campaign" }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await ReadJsonAsync(response))["suppressed"]!.GetValue<bool>());
        var rule = Assert.Single((await ReadJsonAsync(await app.Client.GetAsync("api/silences", Ct)))["items"]!.AsArray())!;
        Assert.Equal("volume", rule["signal"]!.GetValue<string>());
        Assert.Equal("planned campaign", rule["reason"]!.GetValue<string>());
    }

    private async Task<TestApp> StartAsync()
    {
        var app = await TestApp.StartAsync(azurite, triggers: false, services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        await app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(
            [new ChannelConfig("marketing-de", "Marketing")], [new TopicConfig("t1", "Topic one", "contoso", null, "marketing-de")], []), Ct);
        return app;
    }
}
