namespace Alerts.Domain.Configuration;

/// <summary>The seed file's shape (<c>config/demo.json</c>): channels, topics and feeds.</summary>
public sealed record AlertsConfiguration(
    IReadOnlyList<ChannelConfig> Channels,
    IReadOnlyList<TopicConfig> Topics,
    IReadOnlyList<FeedConfig> Feeds);
