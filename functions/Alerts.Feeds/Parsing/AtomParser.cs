using System.Globalization;
using System.Xml.Linq;
using static Alerts.Feeds.XmlNav;

namespace Alerts.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287) and the legacy Atom 0.3 draft (issued/modified/created dates, <c>mode</c>). Only direct
/// children of an entry count, so an entry's <c>source</c> element never overrides entry fields (RFC 4287 §4.2.11).
/// Entries without an author inherit the feed's (§4.1.1).
/// </summary>
internal static class AtomParser
{
    public static void Parse(XElement feed, FeedDocumentBuilder b)
    {
        var ns = feed.Name.Namespace;
        b.Title = AtomText.Read(Child(feed, "title", ns), b.Warnings);
        b.Link = AlternateLink(feed, ns, b);
        b.Subtitle = AtomText.Read(Child(feed, "subtitle", ns) ?? Child(feed, "tagline", ns), b.Warnings);
        b.Author = AuthorName(feed, ns);
        b.Language = LanguageOf(feed);
        foreach (var entry in Children(feed, "entry", ns))
        {
            b.Add(Entry(entry, ns, b));
        }
    }

    private static FeedItem Entry(XElement entry, XNamespace ns, FeedDocumentBuilder b)
    {
        var id = Value(Child(entry, "id", ns))?.Trim();
        var title = AtomText.Read(Child(entry, "title", ns), b.Warnings) ?? string.Empty;
        var link = AlternateLink(entry, ns, b);
        var contentElement = Child(entry, "content", ns);
        var summary = AtomText.Read(Child(entry, "summary", ns), b.Warnings);
        var text = AtomText.Read(contentElement, b.Warnings) ?? summary ?? string.Empty;
        var published = b.Date(Value(Child(entry, "published", ns) ?? Child(entry, "issued", ns) ?? Child(entry, "created", ns)
            ?? Child(entry, "date", Ns.Dc)), "entry");
        var updated = b.Date(Value(Child(entry, "updated", ns) ?? Child(entry, "modified", ns)), "entry updated");
        var author = AuthorName(entry, ns) ?? Value(Child(entry, "creator", Ns.Dc))?.Trim() ?? b.Author;
        var language = LanguageOf(contentElement ?? entry) ?? b.Language;
        id = string.IsNullOrEmpty(id) ? null : id;
        return new FeedItem(ItemKeys.For(id, link, title, text), id, title, link, published, author, text, language, null, null)
        {
            Updated = updated,
            Summary = summary,
            Categories = Categories(entry, ns),
            Enclosures = Enclosures(entry, ns, b),
        };
    }

    /// <summary>Atom category terms (or their text), then dc:subject, trimmed, empty ones left out.</summary>
    private static List<string> Categories(XElement entry, XNamespace ns)
    {
        var categories = new List<string>();
        foreach (var c in Children(entry, "category", ns)) AddTrimmed(categories, (string?)c.Attribute("term") ?? c.Value);
        foreach (var c in Children(entry, "subject", Ns.Dc)) AddTrimmed(categories, c.Value);
        return categories;
    }

    private static void AddTrimmed(List<string> list, string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 0) list.Add(trimmed);
    }

    private static List<FeedEnclosure> Enclosures(XElement entry, XNamespace ns, FeedDocumentBuilder b)
    {
        var enclosures = new List<FeedEnclosure>();
        foreach (var link in Links(entry, ns))
        {
            if (Rel(link) == "enclosure" && Enclosure(link, b) is { } enclosure) enclosures.Add(enclosure);
        }

        return enclosures;
    }

    /// <summary>rel="alternate" (the default, RFC 4287 §4.2.7.2), preferring an HTML type, else the first usable link.</summary>
    private static Uri? AlternateLink(XElement parent, XNamespace ns, FeedDocumentBuilder b)
    {
        XElement? chosen = null;
        foreach (var link in Links(parent, ns))
        {
            if (Rel(link) != "alternate" || string.IsNullOrWhiteSpace(Href(link))) continue;

            // A link without a type counts as HTML; the first HTML one wins, else the first one.
            if (((string?)link.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? true)
            {
                chosen = link;
                break;
            }

            chosen ??= link;
        }

        if (chosen is null) return null;
        return SafeLinks.Resolve(Href(chosen), BaseOf(chosen, b.DocumentUrl), b.Warnings);
    }

    /// <summary>The href attribute, or the element text some Atom 0.3 producers use instead.</summary>
    private static string Href(XElement link) => (string?)link.Attribute("href") ?? link.Value;

    private static IEnumerable<XElement> Links(XElement parent, XNamespace ns) => Children(parent, "link", ns);

    private static string Rel(XElement link) => ((string?)link.Attribute("rel"))?.Trim().ToLowerInvariant() switch
    {
        null or "" or "http://www.iana.org/assignments/relation/alternate" => "alternate",
        var r => r,
    };

    private static string? AuthorName(XElement parent, XNamespace ns)
    {
        var author = Child(parent, "author", ns);
        var name = Value(author is null ? null : Child(author, "name", ns) ?? Child(author, "email", ns))?.Trim();
        return string.IsNullOrEmpty(name) ? null : name;
    }

    private static FeedEnclosure? Enclosure(XElement link, FeedDocumentBuilder b)
    {
        var url = SafeLinks.Resolve((string?)link.Attribute("href"), BaseOf(link, b.DocumentUrl), b.Warnings);
        var length = long.TryParse((string?)link.Attribute("length"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : (long?)null;
        return url is null ? null : new FeedEnclosure(url, (string?)link.Attribute("type"), length);
    }
}
