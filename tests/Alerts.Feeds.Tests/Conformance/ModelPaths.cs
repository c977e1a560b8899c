using System.Globalization;
using System.Text.RegularExpressions;

namespace Alerts.Feeds.Tests.Conformance;

/// <summary>
/// Maps feedparser's result paths (entries[0].title, feed.link, …) onto our model. <see cref="Unsupported"/>
/// marks paths the model deliberately lacks; they are counted as skipped so coverage cannot shrink silently.
/// Text fields resolve to plain text: see <see cref="AssertionEvaluator"/> for how they are compared.
/// </summary>
public static partial class ModelPaths
{
    public static readonly object Unsupported = new();
    public static readonly object Missing = new();

    public static bool IsAlertingField(string path) =>
        EntryField().Match(path) is { Success: true } m && m.Groups[2].Value.Split('.', '[')[0]
            is "title" or "title_detail" or "link" or "id" or "published_parsed" or "updated_parsed" or "author" or "author_detail" or "authors"
            or "summary" or "summary_detail" or "description" or "content" or "enclosures";

    public static object? Resolve(string path, ParsedFeed? feed)
    {
        if (path == "bozo") return feed is null || feed.Recovered;
        if (feed is null) return Missing;
        if (path == "version") return feed.Format;
        if (path == "encoding") return feed.Encoding is null ? Missing : new EncodingName(feed.Encoding);
        if (path == "len(entries)") return (long)feed.Items.Count;
        var m = EntryField().Match(path);
        if (m.Success)
        {
            var index = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var field = path.StartsWith("len(", StringComparison.Ordinal) ? $"len({m.Groups[2].Value})" : m.Groups[2].Value;
            return index < feed.Items.Count ? Entry(feed.Items[index], field) : Missing;
        }

        return path switch
        {
            "feed.title" or "feed.title_detail.value" => feed.Title ?? Missing,
            "feed.link" => feed.Link?.AbsoluteUri ?? Missing,
            "feed.subtitle" or "feed.subtitle_detail.value" or "feed.description" or "feed.info" => feed.Subtitle ?? Missing,
            "feed.author" or "feed.author_detail.name" => feed.Author ?? Missing,
            _ => Unsupported,
        };
    }

    private static object? Entry(FeedItem item, string field)
    {
        var tag = ListField().Match(field);
        if (tag.Success)
        {
            var i = int.Parse(tag.Groups[2].Value, CultureInfo.InvariantCulture);
            return (tag.Groups[1].Value, tag.Groups[3].Value) switch
            {
                ("tags", "term") => i < item.Categories.Count ? item.Categories[i] : Missing,
                ("enclosures", "href") => i < item.Enclosures.Count ? item.Enclosures[i].Url.AbsoluteUri : Missing,
                ("enclosures", "type") => i < item.Enclosures.Count ? item.Enclosures[i].MediaType ?? Missing : Missing,
                ("enclosures", "length") => i < item.Enclosures.Count ? item.Enclosures[i].Length?.ToString(CultureInfo.InvariantCulture) ?? Missing : Missing,
                ("content", "value") when i == 0 => item.Text,
                ("authors", "name") when i == 0 => item.Author ?? Missing,
                _ => Unsupported,
            };
        }

        return field switch
        {
            "title" or "title_detail.value" => item.Title,
            "link" => item.Link?.AbsoluteUri ?? Missing,
            "id" => item.Id ?? Missing,
            "summary" or "description" or "summary_detail.value" => item.Summary ?? item.Text,
            "author" or "author_detail.name" => item.Author ?? Missing,
            "published_parsed" => Tuple(item.Published ?? item.Updated),
            "updated_parsed" => Tuple(item.Updated ?? item.Published),
            "len(tags)" => (long)item.Categories.Count,
            "len(enclosures)" => (long)item.Enclosures.Count,
            _ => Unsupported,
        };
    }

    /// <summary>Compared through <c>Encoding.GetEncoding(name).WebName</c>, so feedparser's spellings match ours.</summary>
    public sealed record EncodingName(string WebName);

    private static object Tuple(DateTimeOffset? value) =>
        value is { } v ? new long[] { v.UtcDateTime.Year, v.UtcDateTime.Month, v.UtcDateTime.Day, v.UtcDateTime.Hour, v.UtcDateTime.Minute, v.UtcDateTime.Second } : Missing;

    [GeneratedRegex(@"^(?:len\()?entries\[(\d+)\]\.?(.*?)\)?$")]
    private static partial Regex EntryField();

    [GeneratedRegex(@"^(\w+)\[(\d+)\]\.(\w+)$")]
    private static partial Regex ListField();
}
