namespace Alerts.Feeds;

/// <summary>
/// The shared template: build the request URL, fetch through <see cref="FeedHttpFetcher"/> (guards, conditional
/// GET), parse, and turn a <see cref="FeedParseException"/> into <see cref="FeedFailureKind.Unparseable"/>.
/// </summary>
public abstract class HttpFeedAdapter(FeedHttpFetcher fetcher, TimeProvider time) : IFeedAdapter
{
    public abstract FeedKind Kind { get; }

    /// <summary>The Accept header (RFC 9110 §12.5.1), most wanted type first.</summary>
    protected abstract string Accept { get; }

    public async Task<FetchResult> FetchAsync(FeedSource source, FetchState? previous, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var started = time.GetTimestamp();
        var document = await fetcher.FetchAsync(RequestUrl(source), previous, Accept, ct).ConfigureAwait(false);
        if (document.NotModified)
        {
            return new FetchResult(FetchStatus.NotModified, null, document.State, time.GetElapsedTime(started));
        }

        ParsedFeed feed;
        try
        {
            feed = Parse(document, source);
        }
        catch (FeedParseException ex)
        {
            throw new FeedFetchException(FeedFailureKind.Unparseable, $"{source.Id} ({document.DocumentUrl}): {ex.Message}", ex);
        }

        return new FetchResult(FetchStatus.Ok, feed, document.State, time.GetElapsedTime(started));
    }

    protected virtual Uri RequestUrl(FeedSource source) => source.Url;

    protected abstract ParsedFeed Parse(FetchedDocument document, FeedSource source);
}
