using System.Globalization;
using System.Xml.Linq;
using static Alerts.Feeds.XmlNav;

namespace Alerts.Feeds;

/// <summary>
/// RSS 0.9x/2.0 (https://www.rssboard.org/rss-specification) and RSS 1.0 / 0.90 RDF
/// (https://web.resource.org/rss/1.0/spec). Core elements are read from the RSS namespaces only, so a module
/// element with the same local name (<c>foo:description</c>) never wins (bench-data <c>wellformed/namespace</c>).
/// Titles and descriptions are treated as HTML, as RSS readers do.
/// </summary>
internal static class RssParser
{
    private static readonly XNamespace[] s_rssOrXhtml = [.. Ns.Rss, Ns.Xhtml];

    public static void Parse(XElement root, FeedDocumentBuilder b)
    {
        var rss = Ns.Rss;
        var channel = Child(root, "channel", rss) ?? root;
        var channelBase = BaseOf(channel, b.DocumentUrl);
        b.Title = Html(Value(Child(channel, "title", rss) ?? Child(channel, "title", Ns.Dc)));
        b.Link = SafeLinks.Resolve(Value(Child(channel, "link", rss)), channelBase, b.Warnings);
        b.Subtitle = Markup(Child(channel, "description", rss) ?? Child(channel, "description", Ns.Dc) ?? Child(channel, "summary", Ns.Itunes));
        b.Author = RssAuthor.Name(Value(Child(channel, "managingEditor", rss) ?? Child(channel, "creator", Ns.Dc)));
        b.Language = Value(Child(channel, "language", rss) ?? Child(channel, "language", Ns.Dc))?.Trim() ?? LanguageOf(channel);

        // RSS 2.0 nests items in the channel; RSS 1.0 and 0.90 make them siblings of the channel.
        var items = Children(channel, "item", rss).Concat(channel == root ? [] : Children(root, "item", rss));
        foreach (var item in items)
        {
            b.Add(Item(item, b));
        }
    }

    private static FeedItem Item(XElement item, FeedDocumentBuilder b)
    {
        var rss = Ns.Rss;
        var itemBase = BaseOf(item, b.DocumentUrl);
        var title = Html(Value(Child(item, "title", rss) ?? Child(item, "title", Ns.Dc))) ?? string.Empty;
        var guidElement = Child(item, "guid", rss);
        var guid = Value(guidElement)?.Trim();
        var linkElement = Child(item, "link", rss);
        var link = SafeLinks.Resolve(Value(linkElement), BaseOf(linkElement ?? item, b.DocumentUrl), b.Warnings);

        // A guid is a permalink unless isPermaLink="false" (RSS 2.0 spec, <guid>); use it when <link> is missing.
        var isPermaLink = !string.Equals((string?)guidElement?.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
        if (link is null && isPermaLink && guid is not null && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            link = SafeLinks.Resolve(guid, itemBase, b.Warnings);
        }

        // Beside the standard elements, feedparser's corpus has <summary>, <body>/xhtml:body and <fullitem> in the wild.
        var description = Child(item, "description", rss) ?? Child(item, "summary", rss) ?? Child(item, "description", Ns.Dc)
            ?? Child(item, "summary", Ns.Itunes) ?? Child(item, "description", Ns.Media)
            ?? Children(item, "group", Ns.Media).Select(g => Child(g, "description", Ns.Media)).FirstOrDefault(d => d is not null);
        var content = Child(item, "encoded", Ns.Content) ?? Child(item, "body", s_rssOrXhtml) ?? Child(item, "fullitem", rss);
        var summary = Markup(description);
        var text = Markup(content) ?? summary ?? string.Empty;
        var author = RssAuthor.Name(Value(Child(item, "author", rss) ?? Child(item, "creator", Ns.Dc) ?? Child(item, "author", Ns.Itunes)));
        var published = b.Date(Value(Child(item, "pubDate", rss) ?? Child(item, "date", Ns.Dc) ?? Child(item, "issued", Ns.DcTerms)), "item");
        var updated = b.Date(Value(Child(item, "modified", Ns.DcTerms) ?? Child(item, "updated", Ns.Atom10)), "item updated");
        var language = Value(Child(item, "language", Ns.Dc))?.Trim() ?? LanguageOf(item) ?? b.Language;
        var id = string.IsNullOrEmpty(guid) ? null : guid;
        return new FeedItem(ItemKeys.For(id, link, title, text), id, title, link, published, author, text, language, null, null)
        {
            Updated = updated,
            Summary = summary,
            Categories = Categories(item),
            Enclosures = Enclosures(item, itemBase, b),
        };
    }

    /// <summary>RSS categories, then dc:subject, then Media RSS categories (their text), then iTunes categories (their <c>text</c> attribute).</summary>
    private static List<string> Categories(XElement item)
    {
        var categories = new List<string>();
        foreach (var c in Children(item, "category", Ns.Rss)) AddTrimmed(categories, c.Value);
        foreach (var c in Children(item, "subject", Ns.Dc)) AddTrimmed(categories, c.Value);
        foreach (var c in Children(item, "category", Ns.Media)) AddTrimmed(categories, c.Value);
        foreach (var c in Children(item, "category", Ns.Itunes)) AddTrimmed(categories, (string?)c.Attribute("text"));
        return categories;
    }

    private static void AddTrimmed(List<string> list, string? value)
    {
        var trimmed = value?.Trim();
        if (!string.IsNullOrEmpty(trimmed)) list.Add(trimmed);
    }

    private static List<FeedEnclosure> Enclosures(XElement item, Uri? itemBase, FeedDocumentBuilder b)
    {
        var enclosures = new List<FeedEnclosure>();
        foreach (var e in Children(item, "enclosure", Ns.Rss))
        {
            if (Enclosure(e, itemBase, b) is { } enclosure) enclosures.Add(enclosure);
        }

        return enclosures;
    }

    private static FeedEnclosure? Enclosure(XElement e, Uri? itemBase, FeedDocumentBuilder b)
    {
        var url = SafeLinks.Resolve((string?)e.Attribute("url"), itemBase, b.Warnings);
        var length = long.TryParse((string?)e.Attribute("length"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : (long?)null;
        return url is null ? null : new FeedEnclosure(url, (string?)e.Attribute("type"), length);
    }

    private static string? Html(string? value) => value is null ? null : HtmlText.ToPlainText(value);

    /// <summary>Escaped HTML (the usual case) or inline XHTML/SVG children, serialised and stripped alike.</summary>
    private static string? Markup(XElement? element) => element switch
    {
        null => null,
        { HasElements: true } => HtmlText.ToPlainText(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
        _ => HtmlText.ToPlainText(element.Value),
    };
}
