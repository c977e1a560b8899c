using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Api;

/// <summary>Seeding and request helpers shared by the API tests.</summary>
internal static class ApiTestData
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task SeedChannelAsync(TestApp app, string id = "marketing-de") =>
        app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration([new ChannelConfig(id, "Marketing")], [], []), Ct);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Json(JsonObject json) => Json(json.ToJsonString());

    public static JsonObject Topic(string id, string query = "contoso", string channel = "marketing-de") =>
        new() { ["id"] = id, ["name"] = "Contoso", ["query"] = query, ["channelId"] = channel };

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

    /// <summary>Asserts a problem+json answer with the status and returns its body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadJsonAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), "a problem says what went wrong in its title");
        return problem;
    }
}
