using System.Net;
using System.Net.Sockets;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;

namespace Alerts.Cli.Tests.Remote;

public sealed class ServerOptionsTests : IAsyncLifetime
{
    private FakeAlertsApi _api = null!;

    public async ValueTask InitializeAsync() => _api = await FakeAlertsApi.StartAsync();

    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task Without_options_the_server_and_key_come_from_ALERTS_URL_and_ALERTS_KEY()
    {
        var variables = new Dictionary<string, string> { ["ALERTS_URL"] = _api.BaseAddress.AbsoluteUri.TrimEnd('/'), ["ALERTS_KEY"] = FakeAlertsApi.Key };

        var (exit, stdout, _) = await CliRun.RunAsync(["topics", "list"], new CliEnvironment(TimeProvider.System, variables.GetValueOrDefault));

        Assert.Equal(0, exit);
        Assert.StartsWith("no topics", stdout, StringComparison.Ordinal);
        Assert.Equal(FakeAlertsApi.Key, Assert.Single(_api.Requests).Headers["x-functions-key"]);
    }

    [Fact]
    public async Task A_missing_key_is_the_apps_401_with_a_hint_and_a_wrong_key_is_never_printed()
    {
        var (noKeyExit, _, noKey) = await CliRun.RunAsync(["topics", "list", "--server", _api.BaseAddress.AbsoluteUri]);
        var (wrongExit, wrongOut, wrong) = await CliRun.RunAsync(["topics", "add", "--id", "x", "--server", _api.BaseAddress.AbsoluteUri, "--key", "s3cret-wrong-key"]);

        Assert.Equal((1, 1), (noKeyExit, wrongExit));
        Assert.Contains("A key is required (HTTP 401)", noKey, StringComparison.Ordinal);
        Assert.Contains("export ALERTS_KEY=<key>", noKey, StringComparison.Ordinal);
        Assert.Contains("(HTTP 403)", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", wrong + wrongOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_that_is_not_running_is_exit_1_naming_the_address()
    {
        var port = FreePort();

        var (exit, _, stderr) = await CliRun.RunAsync(["list", "--server", $"http://127.0.0.1:{port}"]);

        Assert.Equal(1, exit);
        Assert.StartsWith($"alerts list: cannot reach the app at http://127.0.0.1:{port}/", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_that_does_not_answer_within_the_timeout_is_exit_1()
    {
        await using var silent = await LoopbackServer.StartAsync(async ctx => await Task.Delay(Timeout.Infinite, ctx.RequestAborted), CliRun.Ct);

        var (exit, _, stderr) = await CliRun.RunAsync(["topics", "list", "--server", silent.BaseAddress.AbsoluteUri, "--timeout", "0.2s"]);

        Assert.Equal(1, exit);
        Assert.Contains("no answer from", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_is_not_problem_json_is_printed_as_status_and_start_of_body()
    {
        await using var proxy = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.StatusCode = 502;
            ctx.Response.ContentType = "text/html";
            await ctx.Response.WriteAsync("<html>Bad gateway</html>");
        }, CliRun.Ct);

        var (exit, _, stderr) = await CliRun.RunAsync(["list", "--server", proxy.BaseAddress.AbsoluteUri]);

        Assert.Equal(1, exit);
        Assert.Equal("alerts list: Bad Gateway (HTTP 502)\n  <html>Bad gateway</html>\n", stderr);
    }

    [Fact]
    public async Task Plain_http_to_another_machine_warns_that_the_key_travels_readable()
    {
        var (_, _, stderr) = await CliRun.RunAsync(["list", "--server", "http://192.0.2.1:9", "--key", "k", "--timeout", "0.2s"]);

        Assert.Contains("warning: sending the key over plain http to 192.0.2.1; use https", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.org")]
    [InlineData("not a url")]
    [InlineData("http://example.org/?code=abc")]
    public async Task A_server_that_is_not_an_http_base_url_is_a_usage_error(string server)
    {
        var (exit, _, stderr) = await CliRun.RunAsync(["list", "--server", server]);

        Assert.Equal(2, exit);
        Assert.Contains("--server must be the app's base URL", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_a_verb_prints_its_summary_and_exits_0()
    {
        var (exit, stdout, _) = await CliRun.RunAsync(["topics", "add", "--help"]);

        Assert.Equal(0, exit);
        Assert.StartsWith("alerts topics add: add a topic:", stdout, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
