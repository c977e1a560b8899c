using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Feeds;

public sealed class FeedsShowCommand : ConfigShowCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["feeds", "show"];

    public override string Summary => "show one feed and its health: alerts feeds show <id>";

    protected override ConfigKind Kind => FeedKind.Instance;
}
