namespace Alerts.Feeds;

/// <summary>Collects items and warnings while one document is parsed, then dedupes and builds the <see cref="ParsedFeed"/>.</summary>
internal sealed class FeedDocumentBuilder(Uri? documentUrl)
{
    private readonly List<FeedItem> _items = [];

    public Uri? DocumentUrl { get; } = documentUrl;

    public List<string> Warnings { get; } = [];

    public bool Recovered { get; set; }

    public string? Title { get; set; }

    public Uri? Link { get; set; }

    public string? Subtitle { get; set; }

    public string? Author { get; set; }

    public string? Language { get; set; }

    public void Add(FeedItem item) => _items.Add(item);

    /// <summary>Parses a date, warning (never throwing) when it is present but unparseable.</summary>
    public DateTimeOffset? Date(string? raw, string what)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var parsed = FeedDates.Parse(raw);
        if (parsed is null) Warnings.Add($"unparseable {what} date '{raw.Trim()}' ignored");
        return parsed;
    }

    public ParsedFeed Build(string format, string? encoding)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<FeedItem>(_items.Count);
        for (var i = 0; i < _items.Count; i++)
        {
            if (seen.Add(_items[i].Key))
            {
                unique.Add(_items[i]);
            }
            else
            {
                Warnings.Add($"item {i + 1} repeats key '{_items[i].Key}' and was dropped");
            }
        }

        return new ParsedFeed(Title, format, unique, Warnings, Recovered)
        {
            Link = Link,
            Subtitle = string.IsNullOrEmpty(Subtitle) ? null : Subtitle,
            Author = Author,
            Encoding = encoding,
        };
    }
}
