namespace Alerts.Feeds;

/// <summary>
/// One configured source. <paramref name="Query"/> is the hashtag or search term for the social sources
/// (Mastodon, Bluesky) and is ignored by the syndication formats.
/// </summary>
public sealed record FeedSource(string Id, FeedKind Kind, Uri Url, string? Query = null);
