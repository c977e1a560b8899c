using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Alerts.Teams;

/// <summary>
/// Turns untrusted feed text into plain text that is safe inside an Adaptive Card <c>TextBlock</c>
/// (which renders a Markdown subset): no HTML, no Markdown, no links, one line, bounded length.
/// </summary>
public static partial class CardText
{
    /// <summary>Default length for post titles and topic names.</summary>
    public const int DefaultMaxLength = 200;

    private const string Ellipsis = "…";

    /// <summary>Strips HTML, decodes entities, collapses whitespace, truncates to <paramref name="maxLength"/> text elements (with "…") and escapes Markdown.</summary>
    public static string Sanitize(string? text, int maxLength = DefaultMaxLength) =>
        EscapeMarkdown(Plain(text, maxLength));

    /// <summary>Like <see cref="Sanitize"/> but without Markdown escaping: for HTML pages and plain JSON fields (<c>fallbackText</c>, <c>speak</c>).</summary>
    public static string Plain(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text) || maxLength <= 0)
        {
            return string.Empty;
        }

        // A 10,000-character title must not cost regex time in proportion to garbage we will throw away.
        var input = text.Length > maxLength * 8 + 1024 ? text[..(maxLength * 8 + 1024)] : text;
        var stripped = Tag().Replace(input, " ");
        var decoded = WebUtility.HtmlDecode(stripped);
        var noTags = Tag().Replace(decoded, " ");
        var oneLine = Whitespace().Replace(RemoveControl(noTags), " ").Trim();
        return Truncate(oneLine, maxLength);
    }

    /// <summary>
    /// For fields that some client may show as Markdown and others as plain text (<c>fallbackText</c>, <c>speak</c>, the message
    /// <c>summary</c>): <see cref="Plain"/> with the Markdown control characters removed, so neither rendering shows a link or backslashes.
    /// </summary>
    public static string Unmarked(string? text, int maxLength = DefaultMaxLength)
    {
        var plain = Plain(text, maxLength);
        var sb = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (c is not ('\\' or '*' or '_' or '[' or ']' or '#' or '>' or '<' or '`' or '~' or '|' or '{' or '}'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Cuts at a text-element boundary (never inside a surrogate pair or emoji) and appends "…".</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var info = new StringInfo(text);
        if (info.LengthInTextElements <= maxLength)
        {
            return text;
        }

        return info.SubstringByTextElements(0, Math.Max(0, maxLength - 1)).TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Backslash-escapes the characters the card Markdown subset reacts to, so a title like
    /// <c>[click](https://evil)</c> shows literally instead of becoming a link (platform-facts C2, "text").
    /// </summary>
    public static string EscapeMarkdown(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '>' or '<' or '`' or '~' or '|' or '{' or '}' or '!')
            {
                sb.Append('\\');
            }
            else if (i == 0 && c is '-' or '+' or '=')
            {
                // A leading list or heading marker would turn the line into a list item.
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var escaped = sb.ToString();

        // "1. text" at the start is an ordered list item.
        return LeadingOrdinal().Replace(escaped, "$1\\.");
    }

    private static string RemoveControl(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                sb.Append(char.IsWhiteSpace(c) ? ' ' : '\0');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Replace("\0", string.Empty).ToString();
    }

    [GeneratedRegex("<[^<>]{0,2000}>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(\d+)\.", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingOrdinal();
}
