using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Cli.Tests.Remote;

public sealed class ScanCommandTests : IAsyncLifetime
{
    private FakeAlertsApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeAlertsApi.StartAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task A_dry_run_of_one_topic_over_a_range_sends_them_and_prints_the_result()
    {
        // Act
        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("scan", "--topic", "brand", "--from", "2026-11-22T14:00:00Z", "--to", "2026-11-23T14:00:00+01:00", "--dry-run"));

        // Assert
        Assert.Equal(0, exit);
        var sent = JsonNode.Parse(Assert.Single(_api.Requests).Body)!;
        Assert.Equal("brand", sent["topicId"]!.GetValue<string>());
        Assert.Null(sent["feedId"]);
        Assert.True(sent["dryRun"]!.GetValue<bool>());
        Assert.Equal(DateTimeOffset.Parse("2026-11-23T13:00:00Z"), DateTimeOffset.Parse(sent["to"]!.GetValue<string>()));
        Assert.Contains("completed (dry run: nothing stored, no one notified)", stdout, StringComparison.Ordinal);
        Assert.Matches(@"items:\s+40 seen, 12 matched, 10 new", stdout);
        Assert.Matches(@"brand\s+7", stdout);
        Assert.Matches(@"heise\s+timeout after 20 s", stdout);
    }

    [Fact]
    public async Task A_queued_scan_is_polled_at_its_status_url_until_it_completes()
    {
        // Arrange
        _api.ScansRunOnQueue = true;
        _api.PollsUntilDone = 3;
        var time = new FakeTimeProvider();

        // Act
        var (exit, stdout, stderr) = await RunAdvancingAsync(time, _api.Args("scan", "--json"));

        // Assert
        Assert.True(exit == 0, stderr);
        Assert.Equal(3, _api.ScanPolls);
        var polls = _api.Requests.Where(r => r.Method == "GET").ToList();
        Assert.All(polls, p => Assert.Matches("^/api/scans/s[0-9a-f]{12}$", p.PathAndQuery));
        Assert.All(polls, p => Assert.Equal(FakeAlertsApi.Key, p.Headers["x-functions-key"]));
        Assert.Equal("completed", JsonNode.Parse(stdout)!["status"]!.GetValue<string>());
        Assert.Contains("waiting up to 2m", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queued_scan_still_running_when_the_wait_runs_out_exits_1_with_the_command_to_follow_it()
    {
        // Arrange
        _api.ScansRunOnQueue = true;
        _api.PollsUntilDone = int.MaxValue;
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();

        // Act
        var (exit, stdout, stderr) = await RunAdvancingAsync(time, _api.Args("scan", "--wait", "30s"));

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Matches(@"still running after 30s; follow it with: alerts scan show s[0-9a-f]{12}", stderr);
        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(30), "it gave up before the wait ran out");
        Assert.InRange(_api.ScanPolls, 1, 30);
    }

    [Fact]
    public async Task With_no_wait_a_queued_scan_prints_its_id_and_returns_at_once()
    {
        _api.ScansRunOnQueue = true;

        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("scan", "--no-wait"));

        Assert.Equal(0, exit);
        Assert.Matches(@"^scan s[0-9a-f]{12} is running; follow it with: alerts scan show s[0-9a-f]{12}\n$", stdout);
        Assert.Equal(0, _api.ScanPolls);
    }

    [Fact]
    public async Task A_status_url_on_another_server_is_not_followed_with_the_key()
    {
        _api.ScansRunOnQueue = true;
        _api.ScanLocation = "http://attacker.example/api/scans/x";

        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args("scan"));

        Assert.Equal(1, exit);
        Assert.Contains("another server (http://attacker.example)", stderr, StringComparison.Ordinal);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task Scan_show_prints_a_scans_progress()
    {
        _api.ScansRunOnQueue = true;
        _api.PollsUntilDone = 5;
        var (_, started, _) = await CliRun.RunAsync(_api.Args("scan", "--no-wait", "--json"));
        var id = JsonNode.Parse(started)!["id"]!.GetValue<string>();

        var (exit, stdout, _) = await CliRun.RunAsync(_api.Args("scan", "show", id));

        Assert.Equal(0, exit);
        Assert.StartsWith($"scan {id} running\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_the_app_refuses_prints_its_field_error()
    {
        var (exit, _, stderr) = await CliRun.RunAsync(_api.Args("scan", "--from", "2026-11-23T14:00:00Z", "--to", "2026-11-23T13:00:00Z"));

        Assert.Equal(1, exit);
        Assert.Contains("  from: 'from' must be before 'to'", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "yesterday")]
    [InlineData("--wait", "forever")]
    [InlineData("--feed")]
    public async Task Bad_scan_options_are_usage_errors(params string[] options)
    {
        var (exit, _, _) = await CliRun.RunAsync(_api.Args(["scan", .. options]));

        Assert.Equal(2, exit);
        Assert.Empty(_api.Requests);
    }

    /// <summary>
    /// Runs the CLI on a fake clock moved a second every few milliseconds, so a two-minute wait takes well under a
    /// second of real time. The clock also moves during HTTP calls, so tests assert what the CLI decides by its clock
    /// (never giving up early), not exact poll counts.
    /// </summary>
    private static async Task<(int Exit, string Out, string Err)> RunAdvancingAsync(FakeTimeProvider time, string[] args)
    {
        var run = CliRun.RunAsync(args, new CliEnvironment(time, _ => null));
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(5, CliRun.Ct));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        return await run;
    }
}
