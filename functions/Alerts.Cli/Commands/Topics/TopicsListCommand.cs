using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Topics;

public sealed class TopicsListCommand : ConfigListCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["topics", "list"];

    public override string Summary => "list the topics (--json for the API's JSON)";

    protected override ConfigKind Kind => TopicKind.Instance;
}
