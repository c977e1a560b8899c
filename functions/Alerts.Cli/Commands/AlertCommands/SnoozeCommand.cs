using System.Text.Json.Nodes;

namespace Alerts.Cli.Commands.AlertCommands;

/// <summary><c>alerts snooze &lt;id&gt; --minutes N --by NAME [--note TEXT]</c>: quiet until then; it fires again if still spiking.</summary>
public sealed class SnoozeCommand : AlertActionCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["snooze"];

    public override IReadOnlyList<IReadOnlyList<string>> Aliases { get; } = [["alerts", "snooze"]];

    public override string Summary => "snooze an alert: alerts snooze <id> --minutes 60 --by NAME [--note text]";

    protected override string Action => "snooze";

    protected override string Done => "snoozed";

    protected override void ReadOptions(CliArguments args, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(body);
        body["minutes"] = args.GetInt("minutes") ?? throw new CliUsageException("missing required option --minutes (how long to snooze, e.g. 60)");
    }
}
