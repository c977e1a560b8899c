using System.Net;
using System.Text;

namespace Alerts.Feeds;

/// <summary>
/// HTML → plain text for matching and Teams cards. A single linear scan (no regex), so hostile markup such as
/// the 158 kB CSS case in bench-data/feeds/wellformed/sanitize cannot make it backtrack. Script, style and
/// comment contents are dropped entirely, so no script survives into card text (README "Sanitising").
/// </summary>
public static class HtmlText
{
    private static readonly string[] s_dropContent = ["script", "style", "noscript", "template", "head", "title"];

    /// <summary>Tags that separate words; inline tags (a, span, em …) do not, so "#&lt;span&gt;dotnet&lt;/span&gt;" stays "#dotnet".</summary>
    private static readonly HashSet<string> s_breaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "hr", "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption", "img",
        "script", "style", "noscript", "template", "head", "title", "body", "html", "svg", "math",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;
        var sb = new StringBuilder(html.Length);
        var i = 0;

        // Once a search has run to the end without a match it is not repeated, so hostile input stays linear.
        var commentEndsExist = true;
        var quotesBalanced = true;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<' || i + 1 >= html.Length || !IsMarkupStart(html[i + 1]))
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                // An unterminated comment ends at the next '>' (what feedparser's sgmllib does), so text after it survives.
                var end = commentEndsExist ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : -1;
                commentEndsExist = end >= 0;
                var gt = html.IndexOf('>', i + 4);
                i = end >= 0 ? end + 3 : gt >= 0 ? gt + 1 : html.Length;
                continue;
            }

            var close = quotesBalanced ? TagEnd(html, i + 1) : -1;
            if (close < 0)
            {
                quotesBalanced = false;
                close = html.IndexOf('>', i + 1);
            }

            if (close < 0) break;
            var name = TagName(html, i + 1);
            i = close + 1;
            if (s_breaking.Contains(name)) sb.Append(' ');
            if (html[close - 1] != '/' && Array.Exists(s_dropContent, d => d.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var endTag = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var endClose = endTag < 0 ? -1 : html.IndexOf('>', endTag);
                i = endClose < 0 ? html.Length : endClose + 1;
            }
        }

        return CollapseWhitespace(WebUtility.HtmlDecode(sb.ToString()));
    }

    /// <summary>Collapses runs of whitespace to one space, drops control characters and trims.</summary>
    public static string CollapseWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
            }
            else if (c is >= '\u0080' and <= '\u009F')
            {
                // C1 controls in feeds are windows-1252 punctuation written as &#146; and friends (WHATWG HTML
                // "numeric character reference end state" remaps them the same way).
                var mapped = Windows1252C1[c - 0x80];
                if (mapped == ' ') continue;
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(mapped);
            }
            else if (!char.IsControl(c))
            {
                if (pendingSpace) sb.Append(' ');
                pendingSpace = false;
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The '>' closing a tag, skipping quoted attribute values (a '>' inside alt="a<br />b" is not the end).</summary>
    private static int TagEnd(string html, int start)
    {
        var quote = '\0';
        for (var i = start; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'' && i > 0 && (html[i - 1] == '=' || char.IsWhiteSpace(html[i - 1])))
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>windows-1252 characters for U+0080–U+009F; a space marks the five unmapped code points (dropped).</summary>
    private const string Windows1252C1 = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";

    private static bool IsMarkupStart(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    private static string TagName(string html, int start)
    {
        var i = start;
        if (i < html.Length && html[i] == '/') i++;
        var begin = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is ':' or '-')) i++;
        return html[begin..i];
    }
}
