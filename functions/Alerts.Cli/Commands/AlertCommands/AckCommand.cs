namespace Alerts.Cli.Commands.AlertCommands;

/// <summary><c>alerts ack &lt;id&gt; --by NAME [--note TEXT]</c>: someone is on it; stops the reminders.</summary>
public sealed class AckCommand : AlertActionCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["ack"];

    public override IReadOnlyList<IReadOnlyList<string>> Aliases { get; } = [["acknowledge"], ["alerts", "ack"]];

    public override string Summary => "acknowledge an alert: alerts ack <id> --by NAME [--note text]";

    protected override string Action => "acknowledge";

    protected override string Done => "acknowledged";
}
