using Alerts.Cli.Remote;
using Alerts.Cli.Remote.Contracts;

namespace Alerts.Cli.Commands.Scans;

/// <summary><c>alerts scan show &lt;id&gt;</c>: a manual scan's progress or result (<c>GET /api/scans/{id}</c>).</summary>
public sealed class ScanShowCommand : RemoteCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["scan", "show"];

    public override string Summary => "a manual scan's progress or result: alerts scan show <id>";

    /// <summary>0 when the scan completed (even with failed feeds, which are listed); 1 when it failed.</summary>
    public static int ExitCode(ScanStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return string.Equals(status.Status, "failed", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.TakePositional("scan id");
        return async run =>
        {
            var response = await run.Api.GetAsync($"api/scans/{AlertsApiClient.Segment(id)}", run.Ct);
            var status = AlertsApiClient.Read(response, CliJsonContext.Default.ScanStatus);
            await run.WriteAsync(response, () => ScanText.Format(status));
            return ExitCode(status);
        };
    }
}
