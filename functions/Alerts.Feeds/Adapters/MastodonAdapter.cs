namespace Alerts.Feeds;

/// <summary>
/// Mastodon, public endpoints only. <see cref="FeedSource.Url"/> is the instance (https://mastodon.social/) and
/// <see cref="FeedSource.Query"/> a hashtag (<c>#dotnet</c> or <c>dotnet</c>: <c>GET /api/v1/timelines/tag/:hashtag</c>)
/// or several words (<c>GET /api/v2/search?type=statuses</c>, which many instances only answer with a token).
/// Without a query the URL is used as given (a full API URL).
/// </summary>
public sealed class MastodonAdapter(FeedHttpFetcher fetcher, TimeProvider time) : HttpFeedAdapter(fetcher, time)
{
    private const int Limit = 40;

    public override FeedKind Kind => FeedKind.Mastodon;

    protected override string Accept => "application/json";

    protected override Uri RequestUrl(FeedSource source)
    {
        var query = source.Query?.Trim();
        if (string.IsNullOrEmpty(query)) return source.Url;
        var instance = new Uri(source.Url.GetLeftPart(UriPartial.Authority) + "/");
        return query.Any(char.IsWhiteSpace)
            ? new Uri(instance, $"api/v2/search?q={Uri.EscapeDataString(query)}&type=statuses&limit={Limit}")
            : new Uri(instance, $"api/v1/timelines/tag/{Uri.EscapeDataString(query.TrimStart('#'))}?limit={Limit}");
    }

    protected override ParsedFeed Parse(FetchedDocument document, FeedSource source) =>
        MastodonParser.Parse(document.Body, new Uri(source.Url.GetLeftPart(UriPartial.Authority) + "/"));
}
