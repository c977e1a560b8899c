namespace Alerts.Feeds;

/// <summary>RSS 0.9x–2.0 and RSS 1.0 (RDF).</summary>
public sealed class RssFeedAdapter(FeedHttpFetcher fetcher, TimeProvider time) : SyndicationFeedAdapter(fetcher, time)
{
    public override FeedKind Kind => FeedKind.Rss;

    protected override string[] ExpectedFormats => ["rss"];
}
