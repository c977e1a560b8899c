using System.Text.Json.Nodes;

namespace Alerts.Cli.Tests.Remote;

public sealed class FeedCommandTests : IAsyncLifetime
{
    private FakeAlertsApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeAlertsApi.StartAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task Feeds_add_sends_the_feed_url_and_interval_and_is_probed_by_the_app()
    {
        // Act
        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("feeds", "add", "--id", "heise", "--kind", "rss", "--url", "https://www.heise.de/rss/heise.rdf", "--poll-interval", "5m"));

        // Assert
        Assert.Equal(0, exit);
        var request = Assert.Single(_api.Requests);
        Assert.Equal("/api/feeds", request.PathAndQuery);
        var sent = JsonNode.Parse(request.Body)!;
        Assert.Equal(("https://www.heise.de/rss/heise.rdf", 300), (sent["url"]!.GetValue<string>(), sent["pollIntervalSeconds"]!.GetValue<int>()));
        Assert.Matches(@"poll interval:\s+5m", stdout);
        Assert.Matches(@"status:\s+pending", stdout);
    }

    [Fact]
    public async Task An_unreachable_feed_is_the_apps_422_and_no_probe_adds_it_anyway()
    {
        string[] add = ["feeds", "add", "--id", "down", "--kind", "rss", "--url", "https://unreachable.example/feed"];

        var (refused, _, stderr) = await CliRun.RunAsync(_api.Args(add));
        var (added, _, _) = await CliRun.RunAsync(_api.Args([.. add, "--no-probe"]));

        Assert.Equal((1, 0), (refused, added));
        Assert.Contains("cannot be used as it is (HTTP 422)", stderr, StringComparison.Ordinal);
        Assert.Equal("/api/feeds?probe=false", _api.Requests.Last().PathAndQuery);
        Assert.NotNull(_api.Get("feeds", "down"));
    }

    [Fact]
    public async Task Feeds_update_drops_the_read_only_health_and_changes_only_what_it_was_told()
    {
        _api.Put("feeds", new JsonObject { ["id"] = "heise", ["kind"] = "rss", ["url"] = "https://www.heise.de/rss/heise.rdf", ["pollIntervalSeconds"] = 60 });

        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args("feeds", "update", "heise", "--enabled", "false"));

        Assert.True(exit == 0, stderr);
        var put = JsonNode.Parse(_api.Requests.Single(r => r.Method == "PUT").Body)!.AsObject();
        Assert.False(put.ContainsKey("health"));
        Assert.False(put.ContainsKey("etag"));
        Assert.False(put["enabled"]!.GetValue<bool>());
        Assert.Equal(60, put["pollIntervalSeconds"]!.GetValue<int>());
    }

    [Fact]
    public async Task Feeds_list_shows_health_columns()
    {
        _api.Put("feeds", new JsonObject { ["id"] = "heise", ["kind"] = "rss", ["url"] = "https://www.heise.de/rss/heise.rdf" });

        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("feeds", "list"));

        Assert.Equal(0, exit);
        Assert.Matches(@"^ID\s+KIND\s+STATUS\s+FAILURES\s+LAST SUCCESS\s+ITEMS\s+EVERY\s+URL\nheise\s+rss\s+pending\s+0\s+-\s+0\s+1m\s+https://www.heise.de/rss/heise.rdf\n$", stdout);
    }
}
