namespace Alerts.Feeds;

/// <summary>What a <see cref="FeedSource"/> points at; picks the adapter.</summary>
public enum FeedKind
{
    Rss,
    Atom,
    JsonFeed,
    Mastodon,
    Bluesky,

    /// <summary>RSS, Atom or JSON Feed, whichever the document turns out to be (sniffed).</summary>
    Auto,
}
