namespace Alerts.Feeds;

/// <summary>
/// A parsed document. <paramref name="Format"/> uses feedparser's version names (<c>rss20</c>, <c>rss10</c>,
/// <c>atom10</c>, <c>atom03</c>, <c>json11</c>, …) plus <c>mastodon</c> and <c>bluesky</c>.
/// <paramref name="Recovered"/> is feedparser's <c>bozo</c>: the bytes were not clean and lenient recovery ran.
/// </summary>
public sealed record ParsedFeed(string? Title, string Format, IReadOnlyList<FeedItem> Items, IReadOnlyList<string> Warnings, bool Recovered)
{
    /// <summary>The feed's home page (RSS channel link, Atom alternate link, JSON Feed home_page_url).</summary>
    public Uri? Link { get; init; }

    /// <summary>Plain-text channel description / Atom subtitle.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The feed-level author (RSS managingEditor/dc:creator, Atom feed author, JSON Feed authors[0]).</summary>
    public string? Author { get; init; }

    /// <summary>The character encoding the bytes were decoded with (a .NET <c>WebName</c>); null for JSON sources.</summary>
    public string? Encoding { get; init; }
}
