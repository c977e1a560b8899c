using System.Net;
using System.Text.Json.Nodes;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Standalone.Queues;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Alerts.Functions.Tests.Api.ApiTestData;

namespace Alerts.Functions.Tests.Api;

[Collection(AzuriteCollection.Name)]
public sealed class HealthAndOpenApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_lists_every_trigger_queue_with_its_depth_and_poison_count()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        var poison = await app.Services.GetRequiredService<QueueClientProvider>().GetAsync("AlertsStorage", "notifications-poison", Ct);
        await poison.SendMessageAsync("e30=", Ct);

        var response = await app.Client.GetAsync("api/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await ReadJsonAsync(response);
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.True(health["storage"]!["reachable"]!.GetValue<bool>());
        var queues = health["queues"]!.AsArray().ToDictionary(q => q!["name"]!.GetValue<string>(), q => q!["poison"]!.GetValue<int>());
        Assert.Equal(["feed-scans", "manual-scans", "notifications", "spike-decisions"], queues.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, queues["notifications"]);
    }

    [Fact]
    public async Task Health_answers_503_when_storage_is_unreachable()
    {
        const string deadStorage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        await using var app = await TestApp.StartAsync(azurite, new Dictionary<string, string?> { ["AlertsStorage"] = deadStorage }, triggers: false);

        var response = await app.Client.GetAsync("api/health", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False((await ReadJsonAsync(response))["storage"]!["reachable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_openapi_description_covers_the_api_and_needs_a_key()
    {
        await using var app = await TestApp.StartAsync(azurite, triggers: false);
        using var anonymous = app.CreateClient(key: null);

        var document = JsonNode.Parse(await app.Client.GetStringAsync("api/openapi.json", Ct))!;
        var refused = await anonymous.GetAsync("api/openapi.json", Ct);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/topics/{id}", paths);
        Assert.Contains("/api/alerts/{id}/{action}", paths);
        Assert.Contains("/api/scans", paths);
        Assert.Contains("/api/health", paths);
        Assert.NotNull(document["components"]!["schemas"]!["TopicBody"]);
        Assert.Equal("x-functions-key", document["components"]!["securitySchemes"]!["functionKey"]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
