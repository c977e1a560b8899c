using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Topics;

public sealed class TopicsAddCommand : ConfigAddCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["topics", "add"];

    public override string Summary => "add a topic: --id --name --query --channel [--languages --sensitivity --escalation-channel] or --file";

    protected override ConfigKind Kind => TopicKind.Instance;
}
