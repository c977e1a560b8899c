namespace Alerts.Feeds;

/// <summary>The small interface handlers depend on (house style, "Flow per invocation"); <see cref="FeedReader"/> implements it.</summary>
public interface IFeedReader
{
    Task<FetchResult> FetchAsync(FeedSource source, FetchState? previous, CancellationToken ct);
}
