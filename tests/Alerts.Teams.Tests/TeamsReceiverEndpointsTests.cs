using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Teams.Tests;

public sealed class TeamsReceiverEndpointsTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _http;

    private HttpClient Http => _http!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddTeamsReceiver();
        _app = builder.Build();
        _app.MapTeamsReceiver();
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Posted_card_is_accepted_stored_and_listed_per_channel()
    {
        // Arrange
        var message = AlertCardBuilder.Serialize(AlertCardBuilder.BuildMessage(SampleAlerts.Shitstorm(), CardLanguage.German));

        // Act
        var post = await Http.PostAsync("/dev/teams/marketing", Json(message), TestContext.Current.CancellationToken);
        var list = await Http.GetStringAsync("/dev/teams/marketing/messages", TestContext.Current.CancellationToken);
        var other = await Http.GetStringAsync("/dev/teams/sales/messages", TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);
        var stored = JsonNode.Parse(list)!.AsArray();
        var entry = Assert.Single(stored)!;
        Assert.Equal("marketing", entry["channel"]!.GetValue<string>());
        Assert.Equal("message", entry["payload"]!["type"]!.GetValue<string>());
        Assert.Empty(JsonNode.Parse(other)!.AsArray());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"attachments\":[]}")]
    [InlineData("{\"type\":\"other\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":\"AdaptiveCard\"}}]}")]
    [InlineData("{\"type\":\"message\",\"attachments\":[{\"contentType\":\"text/plain\",\"content\":{\"type\":\"AdaptiveCard\"}}]}")]
    [InlineData("{\"@type\":\"MessageCard\",\"summary\":\"legacy\"}")]
    public async Task Body_that_is_not_the_Workflows_envelope_gets_400(string body)
    {
        // Act
        var response = await Http.PostAsync("/dev/teams/marketing", Json(body), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(JsonNode.Parse(await Http.GetStringAsync("/dev/teams/marketing/messages", TestContext.Current.CancellationToken))!.AsArray());
    }

    [Fact]
    public async Task Message_above_28_KB_gets_413_like_Teams()
    {
        // Arrange
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('x', 30_000) }) };
        var message = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = AlertCardBuilder.AdaptiveCardContentType, ["content"] = card }),
        };

        // Act
        var response = await Http.PostAsync("/dev/teams/marketing", Json(message.ToJsonString()), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Overview_page_renders_cards_newest_first_with_links_and_refreshes()
    {
        // Arrange
        var older = SampleAlerts.Shitstorm(topic: "Älteres Thema");
        var newer = SampleAlerts.Shitstorm(topic: "Neues Thema <b>fett</b>") with { Signal = "positive" };
        await Http.PostAsync("/dev/teams/marketing", Json(AlertCardBuilder.Serialize(AlertCardBuilder.BuildMessage(older, CardLanguage.German))), TestContext.Current.CancellationToken);
        await Http.PostAsync("/dev/teams/english", Json(AlertCardBuilder.Serialize(AlertCardBuilder.BuildMessage(newer, CardLanguage.English))), TestContext.Current.CancellationToken);

        // Act
        var response = await Http.GetAsync("/dev/teams", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"5\">", html, StringComparison.Ordinal);
        var newIndex = html.IndexOf("Viral moment: Neues Thema", StringComparison.Ordinal);
        var oldIndex = html.IndexOf("Shitstorm-Verdacht: Älteres Thema", StringComparison.Ordinal);
        Assert.InRange(newIndex, 0, oldIndex);
        Assert.Contains("<dt>Beobachtet</dt><dd>57</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("[Chart.Line: Erwähnungen je 15 min, shown as its fallback]", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://news.example.de/artikel/1?ref=feed&amp;x=%281%29\" rel=\"noopener noreferrer\">Kunden beschweren sich", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"button\" href=\"https://alerts.example.de/dashboard/al-2026-11-23-0042\" rel=\"noopener noreferrer\">Dashboard öffnen</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Store_keeps_only_the_newest_messages()
    {
        // Arrange
        var store = new TeamsReceiverStore(TimeProvider.System) { Capacity = 3 };

        // Act
        for (var i = 1; i <= 5; i++)
        {
            store.Add("c", new JsonObject { ["n"] = i });
        }

        // Assert
        Assert.Equal([5, 4, 3], store.Messages().Select(m => m.Payload["n"]!.GetValue<int>()));
    }

    [Fact]
    public void Store_is_safe_under_concurrent_writers()
    {
        // Arrange
        var store = new TeamsReceiverStore(TimeProvider.System);

        // Act
        Parallel.For(0, 2000, i => store.Add("c" + (i % 3), new JsonObject { ["n"] = i }));

        // Assert
        var messages = store.Messages();
        Assert.Equal(TeamsReceiverStore.DefaultCapacity, messages.Count);
        Assert.Equal(messages.Count, messages.Select(m => m.Sequence).Distinct().Count());
        Assert.Equal(messages.Select(m => m.Sequence).OrderDescending(), messages.Select(m => m.Sequence));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
