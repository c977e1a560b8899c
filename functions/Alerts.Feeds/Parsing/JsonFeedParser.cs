using System.Text.Json;
using static Alerts.Feeds.JsonValues;

namespace Alerts.Feeds;

/// <summary>
/// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/). Unknown members are ignored, members of the
/// wrong type are reported and skipped, numeric ids are coerced to strings (1.1: "should be a string"), and both
/// the 1.1 <c>authors</c> array and the deprecated 1.0 <c>author</c> object are read.
/// </summary>
internal static class JsonFeedParser
{
    public static ParsedFeed Parse(ReadOnlyMemory<byte> utf8, FeedDocumentBuilder b)
    {
        using var doc = JsonValues.Parse(utf8, "the JSON Feed");
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FeedParseException($"a JSON Feed must be an object, but the document is a JSON {root.ValueKind}");
        }

        var version = String(root, "version", b.Warnings);
        var format = version switch
        {
            "https://jsonfeed.org/version/1" => "json1",
            "https://jsonfeed.org/version/1.1" => "json11",
            _ => "json",
        };
        if (format == "json")
        {
            if (version is null && !root.TryGetProperty("items", out _))
            {
                throw new FeedParseException("this JSON is not a JSON Feed: it has neither 'version' nor 'items'");
            }

            b.Warnings.Add($"unknown JSON Feed version '{version}'; read as 1.1");
        }

        var feedBase = Uri.TryCreate(String(root, "feed_url"), UriKind.Absolute, out var fu) && SafeLinks.IsHttp(fu) ? fu : b.DocumentUrl;
        b.Title = HtmlText.CollapseWhitespace(String(root, "title", b.Warnings));
        b.Link = SafeLinks.Resolve(String(root, "home_page_url", b.Warnings), feedBase, b.Warnings);
        b.Subtitle = HtmlText.CollapseWhitespace(String(root, "description", b.Warnings));
        b.Author = AuthorName(root, b.Warnings);
        b.Language = String(root, "language", b.Warnings);
        if (root.TryGetProperty("items", out var items) && items.ValueKind != JsonValueKind.Array)
        {
            b.Warnings.Add("'items' should be an array; no items read");
        }

        var index = 0;
        foreach (var item in Array(root, "items"))
        {
            index++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                b.Warnings.Add($"item {index} is a JSON {item.ValueKind}, not an object; skipped");
                continue;
            }

            b.Add(Item(item, feedBase, b));
        }

        return b.Build(format, null);
    }

    private static FeedItem Item(JsonElement item, Uri? feedBase, FeedDocumentBuilder b)
    {
        var w = b.Warnings;
        var id = String(item, "id", w, coerceNumber: true);
        var link = SafeLinks.Resolve(String(item, "url", w) ?? String(item, "external_url", w), feedBase, w);
        var title = HtmlText.CollapseWhitespace(String(item, "title", w));
        var summary = String(item, "summary", w) is { } s ? HtmlText.CollapseWhitespace(s) : null;
        var text = String(item, "content_text", w) is { } plain ? HtmlText.CollapseWhitespace(plain)
            : String(item, "content_html", w) is { } html ? HtmlText.ToPlainText(html) : summary ?? string.Empty;
        var published = b.Date(String(item, "date_published", w), "date_published");
        var updated = b.Date(String(item, "date_modified", w), "date_modified");
        var language = String(item, "language", w) ?? b.Language;
        id = string.IsNullOrWhiteSpace(id) ? null : id;
        return new FeedItem(ItemKeys.For(id, link, title, text), id, title, link, published, AuthorName(item, w) ?? b.Author, text, language, null, null)
        {
            Updated = updated,
            Summary = summary,
            Categories = Array(item, "tags").Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            Enclosures = Array(item, "attachments").Select(a => Attachment(a, feedBase, w)).OfType<FeedEnclosure>().ToList(),
        };
    }

    private static string? AuthorName(JsonElement obj, ICollection<string> warnings)
    {
        var author = Array(obj, "authors").FirstOrDefault(a => a.ValueKind == JsonValueKind.Object);
        if (author.ValueKind != JsonValueKind.Object && Object(obj, "author") is { } single) author = single;
        var name = author.ValueKind == JsonValueKind.Object ? String(author, "name", warnings) : null;
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    private static FeedEnclosure? Attachment(JsonElement a, Uri? feedBase, ICollection<string> warnings)
    {
        var url = SafeLinks.Resolve(String(a, "url", warnings), feedBase, warnings);
        return url is null ? null : new FeedEnclosure(url, String(a, "mime_type", warnings), Int64(a, "size_in_bytes"));
    }
}
