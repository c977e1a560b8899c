using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Topics;

public sealed class TopicsUpdateCommand : ConfigUpdateCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["topics", "update"];

    public override string Summary => "change a topic: alerts topics update <id> [--file F] [--query …] (safe against concurrent edits)";

    protected override ConfigKind Kind => TopicKind.Instance;
}
