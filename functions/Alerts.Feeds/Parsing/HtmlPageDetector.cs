using System.Text.RegularExpressions;

namespace Alerts.Feeds;

/// <summary>
/// Recognises an HTML page served where a feed was expected (a common misconfiguration: the site URL instead of
/// its feed URL) and finds the page's feed through autodiscovery
/// (https://www.rssboard.org/rss-autodiscovery: <c>&lt;link rel="alternate" type="application/rss+xml" href=…&gt;</c>).
/// </summary>
internal static partial class HtmlPageDetector
{
    /// <summary>True when the first element of the document is <c>&lt;html&gt;</c> (DOCTYPE, comments and declarations skipped).</summary>
    public static bool IsHtmlPage(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lt = IndexOf(text, '<', i);
            if (lt < 0 || lt + 1 >= text.Length) return false;
            var next = text[lt + 1];
            if (next is '?' or '!')
            {
                var end = text[lt..].StartsWith("<!--", StringComparison.Ordinal)
                    ? IndexOf(text, "-->", lt)
                    : IndexOf(text, '>', lt);
                if (end < 0) return false;
                i = end + 1;
                continue;
            }

            return text[(lt + 1)..].StartsWith("html", StringComparison.OrdinalIgnoreCase)
                && (lt + 5 >= text.Length || !char.IsAsciiLetterOrDigit(text[lt + 5]));
        }

        return false;
    }

    private static int IndexOf(ReadOnlySpan<char> text, char value, int start) => text[start..].IndexOf(value) is var i and >= 0 ? start + i : -1;

    private static int IndexOf(ReadOnlySpan<char> text, string value, int start) => text[start..].IndexOf(value, StringComparison.Ordinal) is var i and >= 0 ? start + i : -1;

    /// <summary>The first feed advertised by the page, resolved against the page URL.</summary>
    public static Uri? DiscoverFeed(string html, Uri? pageUrl)
    {
        foreach (Match tag in LinkTag().Matches(html.Length > 200_000 ? html[..200_000] : html))
        {
            var rel = Attribute(tag.Value, "rel");
            var type = Attribute(tag.Value, "type");
            var href = Attribute(tag.Value, "href");
            if (href is null || rel is null || !rel.Contains("alternate", StringComparison.OrdinalIgnoreCase)) continue;
            if (type is not ("application/rss+xml" or "application/atom+xml" or "application/feed+json" or "application/json")) continue;
            if (SafeLinks.Resolve(System.Net.WebUtility.HtmlDecode(href), pageUrl, null) is { } uri) return uri;
        }

        return null;
    }

    private static string? Attribute(string tag, string name)
    {
        var m = AttributePattern().Matches(tag).FirstOrDefault(a => a.Groups[1].Value.Equals(name, StringComparison.OrdinalIgnoreCase));
        return m is null ? null : (m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value).Trim();
    }

    [GeneratedRegex(@"<link\b[^>]{0,2000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkTag();

    [GeneratedRegex(@"([A-Za-z-]+)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AttributePattern();
}
