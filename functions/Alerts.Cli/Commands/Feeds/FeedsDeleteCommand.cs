using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Feeds;

public sealed class FeedsDeleteCommand : ConfigDeleteCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["feeds", "delete"];

    public override string Summary => "delete a feed: alerts feeds delete <id>";

    protected override ConfigKind Kind => FeedKind.Instance;
}
