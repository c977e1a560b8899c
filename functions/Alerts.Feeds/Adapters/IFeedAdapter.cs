namespace Alerts.Feeds;

/// <summary>Fetches and parses one kind of source. Failures are <see cref="FeedFetchException"/>s.</summary>
public interface IFeedAdapter
{
    FeedKind Kind { get; }

    Task<FetchResult> FetchAsync(FeedSource source, FetchState? previous, CancellationToken ct);
}
