using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Topics;

public sealed class TopicsDeleteCommand : ConfigDeleteCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["topics", "delete"];

    public override string Summary => "delete a topic: alerts topics delete <id>";

    protected override ConfigKind Kind => TopicKind.Instance;
}
