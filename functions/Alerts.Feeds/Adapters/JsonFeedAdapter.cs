namespace Alerts.Feeds;

/// <summary>JSON Feed 1.0 and 1.1.</summary>
public sealed class JsonFeedAdapter(FeedHttpFetcher fetcher, TimeProvider time) : SyndicationFeedAdapter(fetcher, time)
{
    public override FeedKind Kind => FeedKind.JsonFeed;

    protected override string[] ExpectedFormats => ["json"];
}
