namespace Alerts.Feeds;

/// <summary>Whichever syndication format the document is.</summary>
public sealed class AutoFeedAdapter(FeedHttpFetcher fetcher, TimeProvider time) : SyndicationFeedAdapter(fetcher, time)
{
    public override FeedKind Kind => FeedKind.Auto;

    protected override string[] ExpectedFormats => [];
}
