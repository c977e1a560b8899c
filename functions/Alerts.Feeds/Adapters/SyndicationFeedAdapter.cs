namespace Alerts.Feeds;

/// <summary>
/// RSS, Atom and JSON Feed share one sniffing parser; the configured kind only adds a warning when the document
/// turns out to be another format (the URL changed, or the source was configured wrongly).
/// </summary>
public abstract class SyndicationFeedAdapter(FeedHttpFetcher fetcher, TimeProvider time) : HttpFeedAdapter(fetcher, time)
{
    protected override string Accept =>
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.1";

    /// <summary>Format-name prefixes (<see cref="ParsedFeed.Format"/>) this kind expects; empty accepts all.</summary>
    protected abstract string[] ExpectedFormats { get; }

    protected override ParsedFeed Parse(FetchedDocument document, FeedSource source)
    {
        var feed = FeedParser.Parse(document.Body, document.ContentType, document.DocumentUrl);
        if (ExpectedFormats.Length == 0 || ExpectedFormats.Any(p => feed.Format.StartsWith(p, StringComparison.Ordinal))) return feed;
        return feed with { Warnings = [.. feed.Warnings, $"source {source.Id} is configured as {Kind} but the document is {feed.Format}"] };
    }
}
