using Alerts.Cli.Commands.Config;

namespace Alerts.Cli.Commands.Feeds;

public sealed class FeedsAddCommand : ConfigAddCommand
{
    public override IReadOnlyList<string> Verb { get; } = ["feeds", "add"];

    public override string Summary => "add a feed: --id --kind --url [--query --poll-interval --name --no-probe] or --file";

    protected override ConfigKind Kind => FeedKind.Instance;
}
