using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Topics;

public sealed class TopicsShowCommand : ConfigShowCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["topics", "show"];

    public override string Summary => "show one topic: alerts topics show <id>";

    protected override ConfigKind Kind => TopicKind.Instance;
}
