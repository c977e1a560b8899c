using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.AlertCommands;

/// <summary><c>alerts show &lt;id&gt;</c>: one alert with its audit trail (<c>GET /api/alerts/{id}</c>).</summary>
public sealed class AlertsShowCommand : RemoteCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["show"];

    public override IReadOnlyList<IReadOnlyList<string>> Aliases { get; } = [["alerts", "show"]];

    public override string Summary => "show one alert with its audit trail: alerts show <id>";

    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.TakePositional("alert id");
        return async run =>
        {
            var response = await run.Api.GetAsync($"api/alerts/{AlertsApiClient.Segment(id)}", run.Ct);
            await run.WriteAsync(response, () => AlertText.Detail(AlertsApiClient.Read(response, CliJsonContext.Default.AlertView)));
            return 0;
        };
    }
}
