using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Feeds;

public sealed class FeedsListCommand : ConfigListCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["feeds", "list"];

    public override string Summary => "list the feeds with their health";

    protected override ConfigKind Kind => FeedKind.Instance;
}
