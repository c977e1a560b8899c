namespace Alerts.Feeds;

/// <summary>
/// One item, normalised across RSS, Atom, JSON Feed, Mastodon and Bluesky.
/// </summary>
/// <param name="Key">Stable dedupe key: <c>g:</c>+guid/id, else <c>l:</c>+link, else <c>h:</c>+content hash (see <see cref="ItemKeys"/>).</param>
/// <param name="Id">The source's own id (RSS guid, Atom id, JSON Feed id, Mastodon uri, Bluesky at:// uri).</param>
/// <param name="Title">Plain-text title; empty when the source has none.</param>
/// <param name="Link">Absolute http(s) link to the item, or null.</param>
/// <param name="Published">Publication instant; null when absent or unparseable (never guessed).</param>
/// <param name="Author">Display name (or the raw author string for RSS).</param>
/// <param name="Text">Plain text: HTML stripped (script/style dropped), entities decoded, whitespace collapsed.</param>
/// <param name="Language">Item language, else the feed's (BCP 47 as given by the source).</param>
/// <param name="AuthorFollowers">Reach where the source reports it (Mastodon <c>followers_count</c>); otherwise null.</param>
/// <param name="AuthorHandle">The account handle for social sources (<c>user@instance</c>, <c>name.bsky.social</c>).</param>
public sealed record FeedItem(
    string Key,
    string? Id,
    string Title,
    Uri? Link,
    DateTimeOffset? Published,
    string? Author,
    string Text,
    string? Language,
    long? AuthorFollowers,
    string? AuthorHandle)
{
    /// <summary>Last-modified date where the format has one (Atom <c>updated</c>, JSON Feed <c>date_modified</c>).</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Plain-text summary when the format carries one beside the full content; otherwise null.</summary>
    public string? Summary { get; init; }

    /// <summary>Category / tag terms in document order.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Media attachments (RSS enclosure, Atom rel="enclosure", JSON Feed attachments).</summary>
    public IReadOnlyList<FeedEnclosure> Enclosures { get; init; } = [];
}
