using System.Net;
using System.Text;

namespace Alerts.Emotion;

/// <summary>
/// Feed summaries arrive as HTML fragments ("&lt;p&gt;Toll!&lt;/p&gt;", "&amp;uuml;"). Tags would be scored as
/// words and entities would break umlauts, so they are removed before scoring. Not a sanitiser: the output is
/// only ever scored, never rendered.
/// </summary>
internal static class MarkupStripper
{
    public static string Strip(string htmlOrText)
    {
        ArgumentNullException.ThrowIfNull(htmlOrText);
        if (htmlOrText.AsSpan().IndexOfAny('<', '&') < 0) return htmlOrText;

        var text = new StringBuilder(htmlOrText.Length);
        var s = htmlOrText.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            // A tag starts "<p", "</p", "<!", "<?"; "</3" (a broken heart) and "<3" are text.
            if (s[i] == '<' && i + 1 < s.Length && (char.IsLetter(s[i + 1]) || s[i + 1] is '!' or '?' || (s[i + 1] == '/' && i + 2 < s.Length && char.IsLetter(s[i + 2]))))
            {
                var close = s[i..].IndexOf('>');
                if (close < 0) break;
                var tag = s.Slice(i + 1, close - 1);
                i += close + 1;

                // Script and style bodies are code, not prose.
                if (StartsWithName(tag, "script") || StartsWithName(tag, "style"))
                {
                    var endTag = s[i..].IndexOf(StartsWithName(tag, "script") ? "</script" : "</style", StringComparison.OrdinalIgnoreCase);
                    i = endTag < 0 ? s.Length : i + endTag;
                }

                // Block tags and <br> separate words: "<p>gut</p><p>schlecht</p>" is two words.
                text.Append(' ');
                continue;
            }

            text.Append(s[i]);
            i++;
        }

        // Decode once more if the feed double-encoded ("&amp;auml;").
        var decoded = WebUtility.HtmlDecode(text.ToString());
        return decoded.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(decoded) : decoded;
    }

    private static bool StartsWithName(ReadOnlySpan<char> tag, string name) =>
        tag.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (tag.Length == name.Length || !char.IsLetter(tag[name.Length]));
}
