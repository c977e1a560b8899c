using System.Globalization;
using System.Text;
using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.AlertCommands;

/// <summary>
/// <c>alerts list [--state open|all|firing|acknowledged|snoozed|resolved] [--topic ID] [--from T] [--to T] [--limit N]</c>:
/// <c>GET /api/alerts</c>, open ones first by default. The alert verbs sit at the top level because the tool is named after them.
/// </summary>
public sealed class AlertsListCommand : RemoteCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["list"];

    public override IReadOnlyList<IReadOnlyList<string>> Aliases { get; } = [["alerts", "list"]];

    public override string Summary => "list alerts: [--state open|all|firing|acknowledged|snoozed|resolved] [--topic id] [--from --to] [--limit n]";

    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var state = args.Get("state") ?? "open";
        var query = new StringBuilder("api/alerts?state=").Append(Uri.EscapeDataString(state));
        if (args.Get("topic") is { } topic) query.Append("&topic=").Append(Uri.EscapeDataString(topic));
        if (args.GetTime("from") is { } from) query.Append("&from=").Append(Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture)));
        if (args.GetTime("to") is { } to) query.Append("&to=").Append(Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture)));
        if (args.GetInt("limit") is { } limit) query.Append(CultureInfo.InvariantCulture, $"&limit={limit}");
        return async run =>
        {
            var response = await run.Api.GetAsync(query.ToString(), run.Ct);
            await run.WriteAsync(response, () => AlertText.List(AlertsApiClient.Read(response, CliJsonContext.Default.ItemListAlertView).Items, state));
            return 0;
        };
    }
}
