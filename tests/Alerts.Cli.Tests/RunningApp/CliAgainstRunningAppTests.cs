using System.Globalization;
using System.Text.Json.Nodes;
using Alerts.Cli.Tests.Remote;
using Alerts.Domain.Configuration;
using Alerts.Storage.Configuration;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Cli.Tests.RunningApp;

/// <summary>
/// The CLI against the real app and its real HTTP API (not the fake): the operator's daily commands end to end,
/// with real Table Storage ETags going through If-Match and a real queued scan being polled.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CliAgainstRunningAppTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Topics_add_list_update_and_show_work_against_the_running_app()
    {
        // Arrange
        await using var app = await RunningAlertsApp.StartAsync(azurite, triggers: false);
        await SeedChannelAsync(app);

        // Act
        var add = await CliRun.RunAsync(app.Args("topics", "add", "--id", "brand", "--name", "Marke", "--query", "contoso AND (hotline OR refund)", "--channel", "marketing-de"));
        var list = await CliRun.RunAsync(app.Args("topics", "list"));
        var update = await CliRun.RunAsync(app.Args("topics", "update", "brand", "--sensitivity", "high", "--languages", "de"));
        var show = await CliRun.RunAsync(app.Args("topics", "show", "brand", "--json"));

        // Assert
        Assert.True(add.Exit == 0, add.Err);
        Assert.True(list.Exit == 0, list.Err);
        Assert.Matches(@"\nbrand\s+Marke\s+marketing-de\s+medium\s+yes\s+any\s+contoso AND \(hotline OR refund\)\n", list.Out);
        Assert.True(update.Exit == 0, update.Err);
        var topic = JsonNode.Parse(show.Out)!;
        Assert.Equal("high", topic["sensitivity"]!.GetValue<string>());
        Assert.Equal("de", topic["languages"]![0]!.GetValue<string>());
        Assert.Equal("contoso AND (hotline OR refund)", topic["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_query_syntax_error_from_the_app_is_printed_with_its_field_and_position()
    {
        await using var app = await RunningAlertsApp.StartAsync(azurite, triggers: false);
        await SeedChannelAsync(app);

        var (exit, _, stderr) = await CliRun.RunAsync(app.Args("topics", "add", "--id", "brand", "--name", "Marke", "--query", "contoso AND (hotline", "--channel", "marketing-de"));

        Assert.Equal(1, exit);
        Assert.Contains("(HTTP 400)", stderr, StringComparison.Ordinal);
        Assert.Matches(@"\n  query: .*position", stderr);
    }

    [Fact]
    public async Task A_dry_run_scan_of_a_loopback_feed_reports_its_matches()
    {
        // Arrange
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(Rss(DateTimeOffset.UtcNow.AddMinutes(-10), "contoso hotline down", "weather")), CliRun.Ct);
        await using var app = await RunningAlertsApp.StartAsync(azurite, triggers: false);
        await SeedChannelAsync(app);
        Assert.Equal(0, (await CliRun.RunAsync(app.Args("topics", "add", "--id", "brand", "--name", "Marke", "--query", "contoso", "--channel", "marketing-de"))).Exit);
        var addFeed = await CliRun.RunAsync(app.Args("feeds", "add", "--id", "local", "--kind", "rss", "--url", feed.Url("feed.xml").AbsoluteUri));
        Assert.True(addFeed.Exit == 0, addFeed.Err);

        // Act
        var (exit, stdout, stderr) = await CliRun.RunAsync(app.Args("scan", "--dry-run", "--json"));

        // Assert
        Assert.True(exit == 0, stderr);
        var result = JsonNode.Parse(stdout)!;
        Assert.Equal("completed", result["status"]!.GetValue<string>());
        Assert.True(result["dryRun"]!.GetValue<bool>());
        Assert.Equal(2, result["itemsSeen"]!.GetValue<int>());
        Assert.Equal(1, result["itemsMatched"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_scan_the_app_queues_is_followed_until_it_completes()
    {
        // Arrange: every scan goes to the queue (202), and the app's queue trigger runs it.
        await using var feed = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(Rss(DateTimeOffset.UtcNow.AddMinutes(-10), "contoso hotline down")), CliRun.Ct);
        await using var app = await RunningAlertsApp.StartAsync(azurite, triggers: true, new Dictionary<string, string?> { ["Alerts:Api:SyncScanMaxFeeds"] = "0" });
        Assert.Equal(0, (await CliRun.RunAsync(app.Args("feeds", "add", "--id", "local", "--kind", "rss", "--url", feed.Url("feed.xml").AbsoluteUri))).Exit);

        // Act
        var (exit, stdout, stderr) = await CliRun.RunAsync(app.Args("scan", "--dry-run", "--wait", "90s"));

        // Assert
        Assert.True(exit == 0, stderr);
        Assert.Contains("is running on the app's queue", stderr, StringComparison.Ordinal);
        Assert.Matches(@"^scan s[0-9a-f]+ completed \(dry run", stdout);
        Assert.Matches(@"items:\s+1 seen", stdout);
    }

    [Fact]
    public async Task Alerts_list_on_a_new_app_says_there_are_none_and_acting_on_an_unknown_alert_is_404()
    {
        await using var app = await RunningAlertsApp.StartAsync(azurite, triggers: false);

        var list = await CliRun.RunAsync(app.Args("list"));
        var json = await CliRun.RunAsync(app.Args("list", "--state", "all", "--json"));
        var ack = await CliRun.RunAsync(app.Args("ack", "a-unknown", "--by", "Anna"));

        Assert.Equal((0, "no alerts (open)\n"), (list.Exit, list.Out));
        Assert.Empty(JsonNode.Parse(json.Out)!["items"]!.AsArray());
        Assert.Equal(1, ack.Exit);
        Assert.Contains("(HTTP 404)", ack.Err, StringComparison.Ordinal);
    }

    private static Task SeedChannelAsync(RunningAlertsApp app) =>
        app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration([new ChannelConfig("marketing-de", "Marketing")], [], []), CliRun.Ct);

    private static string Rss(DateTimeOffset published, params string[] titles) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
        + string.Concat(titles.Select((t, i) => $"<item><guid>urn:{i}</guid><title>{t}</title><link>https://example.org/{i}</link><pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>"))
        + "</channel></rss>";
}
