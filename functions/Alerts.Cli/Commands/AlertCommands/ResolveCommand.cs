namespace Alerts.Cli.Commands.AlertCommands;

/// <summary><c>alerts resolve &lt;id&gt; --by NAME [--note TEXT]</c>: closes the alert.</summary>
public sealed class ResolveCommand : AlertActionCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["resolve"];

    public override IReadOnlyList<IReadOnlyList<string>> Aliases { get; } = [["alerts", "resolve"]];

    public override string Summary => "resolve an alert: alerts resolve <id> --by NAME [--note text]";

    protected override string Action => "resolve";

    protected override string Done => "resolved";
}
