namespace Alerts.Feeds;

/// <summary>Atom 1.0 and 0.3.</summary>
public sealed class AtomFeedAdapter(FeedHttpFetcher fetcher, TimeProvider time) : SyndicationFeedAdapter(fetcher, time)
{
    public override FeedKind Kind => FeedKind.Atom;

    protected override string[] ExpectedFormats => ["atom"];
}
