namespace Alerts.Feeds;

/// <summary>
/// Bluesky post search through the public AppView (no account): <see cref="FeedSource.Url"/> is
/// https://public.api.bsky.app (or the full <c>/xrpc/app.bsky.feed.searchPosts</c> URL) and
/// <see cref="FeedSource.Query"/> the search term; newest first.
/// </summary>
public sealed class BlueskyAdapter(FeedHttpFetcher fetcher, TimeProvider time) : HttpFeedAdapter(fetcher, time)
{
    public const string SearchPath = "/xrpc/app.bsky.feed.searchPosts";
    private const int Limit = 50;

    public override FeedKind Kind => FeedKind.Bluesky;

    protected override string Accept => "application/json";

    protected override Uri RequestUrl(FeedSource source)
    {
        var query = source.Query?.Trim();
        if (string.IsNullOrEmpty(query)) throw new ArgumentException($"Bluesky source {source.Id} needs a Query (the search term)", nameof(source));
        var endpoint = source.Url.AbsolutePath.EndsWith(SearchPath, StringComparison.Ordinal)
            ? source.Url.GetLeftPart(UriPartial.Path)
            : source.Url.GetLeftPart(UriPartial.Authority) + SearchPath;
        return new Uri($"{endpoint}?q={Uri.EscapeDataString(query)}&sort=latest&limit={Limit}");
    }

    protected override ParsedFeed Parse(FetchedDocument document, FeedSource source) => BlueskyParser.Parse(document.Body);
}
