using System.Globalization;
using System.Text.Json.Nodes;
using Alerts.Cli.Remote;
using Alerts.Cli.Remote.Contracts;

namespace Alerts.Cli.Commands.Scans;

/// <summary>
/// <c>alerts scan [--feed ID | --topic ID] [--from T] [--to T] [--dry-run] [--wait 120s | --no-wait]</c>:
/// <c>POST /api/scans</c>. A small scan answers with its result; a large one answers 202 with a status URL, which is
/// polled (1 s, growing to 5 s) until the scan ends or <c>--wait</c> runs out (exit 1, with the command to follow it).
/// Exit 1 too when the scan failed; failed feeds in a completed scan are listed but exit 0.
/// </summary>
public sealed class ScanCommand : RemoteCommand
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan FirstPoll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(5);

    public override IReadOnlyList<string> Verb { get; } = ["scan"];

    public override string Summary => "scan now: [--feed id | --topic id] [--from --to ISO] [--dry-run] [--wait 120s | --no-wait]";

    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var body = new JsonObject
        {
            ["feedId"] = args.Get("feed"),
            ["topicId"] = args.Get("topic"),
            ["from"] = args.GetTime("from")?.ToString("O", CultureInfo.InvariantCulture),
            ["to"] = args.GetTime("to")?.ToString("O", CultureInfo.InvariantCulture),
            ["dryRun"] = args.Flag("dry-run"),
        };
        var noWait = args.Flag("no-wait");
        var wait = args.GetDuration("wait") ?? DefaultWait;
        return run => RunAsync(run, body, noWait ? null : wait);
    }

    private static async Task<int> RunAsync(RemoteRun run, JsonObject body, TimeSpan? wait)
    {
        var response = await run.Api.SendAsync(HttpMethod.Post, "api/scans", body, null, run.Ct);
        var status = AlertsApiClient.Read(response, CliJsonContext.Default.ScanStatus);
        if (status.IsRunning)
        {
            var follow = $"alerts scan show {status.Id}";
            if (wait is not { } limit)
            {
                await run.WriteAsync(response, () => $"scan {status.Id} is running; follow it with: {follow}\n");
                return 0;
            }

            var location = StatusUrl(run.Api, response, status.Id);
            await run.Error.WriteLineAsync($"scan {status.Id} is running on the app's queue; waiting up to {Durations.Format(limit)}…");
            (response, status) = await PollAsync(run, location, status, limit);
            if (status.IsRunning)
            {
                await run.Error.WriteLineAsync($"alerts scan: {status.Id} is still running after {Durations.Format(limit)}; follow it with: {follow}");
                return 1;
            }
        }

        await run.WriteAsync(response, () => ScanText.Format(status));
        return ScanShowCommand.ExitCode(status);
    }

    private static async Task<(ApiResponse, ScanStatus)> PollAsync(RemoteRun run, Uri location, ScanStatus status, TimeSpan limit)
    {
        var deadline = run.Time.GetUtcNow() + limit;
        var delay = FirstPoll;
        ApiResponse? response = null;
        while (status.IsRunning)
        {
            var left = deadline - run.Time.GetUtcNow();
            if (left <= TimeSpan.Zero) break;
            await Task.Delay(delay < left ? delay : left, run.Time, run.Ct);
            response = await run.Api.GetAsync(location.AbsoluteUri, run.Ct);
            status = AlertsApiClient.Read(response, CliJsonContext.Default.ScanStatus);
            delay = TimeSpan.FromTicks(Math.Min((long)(delay.Ticks * 1.5), MaxPoll.Ticks));
        }

        return (response ?? new ApiResponse(202, "", null, location), status);
    }

    /// <summary>The Location the app sent, which must be on the same server: the key is never sent anywhere else.</summary>
    private static Uri StatusUrl(AlertsApiClient api, ApiResponse response, string id)
    {
        var url = new Uri(api.BaseAddress, response.Location ?? new Uri($"api/scans/{AlertsApiClient.Segment(id)}", UriKind.Relative));
        if (Uri.Compare(url, api.BaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new InvalidDataException($"the app sent the scan's status URL on another server ({url.GetLeftPart(UriPartial.Authority)}); not following it with the key");
        }

        return url;
    }
}
