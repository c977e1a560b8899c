using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Feeds;

public sealed class FeedsUpdateCommand : ConfigUpdateCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["feeds", "update"];

    public override string Summary => "change a feed: alerts feeds update <id> [--file F] [--url …] (safe against concurrent edits)";

    protected override ConfigKind Kind => FeedKind.Instance;
}
