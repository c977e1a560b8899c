using System.Text.Json.Nodes;

namespace Alerts.Cli.Tests.Remote;

public sealed class AlertCommandTests : IAsyncLifetime
{
    private FakeAlertsApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeAlertsApi.StartAsync();
        _api.AddAlert("a-1", "brand", "firing");
        _api.AddAlert("a-2", "brand", "acknowledged", acknowledgedBy: "Anna");
        _api.AddAlert("a-3", "rail", "firing");
        _api.AddAlert("a-4", "brand", "resolved");
    }

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task List_shows_open_alerts_by_default_as_a_table()
    {
        // Act
        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("list"));

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal("/api/alerts?state=open", Assert.Single(_api.Requests).PathAndQuery);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(["ID", "TOPIC", "SIGNAL", "SEVERITY", "STATE", "OPENED"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..6]);
        Assert.Equal(["a-1", "a-2", "a-3"], lines[1..].Select(l => l.Split(' ')[0]));
        Assert.Matches(@"^a-2\s+brand\s+volume\s+major\s+acknowledged\s+2026-11-23 13:00Z\s+42\s+6\.5\s+6\.4x\s+Anna$", lines[2]);
    }

    [Fact]
    public async Task List_passes_the_state_and_topic_filters_and_the_old_spelling_alerts_list_works_too()
    {
        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("alerts", "list", "--state", "all", "--topic", "brand", "--json"));

        Assert.Equal(0, exit);
        Assert.Equal("/api/alerts?state=all&topic=brand", Assert.Single(_api.Requests).PathAndQuery);
        Assert.Equal(["a-1", "a-2", "a-4"], JsonNode.Parse(stdout)!["items"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ack_posts_who_and_the_note_and_prints_the_updated_alert()
    {
        // Act
        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("ack", "a-1", "--by", "Ben", "--note", "looking at it"));

        // Assert
        Assert.Equal(0, exit);
        var request = Assert.Single(_api.Requests);
        Assert.Equal(("POST", "/api/alerts/a-1/acknowledge"), (request.Method, request.PathAndQuery));
        Assert.Equal("""{"by":"Ben","note":"looking at it"}""", request.Body);
        Assert.StartsWith("acknowledged a-1 as Ben\n", stdout, StringComparison.Ordinal);
        Assert.Equal("acknowledged", _api.Alert("a-1")["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Snooze_sends_the_minutes_and_by_defaults_to_ALERTS_USER()
    {
        var environment = new CliEnvironment(TimeProvider.System, name => name == "ALERTS_USER" ? "Carla" : null);

        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("snooze", "a-3", "--minutes", "60"), environment);

        Assert.Equal(0, exit);
        var sent = JsonNode.Parse(Assert.Single(_api.Requests).Body)!;
        Assert.Equal(("Carla", 60), (sent["by"]!.GetValue<string>(), sent["minutes"]!.GetValue<int>()));
        Assert.Contains("snoozed until 2026-11-23 15:00Z", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolving_an_alert_that_is_already_resolved_prints_the_apps_409_and_exits_1()
    {
        var (exit, stdout, stderr) = await CliRun.RunAsync(_api.Args("resolve", "a-4", "--by", "Ben"));

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal("alerts resolve: The alert cannot be resolved now (HTTP 409)\n  alert 'a-4' is resolved\n", stderr);
    }

    [Fact]
    public async Task Show_prints_the_alert_with_its_audit_trail()
    {
        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("show", "a-1"));

        Assert.Equal(0, exit);
        Assert.Matches(@"topic:\s+brand \(BRAND\)", stdout);
        Assert.Matches(@"observed:\s+42 vs 6\.5 expected \(6\.4x\)", stdout);
        Assert.Matches(@"audit:\nAT\s+EVENT\s+BY\s+NOTE\n2026-11-23 13:00Z\s+opened", stdout);
    }

    [Theory]
    [InlineData("ack", "a-1")]
    [InlineData("snooze", "a-1", "--by", "Ben")]
    [InlineData("snooze", "a-1", "--by", "Ben", "--minutes", "soon")]
    [InlineData("resolve", "--by", "Ben")]
    public async Task Missing_who_minutes_or_id_are_usage_errors_and_nothing_is_sent(params string[] args)
    {
        var (exit, _, _) = await CliRun.RunAsync(_api.Args(args));

        Assert.Equal(2, exit);
        Assert.Empty(_api.Requests);
    }
}
