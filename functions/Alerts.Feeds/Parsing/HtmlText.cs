using System.Buffers;
using System.Net;

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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_breakingByName = s_breaking.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Inputs up to this many characters are stripped in a stack buffer; longer ones rent one from the pool.</summary>
    private const int StackLimit = 256;

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html)) return string.Empty;

        // Stripping never lengthens the text (each tag becomes at most one space), so a buffer of the input's length suffices.
        char[]? rented = null;
        var buffer = html.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(html.Length));
        try
        {
            var stripped = buffer[..StripTags(html, buffer)];

            // Decoding only changes text that has a '&'; everything else goes straight to collapsing.
            if (stripped.Contains('&'))
            {
                var decoded = WebUtility.HtmlDecode(stripped.ToString());
                return decoded.Length <= buffer.Length ? Collapse(decoded, decoded.AsSpan(), buffer) : CollapseWhitespace(decoded);
            }

            return Collapse(html, stripped, buffer);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the text of <paramref name="html"/> without tags, comments and dropped contents to <paramref name="output"/>; returns its length.</summary>
    private static int StripTags(string html, Span<char> output)
    {
        var length = 0;
        var i = 0;

        // Once a search has run to the end without a match it is not repeated, so hostile input stays linear.
        var commentEndsExist = true;
        var quotesBalanced = true;
        while (i < html.Length)
        {
            // Text up to the next '<' is copied in one go.
            var text = html.AsSpan(i).IndexOf('<') is var lt and >= 0 ? lt : html.Length - i;
            if (text > 0)
            {
                html.AsSpan(i, text).CopyTo(output[length..]);
                length += text;
                i += text;
                continue;
            }

            if (i + 1 >= html.Length || !IsMarkupStart(html[i + 1]))
            {
                output[length++] = '<';
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
            if (s_breakingByName.Contains(name)) output[length++] = ' ';
            if (html[close - 1] != '/' && DropsContent(name))
            {
                var endTag = html.IndexOf(string.Concat("</", name), i, StringComparison.OrdinalIgnoreCase);
                var endClose = endTag < 0 ? -1 : html.IndexOf('>', endTag);
                i = endClose < 0 ? html.Length : endClose + 1;
            }
        }

        return length;
    }

    private static bool DropsContent(ReadOnlySpan<char> name)
    {
        foreach (var d in s_dropContent)
        {
            if (name.Equals(d, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>Collapses runs of whitespace to one space, drops control characters and trims.</summary>
    public static string CollapseWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            return Collapse(text, text.AsSpan(), buffer);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Collapses <paramref name="text"/> into <paramref name="output"/> (which may be the same memory: the output never
    /// runs ahead of the input) and returns it as a string, reusing <paramref name="original"/> when nothing changed.
    /// </summary>
    private static string Collapse(string original, ReadOnlySpan<char> text, Span<char> output)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsPlainVisible(c))
            {
                if (pendingSpace) output[length++] = ' ';
                pendingSpace = false;
                output[length++] = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
            }
            else if (c is >= '\u0080' and <= '\u009F')
            {
                // C1 controls in feeds are windows-1252 punctuation written as &#146; and friends (WHATWG HTML
                // "numeric character reference end state" remaps them the same way).
                var mapped = Windows1252C1[c - 0x80];
                if (mapped == ' ') continue;
                if (pendingSpace) output[length++] = ' ';
                pendingSpace = false;
                output[length++] = mapped;
            }
            else if (!char.IsControl(c))
            {
                if (pendingSpace) output[length++] = ' ';
                pendingSpace = false;
                output[length++] = c;
            }
        }

        var result = output[..length];
        return result.SequenceEqual(original) ? original : result.ToString();
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

    /// <summary>
    /// A quick yes for most characters: printable ASCII and U+00A1–U+167F hold no whitespace and no control
    /// character (the first ones after are U+1680 OGHAM SPACE MARK and the U+2000 spaces), so they are kept as is.
    /// </summary>
    private static bool IsPlainVisible(char c) => c is (> ' ' and < '\u007F') or (> '\u00A0' and < '\u1680');

    private static bool IsMarkupStart(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    private static ReadOnlySpan<char> TagName(string html, int start)
    {
        var i = start;
        if (i < html.Length && html[i] == '/') i++;
        var begin = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is ':' or '-')) i++;
        return html.AsSpan(begin, i - begin);
    }
}
